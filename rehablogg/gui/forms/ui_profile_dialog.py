# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.setModal(True)
        self.outerLayout = QVBoxLayout(ProfileDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(ProfileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setVisible(False)

        self.outerLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(ProfileDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personLayout = QGridLayout(self.personGroup)
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setVerticalSpacing(4)
        self.therapistLabel = QLabel(self.personGroup)
        self.therapistLabel.setObjectName(u"therapistLabel")

        self.personLayout.addWidget(self.therapistLabel, 0, 0, 1, 1)

        self.therapistEdit = QLineEdit(self.personGroup)
        self.therapistEdit.setObjectName(u"therapistEdit")
        self.therapistEdit.setMaxLength(20)

        self.personLayout.addWidget(self.therapistEdit, 0, 1, 1, 1)

        self.therapistError = QLabel(self.personGroup)
        self.therapistError.setObjectName(u"therapistError")
        self.therapistError.setWordWrap(True)
        self.therapistError.setVisible(False)
        self.therapistError.setProperty(u"tone", u"error")

        self.personLayout.addWidget(self.therapistError, 1, 1, 1, 1)

        self.professionLabel = QLabel(self.personGroup)
        self.professionLabel.setObjectName(u"professionLabel")

        self.personLayout.addWidget(self.professionLabel, 2, 0, 1, 1)

        self.professionCombo = QComboBox(self.personGroup)
        self.professionCombo.setObjectName(u"professionCombo")

        self.personLayout.addWidget(self.professionCombo, 2, 1, 1, 1)

        self.professionError = QLabel(self.personGroup)
        self.professionError.setObjectName(u"professionError")
        self.professionError.setWordWrap(True)
        self.professionError.setVisible(False)
        self.professionError.setProperty(u"tone", u"error")

        self.personLayout.addWidget(self.professionError, 3, 1, 1, 1)

        self.municipalityLabel = QLabel(self.personGroup)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.personLayout.addWidget(self.municipalityLabel, 4, 0, 1, 1)

        self.municipalityEdit = QLineEdit(self.personGroup)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setClearButtonEnabled(True)

        self.personLayout.addWidget(self.municipalityEdit, 4, 1, 1, 1)

        self.municipalityInfo = QLabel(self.personGroup)
        self.municipalityInfo.setObjectName(u"municipalityInfo")
        self.municipalityInfo.setWordWrap(True)
        self.municipalityInfo.setProperty(u"tone", u"muted")

        self.personLayout.addWidget(self.municipalityInfo, 5, 1, 1, 1)

        self.municipalityError = QLabel(self.personGroup)
        self.municipalityError.setObjectName(u"municipalityError")
        self.municipalityError.setWordWrap(True)
        self.municipalityError.setVisible(False)
        self.municipalityError.setProperty(u"tone", u"error")

        self.personLayout.addWidget(self.municipalityError, 6, 1, 1, 1)

        self.unitLabel = QLabel(self.personGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.personLayout.addWidget(self.unitLabel, 7, 0, 1, 1)

        self.unitEdit = QLineEdit(self.personGroup)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(80)

        self.personLayout.addWidget(self.unitEdit, 7, 1, 1, 1)

        self.unitError = QLabel(self.personGroup)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setWordWrap(True)
        self.unitError.setVisible(False)
        self.unitError.setProperty(u"tone", u"error")

        self.personLayout.addWidget(self.unitError, 8, 1, 1, 1)

        self.positionLabel = QLabel(self.personGroup)
        self.positionLabel.setObjectName(u"positionLabel")

        self.personLayout.addWidget(self.positionLabel, 9, 0, 1, 1)

        self.positionSpin = QSpinBox(self.personGroup)
        self.positionSpin.setObjectName(u"positionSpin")
        self.positionSpin.setMinimum(1)
        self.positionSpin.setMaximum(100)
        self.positionSpin.setValue(100)

        self.personLayout.addWidget(self.positionSpin, 9, 1, 1, 1)

        self.positionError = QLabel(self.personGroup)
        self.positionError.setObjectName(u"positionError")
        self.positionError.setWordWrap(True)
        self.positionError.setVisible(False)
        self.positionError.setProperty(u"tone", u"error")

        self.personLayout.addWidget(self.positionError, 10, 1, 1, 1)

        self.kostraLabel = QLabel(self.personGroup)
        self.kostraLabel.setObjectName(u"kostraLabel")

        self.personLayout.addWidget(self.kostraLabel, 11, 0, 1, 1)

        self.kostraCombo = QComboBox(self.personGroup)
        self.kostraCombo.setObjectName(u"kostraCombo")

        self.personLayout.addWidget(self.kostraCombo, 11, 1, 1, 1)

        self.personLayout.setColumnStretch(1, 1)
        self.personLayout.setColumnMinimumWidth(0, 125)

        self.leftColumn.addWidget(self.personGroup)

        self.workGroup = QGroupBox(ProfileDialog)
        self.workGroup.setObjectName(u"workGroup")
        self.workLayout = QGridLayout(self.workGroup)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setVerticalSpacing(4)
        self.workdaysLabel = QLabel(self.workGroup)
        self.workdaysLabel.setObjectName(u"workdaysLabel")

        self.workLayout.addWidget(self.workdaysLabel, 0, 0, 1, 1)

        self.workdaysChecks = QHBoxLayout()
        self.workdaysChecks.setObjectName(u"workdaysChecks")
        self.mondayCheck = QCheckBox(self.workGroup)
        self.mondayCheck.setObjectName(u"mondayCheck")

        self.workdaysChecks.addWidget(self.mondayCheck)

        self.tuesdayCheck = QCheckBox(self.workGroup)
        self.tuesdayCheck.setObjectName(u"tuesdayCheck")

        self.workdaysChecks.addWidget(self.tuesdayCheck)

        self.wednesdayCheck = QCheckBox(self.workGroup)
        self.wednesdayCheck.setObjectName(u"wednesdayCheck")

        self.workdaysChecks.addWidget(self.wednesdayCheck)

        self.thursdayCheck = QCheckBox(self.workGroup)
        self.thursdayCheck.setObjectName(u"thursdayCheck")

        self.workdaysChecks.addWidget(self.thursdayCheck)

        self.fridayCheck = QCheckBox(self.workGroup)
        self.fridayCheck.setObjectName(u"fridayCheck")

        self.workdaysChecks.addWidget(self.fridayCheck)

        self.saturdayCheck = QCheckBox(self.workGroup)
        self.saturdayCheck.setObjectName(u"saturdayCheck")

        self.workdaysChecks.addWidget(self.saturdayCheck)

        self.sundayCheck = QCheckBox(self.workGroup)
        self.sundayCheck.setObjectName(u"sundayCheck")

        self.workdaysChecks.addWidget(self.sundayCheck)

        self.workdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workdaysChecks.addItem(self.workdaysSpacer)


        self.workLayout.addLayout(self.workdaysChecks, 0, 1, 1, 1)

        self.workdaysError = QLabel(self.workGroup)
        self.workdaysError.setObjectName(u"workdaysError")
        self.workdaysError.setWordWrap(True)
        self.workdaysError.setVisible(False)
        self.workdaysError.setProperty(u"tone", u"error")

        self.workLayout.addWidget(self.workdaysError, 1, 1, 1, 1)

        self.hoursLabel = QLabel(self.workGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.workLayout.addWidget(self.hoursLabel, 2, 0, 1, 1)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setSpacing(6)
        self.hoursRow.setObjectName(u"hoursRow")
        self.dayStartEdit = QTimeEdit(self.workGroup)
        self.dayStartEdit.setObjectName(u"dayStartEdit")

        self.hoursRow.addWidget(self.dayStartEdit)

        self.hoursDash = QLabel(self.workGroup)
        self.hoursDash.setObjectName(u"hoursDash")

        self.hoursRow.addWidget(self.hoursDash)

        self.dayEndEdit = QTimeEdit(self.workGroup)
        self.dayEndEdit.setObjectName(u"dayEndEdit")

        self.hoursRow.addWidget(self.dayEndEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursSpacer)


        self.workLayout.addLayout(self.hoursRow, 2, 1, 1, 1)

        self.hoursError = QLabel(self.workGroup)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setWordWrap(True)
        self.hoursError.setVisible(False)
        self.hoursError.setProperty(u"tone", u"error")

        self.workLayout.addWidget(self.hoursError, 3, 1, 1, 1)

        self.workLayout.setColumnStretch(1, 1)
        self.workLayout.setColumnMinimumWidth(0, 125)

        self.leftColumn.addWidget(self.workGroup)

        self.defaultsGroup = QGroupBox(ProfileDialog)
        self.defaultsGroup.setObjectName(u"defaultsGroup")
        self.defaultsLayout = QGridLayout(self.defaultsGroup)
        self.defaultsLayout.setObjectName(u"defaultsLayout")
        self.defaultsLayout.setVerticalSpacing(4)
        self.arenaLabel = QLabel(self.defaultsGroup)
        self.arenaLabel.setObjectName(u"arenaLabel")

        self.defaultsLayout.addWidget(self.arenaLabel, 0, 0, 1, 1)

        self.arenaCombo = QComboBox(self.defaultsGroup)
        self.arenaCombo.setObjectName(u"arenaCombo")

        self.defaultsLayout.addWidget(self.arenaCombo, 0, 1, 1, 1)

        self.contactLabel = QLabel(self.defaultsGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.defaultsLayout.addWidget(self.contactLabel, 1, 0, 1, 1)

        self.contactCombo = QComboBox(self.defaultsGroup)
        self.contactCombo.setObjectName(u"contactCombo")

        self.defaultsLayout.addWidget(self.contactCombo, 1, 1, 1, 1)

        self.defaultsLayout.setColumnStretch(1, 1)
        self.defaultsLayout.setColumnMinimumWidth(0, 125)

        self.leftColumn.addWidget(self.defaultsGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.absenceGroup = QGroupBox(ProfileDialog)
        self.absenceGroup.setObjectName(u"absenceGroup")
        self.absenceLayout = QVBoxLayout(self.absenceGroup)
        self.absenceLayout.setObjectName(u"absenceLayout")
        self.absenceAddLayout = QGridLayout()
        self.absenceAddLayout.setObjectName(u"absenceAddLayout")
        self.absenceAddLayout.setHorizontalSpacing(6)
        self.absenceFromLabel = QLabel(self.absenceGroup)
        self.absenceFromLabel.setObjectName(u"absenceFromLabel")

        self.absenceAddLayout.addWidget(self.absenceFromLabel, 0, 0, 1, 1)

        self.absenceFromEdit = QDateEdit(self.absenceGroup)
        self.absenceFromEdit.setObjectName(u"absenceFromEdit")
        self.absenceFromEdit.setCalendarPopup(True)

        self.absenceAddLayout.addWidget(self.absenceFromEdit, 0, 1, 1, 1)

        self.absenceToLabel = QLabel(self.absenceGroup)
        self.absenceToLabel.setObjectName(u"absenceToLabel")

        self.absenceAddLayout.addWidget(self.absenceToLabel, 0, 2, 1, 1)

        self.absenceToEdit = QDateEdit(self.absenceGroup)
        self.absenceToEdit.setObjectName(u"absenceToEdit")
        self.absenceToEdit.setCalendarPopup(True)

        self.absenceAddLayout.addWidget(self.absenceToEdit, 0, 3, 1, 1)

        self.absenceKindLabel = QLabel(self.absenceGroup)
        self.absenceKindLabel.setObjectName(u"absenceKindLabel")

        self.absenceAddLayout.addWidget(self.absenceKindLabel, 1, 0, 1, 1)

        self.absenceKindCombo = QComboBox(self.absenceGroup)
        self.absenceKindCombo.setObjectName(u"absenceKindCombo")

        self.absenceAddLayout.addWidget(self.absenceKindCombo, 1, 1, 1, 1)

        self.addAbsenceButton = QPushButton(self.absenceGroup)
        self.addAbsenceButton.setObjectName(u"addAbsenceButton")

        self.absenceAddLayout.addWidget(self.addAbsenceButton, 1, 3, 1, 1)


        self.absenceLayout.addLayout(self.absenceAddLayout)

        self.absenceError = QLabel(self.absenceGroup)
        self.absenceError.setObjectName(u"absenceError")
        self.absenceError.setWordWrap(True)
        self.absenceError.setVisible(False)
        self.absenceError.setProperty(u"tone", u"error")

        self.absenceLayout.addWidget(self.absenceError)

        self.absenceTable = QTableView(self.absenceGroup)
        self.absenceTable.setObjectName(u"absenceTable")
        self.absenceTable.setTabKeyNavigation(False)
        self.absenceTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.absenceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absenceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absenceTable.setAlternatingRowColors(True)
        self.absenceTable.setTabKeyNavigation(False)
        self.absenceTable.setMinimumSize(QSize(300, 160))
        self.absenceTable.horizontalHeader().setStretchLastSection(True)
        self.absenceTable.verticalHeader().setVisible(False)

        self.absenceLayout.addWidget(self.absenceTable)

        self.absenceButtons = QHBoxLayout()
        self.absenceButtons.setObjectName(u"absenceButtons")
        self.absenceInfo = QLabel(self.absenceGroup)
        self.absenceInfo.setObjectName(u"absenceInfo")
        self.absenceInfo.setWordWrap(True)
        self.absenceInfo.setProperty(u"tone", u"muted")

        self.absenceButtons.addWidget(self.absenceInfo)

        self.removeAbsenceButton = QPushButton(self.absenceGroup)
        self.removeAbsenceButton.setObjectName(u"removeAbsenceButton")

        self.absenceButtons.addWidget(self.removeAbsenceButton)


        self.absenceLayout.addLayout(self.absenceButtons)


        self.columnsLayout.addWidget(self.absenceGroup)


        self.outerLayout.addLayout(self.columnsLayout)

        self.laterLabel = QLabel(ProfileDialog)
        self.laterLabel.setObjectName(u"laterLabel")
        self.laterLabel.setWordWrap(True)
        self.laterLabel.setVisible(False)
        self.laterLabel.setProperty(u"tone", u"muted")

        self.outerLayout.addWidget(self.laterLabel)

        self.messageLabel = QLabel(ProfileDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.messageLabel.setProperty(u"tone", u"error")

        self.outerLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.therapistLabel.setBuddy(self.therapistEdit)
        self.professionLabel.setBuddy(self.professionCombo)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.positionLabel.setBuddy(self.positionSpin)
        self.kostraLabel.setBuddy(self.kostraCombo)
        self.workdaysLabel.setBuddy(self.mondayCheck)
        self.hoursLabel.setBuddy(self.dayStartEdit)
        self.arenaLabel.setBuddy(self.arenaCombo)
        self.contactLabel.setBuddy(self.contactCombo)
        self.absenceFromLabel.setBuddy(self.absenceFromEdit)
        self.absenceToLabel.setBuddy(self.absenceToEdit)
        self.absenceKindLabel.setBuddy(self.absenceKindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.therapistEdit, self.professionCombo)
        QWidget.setTabOrder(self.professionCombo, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.positionSpin)
        QWidget.setTabOrder(self.positionSpin, self.kostraCombo)
        QWidget.setTabOrder(self.kostraCombo, self.mondayCheck)
        QWidget.setTabOrder(self.mondayCheck, self.tuesdayCheck)
        QWidget.setTabOrder(self.tuesdayCheck, self.wednesdayCheck)
        QWidget.setTabOrder(self.wednesdayCheck, self.thursdayCheck)
        QWidget.setTabOrder(self.thursdayCheck, self.fridayCheck)
        QWidget.setTabOrder(self.fridayCheck, self.saturdayCheck)
        QWidget.setTabOrder(self.saturdayCheck, self.sundayCheck)
        QWidget.setTabOrder(self.sundayCheck, self.dayStartEdit)
        QWidget.setTabOrder(self.dayStartEdit, self.dayEndEdit)
        QWidget.setTabOrder(self.dayEndEdit, self.arenaCombo)
        QWidget.setTabOrder(self.arenaCombo, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.absenceFromEdit)
        QWidget.setTabOrder(self.absenceFromEdit, self.absenceToEdit)
        QWidget.setTabOrder(self.absenceToEdit, self.absenceKindCombo)
        QWidget.setTabOrder(self.absenceKindCombo, self.addAbsenceButton)
        QWidget.setTabOrder(self.addAbsenceButton, self.absenceTable)
        QWidget.setTabOrder(self.absenceTable, self.removeAbsenceButton)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Profil og innstillinger", None))
#if QT_CONFIG(accessibility)
        ProfileDialog.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Profil og innstillinger", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText("")
        self.personGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Deg og arbeidsstedet", None))
        self.therapistLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Terapeutkode", None))
#if QT_CONFIG(accessibility)
        self.therapistEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Terapeutkode", None))
#endif // QT_CONFIG(accessibility)
        self.therapistEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Fra pilotlederen, for eksempel FT01", None))
        self.therapistError.setText("")
        self.professionLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Profesjon", None))
#if QT_CONFIG(accessibility)
        self.professionCombo.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Profesjon", None))
#endif // QT_CONFIG(accessibility)
        self.professionError.setText("")
        self.municipalityLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Kommune", None))
#if QT_CONFIG(accessibility)
        self.municipalityEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Kommune", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"S\u00f8k p\u00e5 kommunenummer eller navn", None))
        self.municipalityInfo.setText("")
        self.municipalityError.setText("")
        self.unitLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Enhet", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Enhet", None))
#endif // QT_CONFIG(accessibility)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"For eksempel Barne- og familietjenesten", None))
        self.unitError.setText("")
        self.positionLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Stillingsprosent", None))
#if QT_CONFIG(accessibility)
        self.positionSpin.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Stillingsprosent", None))
#endif // QT_CONFIG(accessibility)
        self.positionSpin.setSuffix(QCoreApplication.translate("ProfileDialog", u" %", None))
        self.positionError.setText("")
        self.kostraLabel.setText(QCoreApplication.translate("ProfileDialog", u"KOSTRA-f&unksjon", None))
#if QT_CONFIG(accessibility)
        self.kostraCombo.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"KOSTRA-funksjon", None))
#endif // QT_CONFIG(accessibility)
        self.workGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Arbeidsuke", None))
        self.workdaysLabel.setText(QCoreApplication.translate("ProfileDialog", u"Arbeids&dager", None))
        self.mondayCheck.setText(QCoreApplication.translate("ProfileDialog", u"man", None))
#if QT_CONFIG(accessibility)
        self.mondayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag mandag", None))
#endif // QT_CONFIG(accessibility)
        self.tuesdayCheck.setText(QCoreApplication.translate("ProfileDialog", u"tir", None))
#if QT_CONFIG(accessibility)
        self.tuesdayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag tirsdag", None))
#endif // QT_CONFIG(accessibility)
        self.wednesdayCheck.setText(QCoreApplication.translate("ProfileDialog", u"ons", None))
#if QT_CONFIG(accessibility)
        self.wednesdayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag onsdag", None))
#endif // QT_CONFIG(accessibility)
        self.thursdayCheck.setText(QCoreApplication.translate("ProfileDialog", u"tor", None))
#if QT_CONFIG(accessibility)
        self.thursdayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag torsdag", None))
#endif // QT_CONFIG(accessibility)
        self.fridayCheck.setText(QCoreApplication.translate("ProfileDialog", u"fre", None))
#if QT_CONFIG(accessibility)
        self.fridayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag fredag", None))
#endif // QT_CONFIG(accessibility)
        self.saturdayCheck.setText(QCoreApplication.translate("ProfileDialog", u"l\u00f8r", None))
#if QT_CONFIG(accessibility)
        self.saturdayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag l\u00f8rdag", None))
#endif // QT_CONFIG(accessibility)
        self.sundayCheck.setText(QCoreApplication.translate("ProfileDialog", u"s\u00f8n", None))
#if QT_CONFIG(accessibility)
        self.sundayCheck.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdag s\u00f8ndag", None))
#endif // QT_CONFIG(accessibility)
        self.workdaysError.setText("")
        self.hoursLabel.setText(QCoreApplication.translate("ProfileDialog", u"Arbeidst&id", None))
#if QT_CONFIG(accessibility)
        self.dayStartEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdagen begynner", None))
#endif // QT_CONFIG(accessibility)
        self.dayStartEdit.setDisplayFormat(QCoreApplication.translate("ProfileDialog", u"HH:mm", None))
        self.hoursDash.setText(QCoreApplication.translate("ProfileDialog", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.dayEndEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Arbeidsdagen slutter", None))
#endif // QT_CONFIG(accessibility)
        self.dayEndEdit.setDisplayFormat(QCoreApplication.translate("ProfileDialog", u"HH:mm", None))
        self.hoursError.setText("")
        self.defaultsGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Forvalg for nye registreringer", None))
        self.arenaLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Arena", None))
#if QT_CONFIG(accessibility)
        self.arenaCombo.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Forvalgt arena", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("ProfileDialog", u"K&ontaktform", None))
#if QT_CONFIG(accessibility)
        self.contactCombo.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Forvalgt kontaktform", None))
#endif // QT_CONFIG(accessibility)
        self.absenceGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Frav\u00e6rsdager", None))
        self.absenceFromLabel.setText(QCoreApplication.translate("ProfileDialog", u"F&ra", None))
#if QT_CONFIG(accessibility)
        self.absenceFromEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Frav\u00e6r fra dato", None))
#endif // QT_CONFIG(accessibility)
        self.absenceFromEdit.setDisplayFormat(QCoreApplication.translate("ProfileDialog", u"dd.MM.yyyy", None))
        self.absenceToLabel.setText(QCoreApplication.translate("ProfileDialog", u"Ti&l", None))
#if QT_CONFIG(accessibility)
        self.absenceToEdit.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Frav\u00e6r til og med dato", None))
#endif // QT_CONFIG(accessibility)
        self.absenceToEdit.setDisplayFormat(QCoreApplication.translate("ProfileDialog", u"dd.MM.yyyy", None))
        self.absenceKindLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Frav\u00e6rstype", None))
#if QT_CONFIG(accessibility)
        self.absenceKindCombo.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Frav\u00e6rstype", None))
#endif // QT_CONFIG(accessibility)
        self.addAbsenceButton.setText(QCoreApplication.translate("ProfileDialog", u"Le&gg til", None))
#if QT_CONFIG(accessibility)
        self.addAbsenceButton.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Legg til frav\u00e6r", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addAbsenceButton.setToolTip(QCoreApplication.translate("ProfileDialog", u"Legger til frav\u00e6r for arbeidsdagene fra og med til og med (Enter i frav\u00e6rsfeltene gj\u00f8r det samme)", None))
#endif // QT_CONFIG(tooltip)
        self.absenceError.setText("")
#if QT_CONFIG(accessibility)
        self.absenceTable.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Frav\u00e6rsdager", None))
#endif // QT_CONFIG(accessibility)
        self.absenceInfo.setText("")
        self.removeAbsenceButton.setText(QCoreApplication.translate("ProfileDialog", u"Fjer&n valgte", None))
#if QT_CONFIG(accessibility)
        self.removeAbsenceButton.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Fjern valgte frav\u00e6rsdager", None))
#endif // QT_CONFIG(accessibility)
        self.laterLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

