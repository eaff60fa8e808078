"""List models behind the type-to-search code and client pickers."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rehablogg.application.entries_book import ClientChoice, EntriesBook
from rehablogg.core.catalogue import Catalogue, Code
from rehablogg.core.category import Category
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.language import catalogue_text

ValueRole = Qt.ItemDataRole.UserRole + 1
CATEGORY_NAMES: dict[str, str] = {
    Category.DIREKTE: QT_TRANSLATE_NOOP("categories", "direkte"),
    Category.INDIREKTE: QT_TRANSLATE_NOOP("categories", "indirekte"),
    Category.ANNET: QT_TRANSLATE_NOOP("categories", "annet"),
}

_Index = QModelIndex | QPersistentModelIndex


def category_name(category: str) -> str:
    """A code category (direkte, indirekte, annet) in the current language, lower case."""
    name = CATEGORY_NAMES.get(category)
    return QCoreApplication.translate("categories", name) if name else category


def code_text(code: Code) -> str:
    return f"{code.code} {catalogue_text(code.label)}"


class CodeListModel(QAbstractListModel):
    """Active codes matching the search: a code typed by its number first, then codes whose
    name has a word starting with each word typed (so «koordinator» finds I06
    Koordinatorarbeid before I07 Barnekoordinatorarbeid however often I07 was used), then
    favourites, the most used, and file order."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.favourites: set[str] = set()
        self.usage: dict[str, int] = {}
        self._codes: list[Code] = []
        self.set_query("")

    def set_ranking(self, favourites: set[str], usage: dict[str, int]) -> None:
        self.favourites, self.usage = favourites, usage

    def set_query(self, query: str) -> None:
        words = query.lower().split()
        order = {c.code: i for i, c in enumerate(self.catalogue.codes)}
        matches = [c for c in self.catalogue.active_codes() if _matches(c, words)]
        matches.sort(
            key=lambda c: (
                not _code_prefix(c, words),
                not _name_starts(c, words),
                not _word_starts(c, words),
                c.code not in self.favourites,
                -self.usage.get(c.code, 0),
                order[c.code],
            )
        )
        self.beginResetModel()
        self._codes = matches
        self.endResetModel()

    def code_at(self, row: int) -> Code | None:
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._codes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code = self.code_at(index.row()) if index.isValid() else None
        if code is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if code.code in self.favourites else ""
            return f"{star}{code_text(code)}  ·  {category_name(code.category)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return catalogue_text(code.description)
        if role == ValueRole:
            return code.code
        return None


def _matches(code: Code, words: list[str]) -> bool:
    # The label as shown, and the bokmål one too: colleagues often say the codes in bokmål.
    haystack = f"{code.code} {catalogue_text(code.label)} {code.label.nb}".lower()
    return all(w in haystack for w in words)


def _code_prefix(code: Code, words: list[str]) -> bool:
    return bool(words) and code.code.lower().startswith(words[0])


_WORD = re.compile(r"\w+")


def _name_starts(code: Code, words: list[str]) -> bool:
    """The name itself begins with what was typed ("kon" → "Kontroll og re-evaluering"): the
    strongest sign of which code is meant, above a later word ("…skriftlig kontakt…")."""
    typed = " ".join(words)
    return bool(words) and any(
        name.lower().startswith(typed) for name in (catalogue_text(code.label), code.label.nb)
    )


def _word_starts(code: Code, words: list[str]) -> bool:
    """Each word typed is a word of the code's name, or the start of one."""
    names = _WORD.findall(f"{catalogue_text(code.label)} {code.label.nb}".lower())
    return bool(words) and all(any(n.startswith(w) for n in names) for w in words)


class ClientListModel(QAbstractListModel):
    """Active clients whose label matches the search (at most ``limit`` rows from SQL)."""

    def __init__(self, entries: EntriesBook, limit: int = 50) -> None:
        super().__init__()
        self.entries = entries
        self.limit = limit
        self.exclude: set[int] = set()
        self._items: list[ClientChoice] = []

    def set_query(self, query: str) -> None:
        found = self.entries.find_clients(query, self.limit + len(self.exclude))
        items = [c for c in found if c.id not in self.exclude][: self.limit]
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item_at(self, row: int) -> ClientChoice | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.label} ({item.birth_year})" if item.birth_year else item.label
        if role == ValueRole:
            return item.id
        return None
