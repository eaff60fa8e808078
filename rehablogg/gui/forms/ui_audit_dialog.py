# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(820, 480)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.monthLayout = QHBoxLayout()
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthLabel = QLabel(AuditDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.monthLayout.addWidget(self.monthLabel)

        self.monthEdit = QDateEdit(AuditDialog)
        self.monthEdit.setObjectName(u"monthEdit")

        self.monthLayout.addWidget(self.monthEdit)

        self.stateLabel = QLabel(AuditDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.monthLayout.addWidget(self.stateLabel)

        self.monthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthLayout.addItem(self.monthSpacer)


        self.mainLayout.addLayout(self.monthLayout)

        self.auditView = QTableView(AuditDialog)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.auditView)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Endringslogg", None))
        self.monthLabel.setText(QCoreApplication.translate("AuditDialog", u"&M\u00e5ned:", None))
#if QT_CONFIG(accessibility)
        self.monthEdit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"M\u00e5ned", None))
#endif // QT_CONFIG(accessibility)
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"MM.yyyy", None))
        self.stateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Endringer i m\u00e5neden", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

