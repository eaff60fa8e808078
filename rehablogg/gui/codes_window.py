"""Code help: what each activity code is for and when not to use it, in the entry form beside
the code picker and in the searchable «Koder» window (Hjelp ▸ Koder).

Consistent coding across many therapists is what makes a pilot's numbers comparable, so the
catalogue's own words are shown where the code is chosen. A catalogue description says when to
use the code and has one sentence starting «Bruk ikke» (nn «Bruk ikkje», en «Do not use»)
naming the codes to use instead; the help shows those two parts under their own headings.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from rehablogg.core.catalogue import Catalogue, Code
from rehablogg.core.category import Category
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_codes_window import Ui_CodesWindow

ValueRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
# Sentence ends: a full stop (or ! ?) and a space before a capital letter, quote or bracket.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«(])")
_NOT_STARTS = ("bruk ikke", "bruk ikkje", "do not use")
_CONTEXT = "CodeHelp"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def category_name(category: str) -> str:
    # Category is a StrEnum, so a plain category string finds its name too.
    names: dict[str, str] = {
        Category.DIREKTE: _tr("Direkte brukertid"),
        Category.INDIREKTE: _tr("Indirekte arbeid"),
        Category.ANNET: _tr("Annet"),
    }
    return names.get(category, category)


@dataclass(frozen=True)
class CodeHelp:
    """A code's help in one language, split into when to use it and when not."""

    code: str
    label: str
    category: str
    when: str
    when_not: str
    retired_in: int | None

    @classmethod
    def of(cls, code: Code, catalogue: Catalogue, language: str = "nb") -> CodeHelp:
        when, when_not = split_description(code.description.get(language))
        retired = None if code.active_in(catalogue.version) else code.retired_in
        return cls(
            code.code,
            code.label.get(language),
            category_name(code.category),
            when,
            when_not,
            retired,
        )

    def html(self) -> str:
        e = html.escape
        parts = [f"<p><b>{e(self.code)} {e(self.label)}</b><br>{e(self.category)}</p>"]
        if self.retired_in is not None:
            parts.append(
                "<p><b>"
                + e(
                    _tr(
                        "Utgått i katalogversjon {version}: brukes ikke på nye registreringer."
                    ).format(version=self.retired_in)
                )
                + "</b></p>"
            )
        parts.append(f"<p><b>{e(_tr('Bruk koden'))}</b><br>{e(self.when)}</p>")
        if self.when_not:
            parts.append(f"<p><b>{e(_tr('Ikke bruk koden'))}</b><br>{e(self.when_not)}</p>")
        return "".join(parts)

    def plain(self) -> str:
        """The same for a screen reader's description of the code field."""
        retired = (
            (_tr("Utgått i katalogversjon {version}.").format(version=self.retired_in) + " ")
            if self.retired_in is not None
            else ""
        )
        return f"{self.code} {self.label}. {self.category}. {retired}{self.when} {self.when_not}"


def split_description(text: str) -> tuple[str, str]:
    """(when to use, when not to use) from a catalogue description; the «Bruk ikke …» sentences
    are the second part, everything else the first."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    when = [s for s in sentences if not s.lower().startswith(_NOT_STARTS)]
    when_not = [s for s in sentences if s.lower().startswith(_NOT_STARTS)]
    return " ".join(when), " ".join(when_not)


class CodesModel(QAbstractListModel):
    """Every code of the catalogue (retired ones marked) matching a search over code, label and
    description; code matches first, then label matches, then description matches."""

    def __init__(self, catalogue: Catalogue, language: str = "nb") -> None:
        super().__init__()
        self.catalogue = catalogue
        self.language = language
        self._codes: list[Code] = []
        self.set_query("")

    def set_query(self, query: str) -> None:
        words = query.lower().split()
        found = []
        for order, code in enumerate(self.catalogue.codes):
            name = f"{code.code} {code.label.get(self.language)} {code.label.nb}".lower()
            text = f"{name} {code.description.get(self.language)}".lower()
            if all(w in text for w in words):
                in_code = bool(words) and code.code.lower().startswith(words[0])
                in_name = all(w in name for w in words)
                found.append(((not in_code, not in_name, order), code))
        found.sort(key=lambda pair: pair[0])
        self.beginResetModel()
        self._codes = [code for _key, code in found]
        self.endResetModel()

    def code_at(self, row: int) -> Code | None:
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, c in enumerate(self._codes) if c.code == code), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._codes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code = self.code_at(index.row()) if index.isValid() else None
        if code is None:
            return None
        retired = not code.active_in(self.catalogue.version)
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{code.code} {code.label.get(self.language)}"
            return f"{text} ({self.tr('utgått')})" if retired else text
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name where the list cuts it
            return f"{code.code} {code.label.get(self.language)} · {category_name(code.category)}"
        if role == ValueRole:
            return code.code
        return None


class CodesWindow(QDialog):
    """Non-modal: it can stay open beside the main window while the user logs entries.
    «Bruk koden» (Enter) emits ``code_chosen`` with the code shown, for the entry form."""

    code_chosen = Signal(str)

    def __init__(
        self, catalogue: Catalogue, parent: QWidget | None = None, language: str = "nb"
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.language = language
        self.ui = Ui_CodesWindow()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.setModal(False)
        self.model = CodesModel(catalogue, language)
        self.ui.codesList.setModel(self.model)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.codesList.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.ui.buttonBox.rejected.connect(self.close)
        self.ui.useButton.clicked.connect(self.use_code)
        self.ui.searchEdit.installEventFilter(self)
        self.search("")
        self.ui.searchEdit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and down in the search field move through the list, as in the code picker."""
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.ui.codesList.currentIndex().row() + step
            self.select_row(max(0, min(self.model.rowCount() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def search(self, text: str) -> None:
        """The best match is shown as the user types."""
        self.model.set_query(text)
        count = self.model.rowCount()
        self.ui.countLabel.setText(
            self.tr("{count} koder").format(count=count) if count != 1 else self.tr("1 kode")
        )
        self.select_row(0)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            self.ui.helpView.setHtml(
                "<p>" + html.escape(self.tr("Ingen kode passer søket.")) + "</p>"
            )
            self.ui.useButton.setEnabled(False)
            return
        self.ui.codesList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show(row)

    def show_code(self, code: str) -> None:
        """Open on ``code`` (clearing a search that hides it)."""
        if self.model.row_of(code) is None:
            self.ui.searchEdit.clear()
        row = self.model.row_of(code)
        if row is not None:
            self.select_row(row)

    def shown_code(self) -> str | None:
        code = self.model.code_at(self.ui.codesList.currentIndex().row())
        return code.code if code else None

    def _show(self, row: int) -> None:
        code = self.model.code_at(row)
        # A retired code is shown for reading old entries, never put on a new one.
        self.ui.useButton.setEnabled(code is not None and code.active_in(self.catalogue.version))
        if code is not None:
            self.ui.helpView.setHtml(CodeHelp.of(code, self.catalogue, self.language).html())

    def use_code(self) -> None:
        code = self.model.code_at(self.ui.codesList.currentIndex().row())
        if code is None or not code.active_in(self.catalogue.version):
            return
        self.code_chosen.emit(code.code)
        self.close()
