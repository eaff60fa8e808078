# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'codes_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPushButton, QSizePolicy, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_CodesWindow(object):
    def setupUi(self, CodesWindow):
        if not CodesWindow.objectName():
            CodesWindow.setObjectName(u"CodesWindow")
        CodesWindow.resize(900, 560)
        CodesWindow.setModal(False)
        self.mainLayout = QVBoxLayout(CodesWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(CodesWindow)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CodesWindow)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(CodesWindow)
        self.countLabel.setObjectName(u"countLabel")

        self.searchLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.searchLayout)

        self.splitter = QSplitter(CodesWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.codesList = QListView(self.splitter)
        self.codesList.setObjectName(u"codesList")
        self.codesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codesList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.codesList.setMinimumSize(QSize(220, 0))
        self.splitter.addWidget(self.codesList)
        self.helpView = QTextBrowser(self.splitter)
        self.helpView.setObjectName(u"helpView")
        self.helpView.setTabChangesFocus(True)
        self.helpView.setOpenLinks(False)
        self.splitter.addWidget(self.helpView)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.useButton = QPushButton(CodesWindow)
        self.useButton.setObjectName(u"useButton")

        self.buttonLayout.addWidget(self.useButton)

        self.buttonBox = QDialogButtonBox(CodesWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.codesList)
        QWidget.setTabOrder(self.codesList, self.helpView)
        QWidget.setTabOrder(self.helpView, self.useButton)

        self.retranslateUi(CodesWindow)

        self.useButton.setDefault(True)


        QMetaObject.connectSlotsByName(CodesWindow)
    # setupUi

    def retranslateUi(self, CodesWindow):
        CodesWindow.setWindowTitle(QCoreApplication.translate("CodesWindow", u"Koder", None))
        self.searchLabel.setText(QCoreApplication.translate("CodesWindow", u"&S\u00f8k:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CodesWindow", u"S\u00f8k i kodene", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CodesWindow", u"Kode, navn eller ord i beskrivelsen", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("CodesWindow", u"Antall treff", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codesList.setAccessibleName(QCoreApplication.translate("CodesWindow", u"Koder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.helpView.setAccessibleName(QCoreApplication.translate("CodesWindow", u"Beskrivelse av koden", None))
#endif // QT_CONFIG(accessibility)
        self.useButton.setText(QCoreApplication.translate("CodesWindow", u"&Bruk koden", None))
#if QT_CONFIG(tooltip)
        self.useButton.setToolTip(QCoreApplication.translate("CodesWindow", u"Sett koden inn i registreringsskjemaet (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

