# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(900, 680)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodCombo = QComboBox(ExportDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodLayout.addWidget(self.periodCombo)

        self.fromEdit = QDateEdit(ExportDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ExportDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit)

        self.spanLabel = QLabel(ExportDialog)
        self.spanLabel.setObjectName(u"spanLabel")

        self.periodLayout.addWidget(self.spanLabel)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.submitCheck = QCheckBox(ExportDialog)
        self.submitCheck.setObjectName(u"submitCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.submitCheck)

        self.earlyCheck = QCheckBox(ExportDialog)
        self.earlyCheck.setObjectName(u"earlyCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.earlyCheck)

        self.notesCheck = QCheckBox(ExportDialog)
        self.notesCheck.setObjectName(u"notesCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesCheck)

        self.notesWarning = QLabel(ExportDialog)
        self.notesWarning.setObjectName(u"notesWarning")
        self.notesWarning.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesWarning)

        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.fileNameCaption = QLabel(ExportDialog)
        self.fileNameCaption.setObjectName(u"fileNameCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fileNameCaption)

        self.fileNameLabel = QLabel(ExportDialog)
        self.fileNameLabel.setObjectName(u"fileNameLabel")
        self.fileNameLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fileNameLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.tabs = QTabWidget(ExportDialog)
        self.tabs.setObjectName(u"tabs")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QVBoxLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsHint = QLabel(self.findingsTab)
        self.findingsHint.setObjectName(u"findingsHint")

        self.findingsLayout.addWidget(self.findingsHint)

        self.findingsView = QListView(self.findingsTab)
        self.findingsView.setObjectName(u"findingsView")

        self.findingsLayout.addWidget(self.findingsView)

        self.tabs.addTab(self.findingsTab, "")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesLayout = QVBoxLayout(self.entriesTab)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesView = QTableView(self.entriesTab)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setTabKeyNavigation(False)

        self.entriesLayout.addWidget(self.entriesView)

        self.tabs.addTab(self.entriesTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsView = QTableView(self.participantsTab)
        self.participantsView.setObjectName(u"participantsView")
        self.participantsView.setTabKeyNavigation(False)

        self.participantsLayout.addWidget(self.participantsView)

        self.tabs.addTab(self.participantsTab, "")
        self.metadataTab = QWidget()
        self.metadataTab.setObjectName(u"metadataTab")
        self.metadataLayout = QVBoxLayout(self.metadataTab)
        self.metadataLayout.setObjectName(u"metadataLayout")
        self.metadataView = QTableView(self.metadataTab)
        self.metadataView.setObjectName(u"metadataView")
        self.metadataView.setTabKeyNavigation(False)

        self.metadataLayout.addWidget(self.metadataView)

        self.tabs.addTab(self.metadataTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.toLabel.setBuddy(self.toEdit)
        self.formatLabel.setBuddy(self.formatCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Eksporter eller lever inn", None))
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"&Periode:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Periode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Fra", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"dd.MM.yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"til", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Til", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"dd.MM.yyyy", None))
        self.spanLabel.setText("")
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.submitCheck.setText(QCoreApplication.translate("ExportDialog", u"&Lever inn m\u00e5neden (l\u00e5ser den; senere endringer krever begrunnelse)", None))
        self.earlyCheck.setText(QCoreApplication.translate("ExportDialog", u"Lever inn f\u00f8r m\u00e5neden er &slutt", None))
        self.notesCheck.setText(QCoreApplication.translate("ExportDialog", u"Ta med &notater", None))
        self.notesWarning.setText(QCoreApplication.translate("ExportDialog", u"Notater kan identifisere personer; ta dem bare med n\u00e5r mottakeren skal ha dem.", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"Lagre i &mappe:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Mappe", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Bla gjennom \u2026", None))
        self.fileNameCaption.setText(QCoreApplication.translate("ExportDialog", u"Filnavn:", None))
        self.fileNameLabel.setText("")
        self.findingsHint.setText(QCoreApplication.translate("ExportDialog", u"Dobbeltklikk eller trykk Enter p\u00e5 et funn for \u00e5 g\u00e5 til dagen.", None))
#if QT_CONFIG(accessibility)
        self.findingsView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Funn i kontrollen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("ExportDialog", u"Kontroll", None))
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Registreringer som eksporteres", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.entriesTab), QCoreApplication.translate("ExportDialog", u"Registreringer", None))
#if QT_CONFIG(accessibility)
        self.participantsView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Deltakere som eksporteres", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.participantsTab), QCoreApplication.translate("ExportDialog", u"Deltakere", None))
#if QT_CONFIG(accessibility)
        self.metadataView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Metadata som eksporteres", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.metadataTab), QCoreApplication.translate("ExportDialog", u"Metadata", None))
        self.messageLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Eksporter", None))
    # retranslateUi

