# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pilot_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_PilotDialog(object):
    def setupUi(self, PilotDialog):
        if not PilotDialog.objectName():
            PilotDialog.setObjectName(u"PilotDialog")
        PilotDialog.resize(680, 460)
        self.mainLayout = QVBoxLayout(PilotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PilotDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.pathLabel = QLabel(PilotDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileRow.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(PilotDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(PilotDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.pilotLabel = QLabel(PilotDialog)
        self.pilotLabel.setObjectName(u"pilotLabel")
        self.pilotLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.pilotLabel)

        self.searchEdit = QLineEdit(PilotDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.searchEdit)

        self.rosterTable = QTableView(PilotDialog)
        self.rosterTable.setObjectName(u"rosterTable")
        self.rosterTable.setTabKeyNavigation(False)
        self.rosterTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rosterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rosterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.rosterTable)

        self.messageLabel = QLabel(PilotDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PilotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.rosterTable)
        QWidget.setTabOrder(self.rosterTable, self.buttonBox)

        self.retranslateUi(PilotDialog)

        QMetaObject.connectSlotsByName(PilotDialog)
    # setupUi

    def retranslateUi(self, PilotDialog):
        PilotDialog.setWindowTitle(QCoreApplication.translate("PilotDialog", u"Bli med i pilot", None))
        self.introLabel.setText(QCoreApplication.translate("PilotDialog", u"\u00c5pne pilotfilen du har f\u00e5tt fra pilotlederen, og velg din terapeutkode i listen. Eksportene dine f\u00e5r da pilotens id, din kode og pilotens kodeverk.", None))
        self.pathLabel.setText(QCoreApplication.translate("PilotDialog", u"&Pilotfil:", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("PilotDialog", u"Pilotfil", None))
#endif // QT_CONFIG(accessibility)
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("PilotDialog", u"sti til pilotfilen (.toml)", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("PilotDialog", u"Bla gjennom", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("PilotDialog", u"Bla &gjennom \u2026", None))
#if QT_CONFIG(accessibility)
        self.pilotLabel.setAccessibleName(QCoreApplication.translate("PilotDialog", u"Piloten", None))
#endif // QT_CONFIG(accessibility)
        self.pilotLabel.setText(QCoreApplication.translate("PilotDialog", u"Ingen pilotfil er \u00e5pnet.", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PilotDialog", u"S\u00f8k i terapeutlisten", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PilotDialog", u"S\u00f8k etter terapeutkode, kommune eller enhet", None))
#if QT_CONFIG(accessibility)
        self.rosterTable.setAccessibleName(QCoreApplication.translate("PilotDialog", u"Terapeuter i piloten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PilotDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
    # retranslateUi

