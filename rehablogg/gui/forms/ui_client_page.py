# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_page.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClientPage(object):
    def setupUi(self, ClientPage):
        if not ClientPage.objectName():
            ClientPage.setObjectName(u"ClientPage")
        ClientPage.resize(760, 620)
        self.mainLayout = QVBoxLayout(ClientPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ClientPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.titleLabel)

        self.monthsLabel = QLabel(ClientPage)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.mainLayout.addWidget(self.monthsLabel)

        self.monthsTable = QTableView(ClientPage)
        self.monthsTable.setObjectName(u"monthsTable")
        self.monthsTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.monthsTable)

        self.entriesLabel = QLabel(ClientPage)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.mainLayout.addWidget(self.entriesLabel)

        self.entriesTable = QTableView(ClientPage)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setTabKeyNavigation(False)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.entriesTable)

        self.buttonBox = QDialogButtonBox(ClientPage)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsTable)
        self.entriesLabel.setBuddy(self.entriesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthsTable, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.buttonBox)

        self.retranslateUi(ClientPage)

        QMetaObject.connectSlotsByName(ClientPage)
    # setupUi

    def retranslateUi(self, ClientPage):
        ClientPage.setWindowTitle(QCoreApplication.translate("ClientPage", u"Brukerside", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"Bruker", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText("")
        self.monthsLabel.setText(QCoreApplication.translate("ClientPage", u"Tid per m\u00e5ned og kategori", None))
#if QT_CONFIG(accessibility)
        self.monthsTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Tid per m\u00e5ned og kategori", None))
#endif // QT_CONFIG(accessibility)
        self.entriesLabel.setText(QCoreApplication.translate("ClientPage", u"Registreringer", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Registreringer for brukeren", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

