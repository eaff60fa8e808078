# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(BackupsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.backupsTable = QTableView(BackupsDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setTabKeyNavigation(False)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.backupsTable)

        self.messageLabel = QLabel(BackupsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.backupsTable, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.buttonBox)

        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Sikkerhetskopier", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"rehablogg tar en sikkerhetskopi hver dag ved oppstart, f\u00f8r oppgraderinger, gjenoppretting og innlevering. Den nyeste gode kopien slettes aldri.", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Sikkerhetskopier", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.backupNowButton.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Ta sikkerhetskopi n\u00e5", None))
#endif // QT_CONFIG(accessibility)
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"&Ta sikkerhetskopi n\u00e5", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Gjenopprett valgt", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Gjenopprett valgt \u2026", None))
    # retranslateUi

