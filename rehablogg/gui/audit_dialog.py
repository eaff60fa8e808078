"""The audit trail: every change to a submitted month, with its reason, month by month."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from rehablogg.application.audit_book import AuditRow
from rehablogg.application.logbook import Logbook
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import format_date
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_audit_dialog import Ui_AuditDialog
from rehablogg.gui.language import monday_first
from rehablogg.gui.period_states import state_name

_Index = QModelIndex | QPersistentModelIndex
_C = "AuditModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditModel", "Tidspunkt"),
    QT_TRANSLATE_NOOP("AuditModel", "Handling"),
    QT_TRANSLATE_NOOP("AuditModel", "Begrunnelse"),
    QT_TRANSLATE_NOOP("AuditModel", "Endring"),
)
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "ny"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "endret"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "slettet"),
}
# A change to a submitted month always has a reason; only erasing the client empties it.
ERASED_REASON = QT_TRANSLATE_NOOP("AuditModel", "(slettet med brukeren)")
_FIELDS = (
    ("date", QT_TRANSLATE_NOOP("AuditModel", "dato")),
    ("minutes", QT_TRANSLATE_NOOP("AuditModel", "minutter")),
    ("code", QT_TRANSLATE_NOOP("AuditModel", "kode")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _shown(name: str, value: object) -> str:
    if name == "date" and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return "" if value is None else str(value)


def describe_change(row: AuditRow) -> str:
    """``minutter 30 → 45 · kode A → B``; a new or deleted entry names its date, minutes and
    code."""
    before, after = row.before or {}, row.after or {}
    if not before or not after:
        values = after or before
        return " · ".join(
            f"{_tr(label)} {_shown(name, values.get(name))}" for name, label in _FIELDS
        )
    parts = [
        f"{_tr(label)} {_shown(name, before.get(name))} → {_shown(name, after.get(name))}"
        for name, label in _FIELDS
        if before.get(name) != after.get(name)
    ]
    return " · ".join(parts) or QCoreApplication.translate("AuditModel", "andre felt")


def _time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return at


class AuditModel(QAbstractTableModel):
    def __init__(self, logbook: Logbook) -> None:
        super().__init__()
        self.book = logbook.audit
        self.rows: list[AuditRow] = []
        self.state = ""  # the shown month's state: open, submitted or changed

    def set_month(self, month: str) -> None:
        read = self.book.month(month)
        self.beginResetModel()
        self.rows = read.rows
        self.state = read.state
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not (0 <= index.row() < len(self.rows) and 0 <= index.column() < len(COLUMNS)):
            return None
        r = self.rows[index.row()]
        action = _tr(ACTIONS[r.action]) if r.action in ACTIONS else r.action
        reason = r.reason or _tr(ERASED_REASON)
        values = (_time(r.at), action, reason, describe_change(r))
        return values[index.column()]


class AuditDialog(QDialog):
    def __init__(self, logbook: Logbook, month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.model = AuditModel(logbook)
        view = self.ui.auditView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        monday_first(self.ui.monthEdit)
        self.ui.monthEdit.setDate(QDate(month.year, month.month, 1))
        self.ui.monthEdit.dateChanged.connect(lambda _d: self.reload())
        self.ui.buttonBox.rejected.connect(self.reject)
        localise_buttons(self)
        self.reload()

    def month(self) -> str:
        q = self.ui.monthEdit.date()
        return f"{q.year():04d}-{q.month():02d}"

    def reload(self) -> None:
        self.model.set_month(self.month())
        count = len(self.model.rows)
        self.ui.stateLabel.setText(
            self.tr("Måneden er {state}; endringer: {count}.").format(
                state=state_name(self.model.state), count=count
            )
        )
