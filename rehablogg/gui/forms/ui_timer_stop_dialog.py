# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timer_stop_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TimerStopDialog(object):
    def setupUi(self, TimerStopDialog):
        if not TimerStopDialog.objectName():
            TimerStopDialog.setObjectName(u"TimerStopDialog")
        TimerStopDialog.resize(480, 260)
        self.mainLayout = QVBoxLayout(TimerStopDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.questionLabel = QLabel(TimerStopDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.stoppedEditLabel = QLabel(TimerStopDialog)
        self.stoppedEditLabel.setObjectName(u"stoppedEditLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stoppedEditLabel)

        self.stoppedEdit = QDateTimeEdit(TimerStopDialog)
        self.stoppedEdit.setObjectName(u"stoppedEdit")
        self.stoppedEdit.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stoppedEdit)

        self.splitCheck = QCheckBox(TimerStopDialog)
        self.splitCheck.setObjectName(u"splitCheck")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.splitCheck)

        self.splitEditLabel = QLabel(TimerStopDialog)
        self.splitEditLabel.setObjectName(u"splitEditLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.splitEditLabel)

        self.splitEdit = QDateTimeEdit(TimerStopDialog)
        self.splitEdit.setObjectName(u"splitEdit")
        self.splitEdit.setEnabled(False)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.splitEdit)


        self.mainLayout.addLayout(self.fields)

        self.timeError = QLabel(TimerStopDialog)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setWordWrap(True)
        self.timeError.setVisible(False)
        self.timeError.setProperty(u"tone", u"error")

        self.mainLayout.addWidget(self.timeError)

        self.buttonBox = QDialogButtonBox(TimerStopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stoppedEditLabel.setBuddy(self.stoppedEdit)
        self.splitEditLabel.setBuddy(self.splitEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stoppedEdit, self.splitCheck)
        QWidget.setTabOrder(self.splitCheck, self.splitEdit)
        QWidget.setTabOrder(self.splitEdit, self.buttonBox)

        self.retranslateUi(TimerStopDialog)

        QMetaObject.connectSlotsByName(TimerStopDialog)
    # setupUi

    def retranslateUi(self, TimerStopDialog):
        TimerStopDialog.setWindowTitle(QCoreApplication.translate("TimerStopDialog", u"Glemt tidtaker?", None))
#if QT_CONFIG(accessibility)
        self.questionLabel.setAccessibleName(QCoreApplication.translate("TimerStopDialog", u"Sp\u00f8rsm\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText("")
        self.stoppedEditLabel.setText(QCoreApplication.translate("TimerStopDialog", u"&Stoppet", None))
#if QT_CONFIG(accessibility)
        self.stoppedEdit.setAccessibleName(QCoreApplication.translate("TimerStopDialog", u"Stoppet", None))
#endif // QT_CONFIG(accessibility)
        self.stoppedEdit.setDisplayFormat(QCoreApplication.translate("TimerStopDialog", u"dd.MM.yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.splitCheck.setAccessibleName(QCoreApplication.translate("TimerStopDialog", u"Del i to registreringer", None))
#endif // QT_CONFIG(accessibility)
        self.splitCheck.setText(QCoreApplication.translate("TimerStopDialog", u"&Del i to: f\u00f8rste del lagres n\u00e5, resten g\u00e5r til skjemaet", None))
        self.splitEditLabel.setText(QCoreApplication.translate("TimerStopDialog", u"Del &ved", None))
#if QT_CONFIG(accessibility)
        self.splitEdit.setAccessibleName(QCoreApplication.translate("TimerStopDialog", u"Del ved", None))
#endif // QT_CONFIG(accessibility)
        self.splitEdit.setDisplayFormat(QCoreApplication.translate("TimerStopDialog", u"dd.MM.yyyy HH:mm", None))
        self.timeError.setText("")
    # retranslateUi

