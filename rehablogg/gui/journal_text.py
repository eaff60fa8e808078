""" "Kopier journaltekst": the selected entries of the main window's list as short, neutral
lines on the clipboard, ready to paste into the patient record or the IP tool, and a small
dialog to edit the template (with a live preview) and choose bokmål or nynorsk.

The client's label is only included when the user ticks "Ta med brukernavn": the record it is
pasted into already knows who the client is, and a label on the clipboard can end up anywhere.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehablogg.application.entries_book import EntriesBook, StorageError
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.journal_text import (
    DEFAULT_TEMPLATES,
    LANGUAGES,
    PLACEHOLDERS,
    JournalSettings,
    TemplateError,
    check_template,
    render_entry,
)
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.entries_model import EntryIdRole
from rehablogg.gui.language import write_error_text

if TYPE_CHECKING:
    from rehablogg.gui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+J"
LANGUAGE_NAMES = {
    "nb": QT_TRANSLATE_NOOP("JournalTemplateDialog", "Bokmål"),
    "nn": QT_TRANSLATE_NOOP("JournalTemplateDialog", "Nynorsk"),
}
# The preview shows a made-up entry, never one of the user's.
SAMPLE = EntryDraft(
    date(2026, 11, 18),
    45,
    "I02",
    time(9, 30),
    (),
    "oppmote",
    "barnehage",
    ("foreldre", "barnehage"),
)
SAMPLE_CLIENT = "Ola Eksempel"


class JournalText(QObject):
    """The actions on the main window: copy, include the client's label, edit the template."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.entries = window.entries
        self.copy_action = QAction(self.tr("Kopier &journaltekst"), window)
        self.copy_action.setShortcut(QKeySequence(SHORTCUT))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.copy_action.setToolTip(
            self.tr(
                "Legger en kort, nøytral linje per valgt registrering på utklippstavlen, klar til "
                "å lime inn i journalen eller IP-verktøyet"
            )
        )
        self.include_action = QAction(self.tr("Ta med &brukernavn i journalteksten"), window)
        self.include_action.setCheckable(True)
        self.template_action = QAction(self.tr("Mal for journaltekst…"), window)
        self.include_action.setChecked(self.entries.journal_settings().include_client)
        self.copy_action.triggered.connect(self.copy_selected)
        self.include_action.toggled.connect(self._include_toggled)
        self.template_action.triggered.connect(self.edit_template)
        for action in (self.copy_action, self.include_action, self.template_action):
            window.addAction(action)
        table = window.ui.entriesTable
        # Several entries (Shift/Ctrl+click, Shift+arrows) make one line each.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if table.contextMenuPolicy() in (
            Qt.ContextMenuPolicy.DefaultContextMenu,
            Qt.ContextMenuPolicy.ActionsContextMenu,
        ):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addAction(self.copy_action)
            table.addAction(self.include_action)

    def actions(self) -> list[QAction]:
        return [self.copy_action, self.include_action, self.template_action]

    def selected_ids(self) -> list[str]:
        table = self.window.ui.entriesTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex()]
        ids = []
        for index in sorted(rows, key=lambda i: i.row()):
            value = table.model().index(index.row(), 0).data(EntryIdRole)
            if value and str(value) not in ids:
                ids.append(str(value))
        return ids

    def copy_selected(self) -> str | None:
        ids = self.selected_ids()
        status = self.window.statusBar()
        if not ids:
            status.showMessage(self.tr("Velg en eller flere registreringer i listen først."), 5000)
            return None
        settings = self.entries.journal_settings()
        text = self.entries.journal_text(self.window.catalogue, ids, settings)
        QGuiApplication.clipboard().setText(text)
        count = len(text.splitlines())
        status.showMessage(
            self.tr("Journaltekst kopiert (1 linje).")
            if count == 1
            else self.tr("Journaltekst kopiert ({n} linjer).").format(n=count),
            5000,
        )
        return text

    def _include_toggled(self, checked: bool) -> None:
        settings = self.entries.journal_settings()
        try:
            self.entries.save_journal_settings(
                JournalSettings(settings.language, settings.template, checked)
            )
        except StorageError as exc:
            self.window.statusBar().showMessage(write_error_text(exc), 10000)

    def edit_template(self) -> None:
        dialog = JournalTemplateDialog(self.entries, self.window.catalogue, self.window)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.include_action.blockSignals(True)
            self.include_action.setChecked(self.entries.journal_settings().include_client)
            self.include_action.blockSignals(False)


class JournalTemplateDialog(QDialog):
    """Edit the template and the language; the preview follows every keystroke, and a
    template that cannot be used is refused with one sentence and kept as typed."""

    def __init__(
        self, entries: EntriesBook, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entries = entries
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Mal for journaltekst"))
        settings = entries.journal_settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        for key in LANGUAGES:
            self.language.addItem(self.tr(LANGUAGE_NAMES[key]), key)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.language.setAccessibleName(self.tr("Språk for journaltekst"))
        form.addRow(self.tr("&Språk:"), self.language)
        self.template = QLineEdit(settings.effective_template(), self)
        self.template.setAccessibleName(self.tr("Mal"))
        self.template.setMinimumWidth(560)
        form.addRow(self.tr("&Mal:"), self.template)
        self.include_client = QCheckBox(self.tr("Ta med &brukernavn"), self)
        self.include_client.setChecked(settings.include_client)
        form.addRow("", self.include_client)
        layout.addLayout(form)
        names = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        help_label = QLabel(
            self.tr("Plassholdere: {names}. Tomme felt og kommaene rundt dem tas bort.").format(
                names=names
            ),
            self,
        )
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        # A palette role, not a fixed grey, so the preview reads in a dark theme too.
        self.preview.setStyleSheet("background: palette(alternate-base); padding: 6px")
        layout.addWidget(QLabel(self.tr("Forhåndsvisning (et oppdiktet eksempel):"), self))
        layout.addWidget(self.preview)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")  # coloured by palette_colours
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reset_button = QPushButton(self.tr("S&tandardmal"), self)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(self.buttons)
        localise_buttons(self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset_template)
        self.template.textChanged.connect(lambda _text: self.update_preview())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.include_client.toggled.connect(lambda _on: self.update_preview())
        self.update_preview()
        self.template.setFocus()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        # A default template follows the language; one the user wrote stays as written.
        if self.template.text() in DEFAULT_TEMPLATES.values():
            self.template.setText(DEFAULT_TEMPLATES[self.chosen_language()])
        self.update_preview()

    def reset_template(self) -> None:
        self.template.setText(DEFAULT_TEMPLATES[self.chosen_language()])

    def update_preview(self) -> bool:
        try:
            line = render_entry(
                SAMPLE,
                self.catalogue,
                language=self.chosen_language(),
                template=self.template.text(),
                client_labels=[SAMPLE_CLIENT],
                include_client=self.include_client.isChecked(),
            )
        except TemplateError as exc:
            self.error.setText(str(exc))
            self.preview.setText("")
            return False
        self.error.setText("")
        self.preview.setText(line)
        return True

    def accept(self) -> None:
        text = self.template.text()
        try:
            check_template(text)
        except TemplateError as exc:
            self.error.setText(str(exc))
            self.template.setFocus()
            return
        language = self.chosen_language()
        template = None if text in DEFAULT_TEMPLATES.values() else text
        try:
            self.entries.save_journal_settings(
                JournalSettings(language, template, self.include_client.isChecked())
            )
        except StorageError as exc:
            self.error.setText(write_error_text(exc))  # the dialog stays, as typed
            return
        super().accept()
