"""Make any text safe to put in a spreadsheet cell, the same way in xlsx and csv.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
tab or carriage return at the start are used to smuggle one past filters (CSV injection). Such
text gets a leading apostrophe (``'``), the mitigation OWASP recommends: the text stays readable,
nothing runs, and no reader has to undo it. The apostrophe is part of the value as written, and
the checksum is over values as written. The same goes for text that is exactly one of Excel's
error codes (``#N/A``): openpyxl would write it as an error cell, and LibreOffice turns that into
a formula when it saves.

Besides that, characters XML 1.0 cannot hold are removed (a file with them cannot be opened),
line breaks become a plain LF (XML readers turn CR into LF, which would change the value between
writing and reading), and text is cut at 32 767 characters, the longest a cell can hold.
"""

from __future__ import annotations

import re

NEUTRALISER = "'"
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
# openpyxl's list (openpyxl.cell.cell.ERROR_CODES), repeated so this module does not depend on it.
ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
MAX_CELL_TEXT = 32767

# C0 controls except tab, LF and CR; the surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n?")


def cell_text(text: str) -> str:
    """``text`` as it is written to a cell (and hashed). Every cell rehablogg writes gets its
    text from here (``sheet_writer``), so it must stay cheap and idempotent."""
    if text.isprintable():
        # The common case, tested in C: no control character (so no tab, CR, LF or anything
        # XML cannot hold), no surrogate, no U+FFFE/U+FFFF; only the start needs a look.
        if text.startswith(FORMULA_STARTS) or text in ERROR_CODES:
            text = NEUTRALISER + text
        return text[:MAX_CELL_TEXT]
    if _NOT_XML.search(text):
        text = _NOT_XML.sub("", text)
    if text.startswith(FORMULA_STARTS) or text in ERROR_CODES:
        text = NEUTRALISER + text
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    return text[:MAX_CELL_TEXT]


def is_neutral(text: str) -> bool:
    """True when a spreadsheet will show ``text`` as text (the property tests check this)."""
    return not text.startswith(FORMULA_STARTS) and text not in ERROR_CODES
