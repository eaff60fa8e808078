"""What a user does to an open logbook, in plain Python: the GUI and the command line both call
these, so neither coordinates storage itself (docs/ARCHITECTURE.md; the layer
sits between gui/cli and aggregate/exchange/storage)."""
