"""The shipped municipality list as an item model for type-to-search, and the rule that turns
what the user typed ("0301", "Oslo", "0301 Oslo", "bergen") into one municipality."""

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

from rehablogg.core.municipalities import Municipality, municipalities, validate_municipality

NumberRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_LEADING_NUMBER = re.compile(r"^(\d+)\b")


def municipality_text(m: Municipality) -> str:
    """How a municipality is shown and completed: ``0301 Oslo``."""
    return f"{m.number} {m.name}"


class MunicipalityListModel(QAbstractListModel):
    """Every municipality of the 2024 list, by number; display text ``0301 Oslo``."""

    def __init__(self) -> None:
        super().__init__()
        self._rows = sorted(municipalities().values(), key=lambda m: m.number)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return municipality_text(m)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} kommune i {county}").format(name=m.name, county=m.county_name)
        if role == NumberRole:
            return m.number
        return None


def _names(m: Municipality) -> set[str]:
    """The lower-case names a user may type: the full name, the name without the county in
    brackets ("Herøy"), and each side of a two-language name ("Hamarøy", "Hábmer")."""
    full = m.name.casefold()
    bare = re.sub(r"\s*\(.*\)$", "", full)
    return {full, bare, *(part.strip() for part in bare.split(" - "))}


def resolve_municipality(typed: str) -> Municipality:
    """The municipality the user meant, or ValueError with one bokmål sentence.

    A leading number decides ("0301", "0301 Oslo", and "301" is refused as not four digits);
    otherwise the text must be a municipality's name, in any case."""
    text = " ".join(typed.split())
    if not text:
        raise ValueError(
            QCoreApplication.translate(
                "municipalities",
                "Skriv kommunenummeret eller navnet på kommunen, for eksempel 0301 eller Oslo.",
            )
        )
    number = _LEADING_NUMBER.match(text)
    if number is not None:
        return validate_municipality(number.group(1))
    wanted = text.casefold()
    found = [m for m in municipalities().values() if wanted in _names(m)]
    if len(found) == 1:
        return found[0]
    if found:
        names = [municipality_text(m) for m in sorted(found, key=lambda m: m.number)]
        options = QCoreApplication.translate("municipalities", " eller ").join(names)
        raise ValueError(
            QCoreApplication.translate(
                "municipalities", "Flere kommuner heter {text}; velg {options}."
            ).format(text=text, options=options)
        )
    raise ValueError(
        QCoreApplication.translate(
            "municipalities",
            "Ingen kommune heter «{text}»; skriv kommunenummeret eller velg fra listen.",
        ).format(text=text)
    )
