"""The tables of the pilot lead's workbench: every file in the collection with its status, and
the roster months nobody has delivered."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication

from rehablogg.aggregate.status import Offer, Outcome, Status
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.palette_colours import error_text
from rehablogg.gui.table_model import ColumnTableModel, Index

STATUS_ROLE = Qt.ItemDataRole.UserRole  # the status's own value (godtatt, avvist, …)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

# How a status reads in the window; the values are the words of the summary workbook.
STATUS_TEXT = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("Workbench", "godtatt"),
    Status.DUPLICATE: QT_TRANSLATE_NOOP("Workbench", "duplikat"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("Workbench", "erstattet"),
    Status.CONFLICT: QT_TRANSLATE_NOOP("Workbench", "konflikt"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Workbench", "avvist"),
}
RETURNED_TEXT = QT_TRANSLATE_NOOP("Workbench", "returnert")
# The statuses a pilot lead has to act on stand out.
NEEDS_ACTION = (Status.CONFLICT, Status.REJECTED)  # shown in the palette's error colour


def status_text(status: Status) -> str:
    return QCoreApplication.translate("Workbench", STATUS_TEXT[status])


def status_counts(outcomes: Sequence[tuple[Offer, Outcome]]) -> str:
    """``12 godtatt · 1 duplikat · 3 avvist``: the statuses present, in a fixed order."""
    counted = Counter(outcome.status for _offer, outcome in outcomes)
    return " · ".join(
        f"{counted[s]:,} {status_text(s)}".replace(",", "\u00a0") for s in Status if counted[s]
    )


def _shown_paths(paths: Sequence[str]) -> list[str]:
    """Each path relative to the folder all of them share, so the table shows what differs."""
    if not paths:
        return []
    folders = [os.path.dirname(p) for p in paths]
    try:
        common = os.path.commonpath(folders)
    except ValueError:  # different drives on Windows
        return [str(p) for p in paths]
    return [os.path.relpath(p, common) if common else p for p in paths]


class TranslatedColumns(ColumnTableModel):
    """Column titles marked for translation in the subclass's context."""

    context = "Workbench"

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = _DISPLAY,
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return None if title is None else QCoreApplication.translate(self.context, title)


@dataclass(frozen=True)
class ReportRow:
    shown: str  # the path relative to the files' shared folder
    path: str
    therapist: str
    month: str
    status: Status
    reason: str
    export_id: str = ""


class ReportModel(TranslatedColumns):
    """Every file ever offered to the collection, in the order offered."""

    columns = (
        QT_TRANSLATE_NOOP("Workbench", "Fil"),
        QT_TRANSLATE_NOOP("Workbench", "Terapeut"),
        QT_TRANSLATE_NOOP("Workbench", "Måned"),
        QT_TRANSLATE_NOOP("Workbench", "Status"),
        QT_TRANSLATE_NOOP("Workbench", "Årsak"),
    )
    FILE, THERAPIST, MONTH, STATUS, REASON = range(5)

    def __init__(self) -> None:
        super().__init__()
        # eksport_id: the pilot lead's reason, for submissions sent back (docs/receipts.md)
        self.returned: dict[str, str] = {}

    def set_returned(self, returned: dict[str, str]) -> None:
        self.returned = dict(returned)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self.rows) - 1, self.REASON)
            )

    def _returned_reason(self, r: ReportRow) -> str | None:
        """The return's reason when this row is a submission sent back and still standing."""
        if r.status in (Status.ACCEPTED, Status.CONFLICT) and r.export_id in self.returned:
            return self.returned[r.export_id]
        return None

    def set_outcomes(self, outcomes: Sequence[tuple[Offer, Outcome]]) -> None:
        shown = _shown_paths([offer.path for offer, _outcome in outcomes])
        self.beginResetModel()
        self.rows = [
            ReportRow(
                name,
                offer.path,
                offer.therapist,
                offer.month,
                outcome.status,
                outcome.reason,
                offer.export_id if outcome.status is not Status.REJECTED else "",
            )
            for name, (offer, outcome) in zip(shown, outcomes, strict=True)
        ]
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        found: ReportRow = self.rows[row]
        return found

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        column = index.column()
        returned = self._returned_reason(r)
        status = status_text(r.status)
        reason = r.reason
        if returned is not None:
            status = QCoreApplication.translate("Workbench", RETURNED_TEXT)
            reason = returned
        if role in _TEXT_ROLES:
            return (r.shown, r.therapist, r.month, status, reason)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return r.path
            if column == self.REASON and reason:
                return reason
            return None
        if role == STATUS_ROLE:
            return r.status.value
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.REASON):
            return error_text(QGuiApplication.palette()) if r.status in NEEDS_ACTION else None
        return None


class StatusFilter(QSortFilterProxyModel):
    """Shows the files of one status, or all when the status is ''."""

    def __init__(self) -> None:
        super().__init__()
        self._status = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._status:
            return True
        source = self.sourceModel()
        index = source.index(source_row, ReportModel.STATUS, source_parent)
        return bool(source.data(index, STATUS_ROLE) == self._status)


class MissingModel(TranslatedColumns):
    """Roster therapists × months with no accepted submission, and why."""

    columns = (
        QT_TRANSLATE_NOOP("Workbench", "Terapeut"),
        QT_TRANSLATE_NOOP("Workbench", "Måned"),
        QT_TRANSLATE_NOOP("Workbench", "Hvorfor"),
    )

    def set_missing(self, missing: Sequence[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self.rows = list(missing)
        self.endResetModel()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in _TEXT_ROLES:
            return None
        therapist, month, why = self.rows[index.row()]
        # The reasons are the summary's fixed sentences, marked in the "aggregate" context.
        values = (therapist, month, QCoreApplication.translate("aggregate", why))
        return values[index.column()]
