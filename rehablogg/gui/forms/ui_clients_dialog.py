# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clients_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ClientsDialog(object):
    def setupUi(self, ClientsDialog):
        if not ClientsDialog.objectName():
            ClientsDialog.setObjectName(u"ClientsDialog")
        ClientsDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(ClientsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ClientsDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ClientsDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.showClosedCheck = QCheckBox(ClientsDialog)
        self.showClosedCheck.setObjectName(u"showClosedCheck")

        self.searchRow.addWidget(self.showClosedCheck)


        self.mainLayout.addLayout(self.searchRow)

        self.clientsTable = QTableView(ClientsDialog)
        self.clientsTable.setObjectName(u"clientsTable")
        self.clientsTable.setTabKeyNavigation(False)
        self.clientsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.clientsTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ClientsDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(ClientsDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.pageButton = QPushButton(ClientsDialog)
        self.pageButton.setObjectName(u"pageButton")

        self.buttonRow.addWidget(self.pageButton)

        self.activeButton = QPushButton(ClientsDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonRow.addWidget(self.activeButton)

        self.eraseButton = QPushButton(ClientsDialog)
        self.eraseButton.setObjectName(u"eraseButton")

        self.buttonRow.addWidget(self.eraseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ClientsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.showClosedCheck)
        QWidget.setTabOrder(self.showClosedCheck, self.clientsTable)
        QWidget.setTabOrder(self.clientsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.pageButton)
        QWidget.setTabOrder(self.pageButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.eraseButton)
        QWidget.setTabOrder(self.eraseButton, self.buttonBox)

        self.retranslateUi(ClientsDialog)

        QMetaObject.connectSlotsByName(ClientsDialog)
    # setupUi

    def retranslateUi(self, ClientsDialog):
        ClientsDialog.setWindowTitle(QCoreApplication.translate("ClientsDialog", u"Brukerregister", None))
        self.searchLabel.setText(QCoreApplication.translate("ClientsDialog", u"&S\u00f8k:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"S\u00f8k i brukere", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ClientsDialog", u"Navn eller pseudonym", None))
#if QT_CONFIG(accessibility)
        self.showClosedCheck.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Vis avsluttede og slettede", None))
#endif // QT_CONFIG(accessibility)
        self.showClosedCheck.setText(QCoreApplication.translate("ClientsDialog", u"Vis &avsluttede", None))
#if QT_CONFIG(accessibility)
        self.clientsTable.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Brukere", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Ny bruker", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ClientsDialog", u"&Ny bruker", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Rediger bruker", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("ClientsDialog", u"&Rediger", None))
#if QT_CONFIG(accessibility)
        self.pageButton.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Brukerside", None))
#endif // QT_CONFIG(accessibility)
        self.pageButton.setText(QCoreApplication.translate("ClientsDialog", u"Brukers&ide", None))
#if QT_CONFIG(accessibility)
        self.activeButton.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Avslutt eller gjen\u00e5pne", None))
#endif // QT_CONFIG(accessibility)
        self.activeButton.setText(QCoreApplication.translate("ClientsDialog", u"Avslutt / &gjen\u00e5pne", None))
#if QT_CONFIG(accessibility)
        self.eraseButton.setAccessibleName(QCoreApplication.translate("ClientsDialog", u"Slett navn og notater", None))
#endif // QT_CONFIG(accessibility)
        self.eraseButton.setText(QCoreApplication.translate("ClientsDialog", u"S&lett navn og notater \u2026", None))
    # retranslateUi

