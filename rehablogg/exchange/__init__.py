"""The export format (docs/DESIGN.md §6, docs/export-format.md): writing and verifying submissions.

- ``columns``: the fixed names of format 1.0 (sheets, columns, metadata fields)
- ``neutralise``: text as it may go into a cell (formula neutralisation)
- ``sheet_writer``: the only way cells are written (workbooks, CSV); applies ``neutralise``
- ``canonical``: the checksum's canonical text and the export id
- ``rows``: database rows → cell values; ``metadata``: the Metadata sheet's values
- ``overview``: the Oversikt sheet and its chart
- ``writer_xlsx``, ``writer_csv``: the two writers; ``atomic``: temp file, fsync, rename
- ``naming``: file names; ``privacy``: what blocks an export
- ``submission``: draft, first submission, correction or the same submission again
- ``export``: one export from request to file (the CLI and the GUI call this)
- ``verify``: checking a file; ``reader``: reading a verified file

May import ``core``, ``storage`` and openpyxl; never Qt (a test enforces the layers).
"""
