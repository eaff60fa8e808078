"""F1 Tastatursnarveier: every shortcut of the window, read from its actions so the list never
goes stale, followed by the keys of the entry form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.key_names import key_text

FORM_KEYS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Enter"),
        QT_TRANSLATE_NOOP("MainWindow", "Lagre registreringen (i skjemaet)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Esc"),
        QT_TRANSLATE_NOOP("MainWindow", "Avbryt og tøm skjemaet"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Pil opp/ned"),
        QT_TRANSLATE_NOOP("MainWindow", "Bla i kode- eller brukerforslagene"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Enter i forslagslisten"),
        QT_TRANSLATE_NOOP("MainWindow", "Velg koden eller brukeren og gå videre"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Tilbake i tomt brukerfelt"),
        QT_TRANSLATE_NOOP("MainWindow", "Fjern sist valgte bruker"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Enter i tomt brukerfelt"),
        QT_TRANSLATE_NOOP("MainWindow", "Ferdig med brukerne (gruppe), gå til minutter"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Enter i listen"),
        QT_TRANSLATE_NOOP("MainWindow", "Rediger valgt registrering"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Z i et felt"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Angre skrivingen i feltet; når feltet ikke har mer å "
            "angre: angre siste lagring, endring eller sletting",
        ),
    ),
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """Every action of ``window`` with a shortcut, then the entry form's keys."""
    rows = [
        (key_text(a.shortcut()), a.text().replace("&", "").rstrip(" …"))
        for a in window.actions()
        if not a.shortcut().isEmpty()
    ]
    return rows + [
        (
            QCoreApplication.translate("MainWindow", keys),
            QCoreApplication.translate("MainWindow", what),
        )
        for keys, what in FORM_KEYS
    ]


def shortcuts_dialog(window: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    """The list as a table, opened non-modal (the window stays usable beside it)."""
    title = QCoreApplication.translate("MainWindow", "Tastatursnarveier")
    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(title)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MainWindow", "Tast"),
            QCoreApplication.translate("MainWindow", "Handling"),
        ]
    )
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    for i, (keys, what) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(keys))
        table.setItem(i, 1, QTableWidgetItem(what))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    localise_buttons(dialog)
    dialog.resize(520, 560)
    dialog.open()
    return dialog
