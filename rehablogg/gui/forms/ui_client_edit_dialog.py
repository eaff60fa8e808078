# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_edit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ClientEditDialog(object):
    def setupUi(self, ClientEditDialog):
        if not ClientEditDialog.objectName():
            ClientEditDialog.setObjectName(u"ClientEditDialog")
        ClientEditDialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(ClientEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ClientEditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.labelEditLabel = QLabel(ClientEditDialog)
        self.labelEditLabel.setObjectName(u"labelEditLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelEditLabel)

        self.labelBox = QVBoxLayout()
        self.labelBox.setObjectName(u"labelBox")
        self.labelEdit = QLineEdit(ClientEditDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.labelBox.addWidget(self.labelEdit)

        self.labelError = QLabel(ClientEditDialog)
        self.labelError.setObjectName(u"labelError")
        self.labelError.setWordWrap(True)
        self.labelError.setVisible(False)
        self.labelError.setProperty(u"tone", u"error")

        self.labelBox.addWidget(self.labelError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.labelBox)

        self.birthYearSpinLabel = QLabel(ClientEditDialog)
        self.birthYearSpinLabel.setObjectName(u"birthYearSpinLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthYearSpinLabel)

        self.yearBox = QVBoxLayout()
        self.yearBox.setObjectName(u"yearBox")
        self.birthYearSpin = QSpinBox(ClientEditDialog)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMinimum(1900)
        self.birthYearSpin.setMaximum(2100)

        self.yearBox.addWidget(self.birthYearSpin)

        self.birthYearError = QLabel(ClientEditDialog)
        self.birthYearError.setObjectName(u"birthYearError")
        self.birthYearError.setWordWrap(True)
        self.birthYearError.setVisible(False)
        self.birthYearError.setProperty(u"tone", u"error")

        self.yearBox.addWidget(self.birthYearError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.yearBox)

        self.serviceComboLabel = QLabel(ClientEditDialog)
        self.serviceComboLabel.setObjectName(u"serviceComboLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceComboLabel)

        self.serviceCombo = QComboBox(ClientEditDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.homeEditLabel = QLabel(ClientEditDialog)
        self.homeEditLabel.setObjectName(u"homeEditLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.homeEditLabel)

        self.homeBox = QVBoxLayout()
        self.homeBox.setObjectName(u"homeBox")
        self.homeEdit = QLineEdit(ClientEditDialog)
        self.homeEdit.setObjectName(u"homeEdit")
        self.homeEdit.setClearButtonEnabled(True)

        self.homeBox.addWidget(self.homeEdit)

        self.homeError = QLabel(ClientEditDialog)
        self.homeError.setObjectName(u"homeError")
        self.homeError.setWordWrap(True)
        self.homeError.setVisible(False)
        self.homeError.setProperty(u"tone", u"error")

        self.homeBox.addWidget(self.homeError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.homeBox)

        self.arrangementComboLabel = QLabel(ClientEditDialog)
        self.arrangementComboLabel.setObjectName(u"arrangementComboLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.arrangementComboLabel)

        self.arrangementCombo = QComboBox(ClientEditDialog)
        self.arrangementCombo.setObjectName(u"arrangementCombo")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.arrangementCombo)

        self.pseudonymValueLabel = QLabel(ClientEditDialog)
        self.pseudonymValueLabel.setObjectName(u"pseudonymValueLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pseudonymValueLabel)

        self.pseudonymValue = QLabel(ClientEditDialog)
        self.pseudonymValue.setObjectName(u"pseudonymValue")
        self.pseudonymValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pseudonymValue)

        self.flagsLayout = QVBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.ipCheck = QCheckBox(ClientEditDialog)
        self.ipCheck.setObjectName(u"ipCheck")

        self.flagsLayout.addWidget(self.ipCheck)

        self.coordinatorCheck = QCheckBox(ClientEditDialog)
        self.coordinatorCheck.setObjectName(u"coordinatorCheck")

        self.flagsLayout.addWidget(self.coordinatorCheck)

        self.childCoordinatorCheck = QCheckBox(ClientEditDialog)
        self.childCoordinatorCheck.setObjectName(u"childCoordinatorCheck")

        self.flagsLayout.addWidget(self.childCoordinatorCheck)

        self.meCoordinatorCheck = QCheckBox(ClientEditDialog)
        self.meCoordinatorCheck.setObjectName(u"meCoordinatorCheck")

        self.flagsLayout.addWidget(self.meCoordinatorCheck)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.flagsLayout)


        self.mainLayout.addLayout(self.fields)

        self.buttonBox = QDialogButtonBox(ClientEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelEditLabel.setBuddy(self.labelEdit)
        self.birthYearSpinLabel.setBuddy(self.birthYearSpin)
        self.serviceComboLabel.setBuddy(self.serviceCombo)
        self.homeEditLabel.setBuddy(self.homeEdit)
        self.arrangementComboLabel.setBuddy(self.arrangementCombo)
        self.pseudonymValueLabel.setBuddy(self.pseudonymValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.homeEdit)
        QWidget.setTabOrder(self.homeEdit, self.arrangementCombo)
        QWidget.setTabOrder(self.arrangementCombo, self.ipCheck)
        QWidget.setTabOrder(self.ipCheck, self.coordinatorCheck)
        QWidget.setTabOrder(self.coordinatorCheck, self.childCoordinatorCheck)
        QWidget.setTabOrder(self.childCoordinatorCheck, self.meCoordinatorCheck)
        QWidget.setTabOrder(self.meCoordinatorCheck, self.buttonBox)

        self.retranslateUi(ClientEditDialog)

        QMetaObject.connectSlotsByName(ClientEditDialog)
    # setupUi

    def retranslateUi(self, ClientEditDialog):
        ClientEditDialog.setWindowTitle(QCoreApplication.translate("ClientEditDialog", u"Bruker", None))
        self.introLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Navnet blir bare p\u00e5 denne maskinen. Eksportene bruker pseudonymet.", None))
        self.labelEditLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Navn (lokalt)", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Navn", None))
#endif // QT_CONFIG(accessibility)
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("ClientEditDialog", u"For eksempel Ola N. eller et kallenavn", None))
        self.labelError.setText("")
        self.birthYearSpinLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&F\u00f8dsels\u00e5r", None))
#if QT_CONFIG(accessibility)
        self.birthYearSpin.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"F\u00f8dsels\u00e5r", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearSpin.setSpecialValueText(QCoreApplication.translate("ClientEditDialog", u"ukjent", None))
        self.birthYearError.setText("")
        self.serviceComboLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Tjeneste", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Tjeneste", None))
#endif // QT_CONFIG(accessibility)
        self.homeEditLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Bo&stedskommune", None))
#if QT_CONFIG(accessibility)
        self.homeEdit.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Bostedskommune", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.homeEdit.setToolTip(QCoreApplication.translate("ClientEditDialog", u"Kommunen brukeren bor i. La feltet st\u00e5 tomt n\u00e5r det er din egen kommune (den i profilen).", None))
#endif // QT_CONFIG(tooltip)
        self.homeEdit.setPlaceholderText(QCoreApplication.translate("ClientEditDialog", u"Tom = egen kommune; s\u00f8k nummer eller navn", None))
        self.homeError.setText("")
        self.arrangementComboLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Tjenestef&orm", None))
#if QT_CONFIG(accessibility)
        self.arrangementCombo.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Tjenesteform", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.arrangementCombo.setToolTip(QCoreApplication.translate("ClientEditDialog", u"Hvordan tjenesten n\u00e5r brukeren: fra din egen kommune, i et interkommunalt samarbeid eller kj\u00f8pt av brukerens kommune.", None))
#endif // QT_CONFIG(tooltip)
        self.pseudonymValueLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Pseudonym", None))
#if QT_CONFIG(accessibility)
        self.pseudonymValue.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Pseudonym", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonymValue.setText("")
#if QT_CONFIG(accessibility)
        self.ipCheck.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Har individuell plan", None))
#endif // QT_CONFIG(accessibility)
        self.ipCheck.setText(QCoreApplication.translate("ClientEditDialog", u"Har &individuell plan (IP)", None))
#if QT_CONFIG(accessibility)
        self.coordinatorCheck.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Har koordinator", None))
#endif // QT_CONFIG(accessibility)
        self.coordinatorCheck.setText(QCoreApplication.translate("ClientEditDialog", u"Har &koordinator", None))
#if QT_CONFIG(accessibility)
        self.childCoordinatorCheck.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Har barnekoordinator", None))
#endif // QT_CONFIG(accessibility)
        self.childCoordinatorCheck.setText(QCoreApplication.translate("ClientEditDialog", u"Har &barnekoordinator", None))
#if QT_CONFIG(accessibility)
        self.meCoordinatorCheck.setAccessibleName(QCoreApplication.translate("ClientEditDialog", u"Jeg er koordinator", None))
#endif // QT_CONFIG(accessibility)
        self.meCoordinatorCheck.setText(QCoreApplication.translate("ClientEditDialog", u"&Jeg er koordinator", None))
    # retranslateUi

