# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

class Ui_EntryForm(object):
    def setupUi(self, EntryForm):
        if not EntryForm.objectName():
            EntryForm.setObjectName(u"EntryForm")
        EntryForm.resize(440, 680)
        self.outerLayout = QVBoxLayout(EntryForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(EntryForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.outerLayout.addWidget(self.titleLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.dateEditLabel = QLabel(EntryForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.fieldsLayout.addWidget(self.dateEditLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.dateBox = QVBoxLayout()
        self.dateBox.setSpacing(2)
        self.dateBox.setObjectName(u"dateBox")
        self.dateEdit = QDateEdit(EntryForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateBox.addWidget(self.dateEdit)

        self.dateError = QLabel(EntryForm)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setVisible(False)
        self.dateError.setProperty(u"tone", u"error")

        self.dateBox.addWidget(self.dateError)


        self.fieldsLayout.addLayout(self.dateBox, 0, 1, 1, 1)

        self.codeEditLabel = QLabel(EntryForm)
        self.codeEditLabel.setObjectName(u"codeEditLabel")

        self.fieldsLayout.addWidget(self.codeEditLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.codeBox = QVBoxLayout()
        self.codeBox.setSpacing(2)
        self.codeBox.setObjectName(u"codeBox")
        self.codeEdit = QLineEdit(EntryForm)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.codeBox.addWidget(self.codeEdit)

        self.codeList = QListView(EntryForm)
        self.codeList.setObjectName(u"codeList")
        self.codeList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.codeList.setVisible(False)
        self.codeList.setMaximumSize(QSize(16777215, 170))

        self.codeBox.addWidget(self.codeList)

        self.codeInfo = QLabel(EntryForm)
        self.codeInfo.setObjectName(u"codeInfo")
        self.codeInfo.setWordWrap(True)

        self.codeBox.addWidget(self.codeInfo)

        self.codeHelp = QTextBrowser(EntryForm)
        self.codeHelp.setObjectName(u"codeHelp")
        self.codeHelp.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.codeHelp.sizePolicy().hasHeightForWidth())
        self.codeHelp.setSizePolicy(sizePolicy)
        self.codeHelp.setMinimumSize(QSize(0, 90))
        self.codeHelp.setMaximumSize(QSize(16777215, 260))
        self.codeHelp.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codeHelp.setTabChangesFocus(True)
        self.codeHelp.setOpenLinks(False)
        self.codeHelp.setVisible(False)

        self.codeBox.addWidget(self.codeHelp)

        self.codeError = QLabel(EntryForm)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)
        self.codeError.setVisible(False)
        self.codeError.setProperty(u"tone", u"error")

        self.codeBox.addWidget(self.codeError)


        self.fieldsLayout.addLayout(self.codeBox, 1, 1, 1, 1)

        self.clientEditLabel = QLabel(EntryForm)
        self.clientEditLabel.setObjectName(u"clientEditLabel")

        self.fieldsLayout.addWidget(self.clientEditLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.clientBox = QVBoxLayout()
        self.clientBox.setSpacing(2)
        self.clientBox.setObjectName(u"clientBox")
        self.clientEdit = QLineEdit(EntryForm)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setClearButtonEnabled(True)

        self.clientBox.addWidget(self.clientEdit)

        self.clientList = QListView(EntryForm)
        self.clientList.setObjectName(u"clientList")
        self.clientList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clientList.setVisible(False)
        self.clientList.setMaximumSize(QSize(16777215, 140))

        self.clientBox.addWidget(self.clientList)

        self.selectedClients = QLabel(EntryForm)
        self.selectedClients.setObjectName(u"selectedClients")
        self.selectedClients.setWordWrap(True)

        self.clientBox.addWidget(self.selectedClients)

        self.clientsError = QLabel(EntryForm)
        self.clientsError.setObjectName(u"clientsError")
        self.clientsError.setWordWrap(True)
        self.clientsError.setVisible(False)
        self.clientsError.setProperty(u"tone", u"error")

        self.clientBox.addWidget(self.clientsError)


        self.fieldsLayout.addLayout(self.clientBox, 2, 1, 1, 1)

        self.minutesEditLabel = QLabel(EntryForm)
        self.minutesEditLabel.setObjectName(u"minutesEditLabel")

        self.fieldsLayout.addWidget(self.minutesEditLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.minutesBox = QVBoxLayout()
        self.minutesBox.setSpacing(2)
        self.minutesBox.setObjectName(u"minutesBox")
        self.minutesRow = QHBoxLayout()
        self.minutesRow.setObjectName(u"minutesRow")
        self.minutesEdit = QLineEdit(EntryForm)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.minutesRow.addWidget(self.minutesEdit)

        self.quick15Button = QToolButton(EntryForm)
        self.quick15Button.setObjectName(u"quick15Button")
        self.quick15Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.minutesRow.addWidget(self.quick15Button)

        self.quick30Button = QToolButton(EntryForm)
        self.quick30Button.setObjectName(u"quick30Button")
        self.quick30Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.minutesRow.addWidget(self.quick30Button)

        self.quick45Button = QToolButton(EntryForm)
        self.quick45Button.setObjectName(u"quick45Button")
        self.quick45Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.minutesRow.addWidget(self.quick45Button)

        self.quick60Button = QToolButton(EntryForm)
        self.quick60Button.setObjectName(u"quick60Button")
        self.quick60Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.minutesRow.addWidget(self.quick60Button)

        self.quick90Button = QToolButton(EntryForm)
        self.quick90Button.setObjectName(u"quick90Button")
        self.quick90Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.minutesRow.addWidget(self.quick90Button)


        self.minutesBox.addLayout(self.minutesRow)

        self.minutesError = QLabel(EntryForm)
        self.minutesError.setObjectName(u"minutesError")
        self.minutesError.setWordWrap(True)
        self.minutesError.setVisible(False)
        self.minutesError.setProperty(u"tone", u"error")

        self.minutesBox.addWidget(self.minutesError)


        self.fieldsLayout.addLayout(self.minutesBox, 3, 1, 1, 1)

        self.startEditLabel = QLabel(EntryForm)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.fieldsLayout.addWidget(self.startEditLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.startBox = QVBoxLayout()
        self.startBox.setSpacing(2)
        self.startBox.setObjectName(u"startBox")
        self.startEdit = QLineEdit(EntryForm)
        self.startEdit.setObjectName(u"startEdit")

        self.startBox.addWidget(self.startEdit)

        self.startError = QLabel(EntryForm)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)
        self.startError.setVisible(False)
        self.startError.setProperty(u"tone", u"error")

        self.startBox.addWidget(self.startError)


        self.fieldsLayout.addLayout(self.startBox, 4, 1, 1, 1)

        self.contactComboLabel = QLabel(EntryForm)
        self.contactComboLabel.setObjectName(u"contactComboLabel")

        self.fieldsLayout.addWidget(self.contactComboLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.contactCombo = QComboBox(EntryForm)
        self.contactCombo.setObjectName(u"contactCombo")

        self.fieldsLayout.addWidget(self.contactCombo, 5, 1, 1, 1)

        self.arenaComboLabel = QLabel(EntryForm)
        self.arenaComboLabel.setObjectName(u"arenaComboLabel")

        self.fieldsLayout.addWidget(self.arenaComboLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.arenaCombo = QComboBox(EntryForm)
        self.arenaCombo.setObjectName(u"arenaCombo")

        self.fieldsLayout.addWidget(self.arenaCombo, 6, 1, 1, 1)

        self.partiesListLabel = QLabel(EntryForm)
        self.partiesListLabel.setObjectName(u"partiesListLabel")

        self.fieldsLayout.addWidget(self.partiesListLabel, 7, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.partiesList = QListWidget(EntryForm)
        self.partiesList.setObjectName(u"partiesList")
        self.partiesList.setMaximumSize(QSize(16777215, 120))

        self.fieldsLayout.addWidget(self.partiesList, 7, 1, 1, 1)

        self.groupSizeSpinLabel = QLabel(EntryForm)
        self.groupSizeSpinLabel.setObjectName(u"groupSizeSpinLabel")

        self.fieldsLayout.addWidget(self.groupSizeSpinLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.groupBox = QVBoxLayout()
        self.groupBox.setSpacing(2)
        self.groupBox.setObjectName(u"groupBox")
        self.groupSizeSpin = QSpinBox(EntryForm)
        self.groupSizeSpin.setObjectName(u"groupSizeSpin")
        self.groupSizeSpin.setMaximum(99)

        self.groupBox.addWidget(self.groupSizeSpin)

        self.groupSizeError = QLabel(EntryForm)
        self.groupSizeError.setObjectName(u"groupSizeError")
        self.groupSizeError.setWordWrap(True)
        self.groupSizeError.setVisible(False)
        self.groupSizeError.setProperty(u"tone", u"error")

        self.groupBox.addWidget(self.groupSizeError)


        self.fieldsLayout.addLayout(self.groupBox, 8, 1, 1, 1)

        self.travelSpinLabel = QLabel(EntryForm)
        self.travelSpinLabel.setObjectName(u"travelSpinLabel")

        self.fieldsLayout.addWidget(self.travelSpinLabel, 9, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.travelBox = QVBoxLayout()
        self.travelBox.setSpacing(2)
        self.travelBox.setObjectName(u"travelBox")
        self.travelSpin = QSpinBox(EntryForm)
        self.travelSpin.setObjectName(u"travelSpin")
        self.travelSpin.setMaximum(600)
        self.travelSpin.setSingleStep(5)

        self.travelBox.addWidget(self.travelSpin)

        self.travelError = QLabel(EntryForm)
        self.travelError.setObjectName(u"travelError")
        self.travelError.setWordWrap(True)
        self.travelError.setVisible(False)
        self.travelError.setProperty(u"tone", u"error")

        self.travelBox.addWidget(self.travelError)


        self.fieldsLayout.addLayout(self.travelBox, 9, 1, 1, 1)

        self.noteEditLabel = QLabel(EntryForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.fieldsLayout.addWidget(self.noteEditLabel, 10, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(2)
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QLineEdit(EntryForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(EntryForm)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setVisible(False)
        self.noteError.setProperty(u"tone", u"error")

        self.noteBox.addWidget(self.noteError)


        self.fieldsLayout.addLayout(self.noteBox, 10, 1, 1, 1)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.messageLabel = QLabel(EntryForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(EntryForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(EntryForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.codeEditLabel.setBuddy(self.codeEdit)
        self.clientEditLabel.setBuddy(self.clientEdit)
        self.minutesEditLabel.setBuddy(self.minutesEdit)
        self.startEditLabel.setBuddy(self.startEdit)
        self.contactComboLabel.setBuddy(self.contactCombo)
        self.arenaComboLabel.setBuddy(self.arenaCombo)
        self.partiesListLabel.setBuddy(self.partiesList)
        self.groupSizeSpinLabel.setBuddy(self.groupSizeSpin)
        self.travelSpinLabel.setBuddy(self.travelSpin)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.minutesEdit)
        QWidget.setTabOrder(self.minutesEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.arenaCombo)
        QWidget.setTabOrder(self.arenaCombo, self.partiesList)
        QWidget.setTabOrder(self.partiesList, self.groupSizeSpin)
        QWidget.setTabOrder(self.groupSizeSpin, self.travelSpin)
        QWidget.setTabOrder(self.travelSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(EntryForm)

        QMetaObject.connectSlotsByName(EntryForm)
    # setupUi

    def retranslateUi(self, EntryForm):
#if QT_CONFIG(accessibility)
        EntryForm.setAccessibleName(QCoreApplication.translate("EntryForm", u"Registrering", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("EntryForm", u"Ny registrering", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("EntryForm", u"font-weight: bold;", None))
        self.dateEditLabel.setText(QCoreApplication.translate("EntryForm", u"&Dato", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Dato", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EntryForm", u"dd.MM.yyyy", None))
        self.dateError.setText("")
        self.codeEditLabel.setText(QCoreApplication.translate("EntryForm", u"&Kode", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Kode", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"S\u00f8k p\u00e5 kode eller navn", None))
#if QT_CONFIG(accessibility)
        self.codeList.setAccessibleName(QCoreApplication.translate("EntryForm", u"Kodeforslag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codeInfo.setAccessibleName(QCoreApplication.translate("EntryForm", u"Valgt kode", None))
#endif // QT_CONFIG(accessibility)
        self.codeInfo.setText("")
#if QT_CONFIG(accessibility)
        self.codeHelp.setAccessibleName(QCoreApplication.translate("EntryForm", u"Kodehjelp", None))
#endif // QT_CONFIG(accessibility)
        self.codeError.setText("")
        self.clientEditLabel.setText(QCoreApplication.translate("EntryForm", u"Br&uker(e)", None))
#if QT_CONFIG(accessibility)
        self.clientEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Bruker", None))
#endif // QT_CONFIG(accessibility)
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"S\u00f8k p\u00e5 bruker", None))
#if QT_CONFIG(accessibility)
        self.clientList.setAccessibleName(QCoreApplication.translate("EntryForm", u"Brukerforslag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selectedClients.setAccessibleName(QCoreApplication.translate("EntryForm", u"Valgte brukere", None))
#endif // QT_CONFIG(accessibility)
        self.selectedClients.setText("")
        self.clientsError.setText("")
        self.minutesEditLabel.setText(QCoreApplication.translate("EntryForm", u"&Minutter", None))
#if QT_CONFIG(accessibility)
        self.minutesEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Minutter", None))
#endif // QT_CONFIG(accessibility)
        self.minutesEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"90, 1:30 eller 1,5t", None))
#if QT_CONFIG(accessibility)
        self.quick15Button.setAccessibleName(QCoreApplication.translate("EntryForm", u"15 minutter", None))
#endif // QT_CONFIG(accessibility)
        self.quick15Button.setText(QCoreApplication.translate("EntryForm", u"15", None))
#if QT_CONFIG(accessibility)
        self.quick30Button.setAccessibleName(QCoreApplication.translate("EntryForm", u"30 minutter", None))
#endif // QT_CONFIG(accessibility)
        self.quick30Button.setText(QCoreApplication.translate("EntryForm", u"30", None))
#if QT_CONFIG(accessibility)
        self.quick45Button.setAccessibleName(QCoreApplication.translate("EntryForm", u"45 minutter", None))
#endif // QT_CONFIG(accessibility)
        self.quick45Button.setText(QCoreApplication.translate("EntryForm", u"45", None))
#if QT_CONFIG(accessibility)
        self.quick60Button.setAccessibleName(QCoreApplication.translate("EntryForm", u"60 minutter", None))
#endif // QT_CONFIG(accessibility)
        self.quick60Button.setText(QCoreApplication.translate("EntryForm", u"60", None))
#if QT_CONFIG(accessibility)
        self.quick90Button.setAccessibleName(QCoreApplication.translate("EntryForm", u"90 minutter", None))
#endif // QT_CONFIG(accessibility)
        self.quick90Button.setText(QCoreApplication.translate("EntryForm", u"90", None))
        self.minutesError.setText("")
        self.startEditLabel.setText(QCoreApplication.translate("EntryForm", u"&Start", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Starttid", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"tt:mm (valgfritt)", None))
        self.startError.setText("")
        self.contactComboLabel.setText(QCoreApplication.translate("EntryForm", u"K&ontaktform", None))
#if QT_CONFIG(accessibility)
        self.contactCombo.setAccessibleName(QCoreApplication.translate("EntryForm", u"Kontaktform", None))
#endif // QT_CONFIG(accessibility)
        self.arenaComboLabel.setText(QCoreApplication.translate("EntryForm", u"&Arena", None))
#if QT_CONFIG(accessibility)
        self.arenaCombo.setAccessibleName(QCoreApplication.translate("EntryForm", u"Arena", None))
#endif // QT_CONFIG(accessibility)
        self.partiesListLabel.setText(QCoreApplication.translate("EntryForm", u"Samarbe&idsparter", None))
#if QT_CONFIG(accessibility)
        self.partiesList.setAccessibleName(QCoreApplication.translate("EntryForm", u"Samarbeidsparter", None))
#endif // QT_CONFIG(accessibility)
        self.groupSizeSpinLabel.setText(QCoreApplication.translate("EntryForm", u"&Gruppest\u00f8rrelse", None))
#if QT_CONFIG(accessibility)
        self.groupSizeSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Gruppest\u00f8rrelse", None))
#endif // QT_CONFIG(accessibility)
        self.groupSizeSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"\u2013", None))
        self.groupSizeError.setText("")
        self.travelSpinLabel.setText(QCoreApplication.translate("EntryForm", u"R&eiseminutter", None))
#if QT_CONFIG(accessibility)
        self.travelSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Reiseminutter", None))
#endif // QT_CONFIG(accessibility)
        self.travelError.setText("")
        self.noteEditLabel.setText(QCoreApplication.translate("EntryForm", u"&Notat (lokalt)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Notat", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Blir p\u00e5 denne maskinen", None))
        self.noteError.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("EntryForm", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("EntryForm", u"Avbryt", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("EntryForm", u"Avbryt (Esc)", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("EntryForm", u"Lagre", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("EntryForm", u"&Lagre (Enter)", None))
    # retranslateUi

