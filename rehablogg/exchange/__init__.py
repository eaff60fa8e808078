"""The export format (docs/DESIGN.md §6, docs/export-format.md): writing and verifying submissions.

- ``columns``: format 1.0 declared once: sheets, columns and metadata fields with their types,
  rules and meanings (the writers, ``verify``, ``aggregate`` and the format document loop over it)
- ``neutralise``: text as it may go into a cell (formula neutralisation)
- ``sheet_writer``: the only way cells are written (workbooks, CSV); applies ``neutralise``
- ``canonical``: the checksum's canonical text and the export id
- ``rows``: database rows → cell values; ``metadata``: the Metadata sheet's values
- ``overview``: the Oversikt sheet and its chart
- ``writer_xlsx``, ``writer_csv``: the two writers; ``atomic``: temp file, fsync, rename
- ``naming``: file names; ``privacy``: what blocks an export
- ``submission``: draft, first submission, correction or the same submission again
- ``export``: one export from request to file (the CLI and the GUI call this)
- ``verify``: checking a file, in parts (``verify_sniff``, ``verify_layout``, ``verify_metadata``,
  ``verify_codes``, ``verify_rows``, ``verify_state``, ``verify_sentences``); ``cell_reading`` and
  ``cell_rules``: how a cell is read and checked; ``reader``: reading a verified file

May import ``core``, ``storage`` and openpyxl; never Qt (a test enforces the layers).
"""
