# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'needs_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NeedsDialog(object):
    def setupUi(self, NeedsDialog):
        if not NeedsDialog.objectName():
            NeedsDialog.setObjectName(u"NeedsDialog")
        NeedsDialog.resize(420, 300)
        self.mainLayout = QVBoxLayout(NeedsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(NeedsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.assessedEditLabel = QLabel(NeedsDialog)
        self.assessedEditLabel.setObjectName(u"assessedEditLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assessedEditLabel)

        self.assessedEdit = QLineEdit(NeedsDialog)
        self.assessedEdit.setObjectName(u"assessedEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assessedEdit)

        self.barnehageSkoleComboLabel = QLabel(NeedsDialog)
        self.barnehageSkoleComboLabel.setObjectName(u"barnehageSkoleComboLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.barnehageSkoleComboLabel)

        self.barnehageSkoleCombo = QComboBox(NeedsDialog)
        self.barnehageSkoleCombo.setObjectName(u"barnehageSkoleCombo")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.barnehageSkoleCombo)

        self.boligComboLabel = QLabel(NeedsDialog)
        self.boligComboLabel.setObjectName(u"boligComboLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.boligComboLabel)

        self.boligCombo = QComboBox(NeedsDialog)
        self.boligCombo.setObjectName(u"boligCombo")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.boligCombo)

        self.hjelpemidlerComboLabel = QLabel(NeedsDialog)
        self.hjelpemidlerComboLabel.setObjectName(u"hjelpemidlerComboLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hjelpemidlerComboLabel)

        self.hjelpemidlerCombo = QComboBox(NeedsDialog)
        self.hjelpemidlerCombo.setObjectName(u"hjelpemidlerCombo")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hjelpemidlerCombo)

        self.transportComboLabel = QLabel(NeedsDialog)
        self.transportComboLabel.setObjectName(u"transportComboLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transportComboLabel)

        self.transportCombo = QComboBox(NeedsDialog)
        self.transportCombo.setObjectName(u"transportCombo")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transportCombo)

        self.ipKoordinatorComboLabel = QLabel(NeedsDialog)
        self.ipKoordinatorComboLabel.setObjectName(u"ipKoordinatorComboLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ipKoordinatorComboLabel)

        self.ipKoordinatorCombo = QComboBox(NeedsDialog)
        self.ipKoordinatorCombo.setObjectName(u"ipKoordinatorCombo")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ipKoordinatorCombo)


        self.mainLayout.addLayout(self.fields)

        self.problemLabel = QLabel(NeedsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setVisible(False)
        self.problemLabel.setProperty(u"tone", u"error")

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NeedsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assessedEditLabel.setBuddy(self.assessedEdit)
        self.barnehageSkoleComboLabel.setBuddy(self.barnehageSkoleCombo)
        self.boligComboLabel.setBuddy(self.boligCombo)
        self.hjelpemidlerComboLabel.setBuddy(self.hjelpemidlerCombo)
        self.transportComboLabel.setBuddy(self.transportCombo)
        self.ipKoordinatorComboLabel.setBuddy(self.ipKoordinatorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assessedEdit, self.barnehageSkoleCombo)
        QWidget.setTabOrder(self.barnehageSkoleCombo, self.boligCombo)
        QWidget.setTabOrder(self.boligCombo, self.hjelpemidlerCombo)
        QWidget.setTabOrder(self.hjelpemidlerCombo, self.transportCombo)
        QWidget.setTabOrder(self.transportCombo, self.ipKoordinatorCombo)
        QWidget.setTabOrder(self.ipKoordinatorCombo, self.buttonBox)

        self.retranslateUi(NeedsDialog)

        QMetaObject.connectSlotsByName(NeedsDialog)
    # setupUi

    def retranslateUi(self, NeedsDialog):
        NeedsDialog.setWindowTitle(QCoreApplication.translate("NeedsDialog", u"Behov fremover", None))
        self.introLabel.setText(QCoreApplication.translate("NeedsDialog", u"Hvor mye hjelp ser du at brukeren trenger fremover p\u00e5 hvert omr\u00e5de? Grovt anslag: ingen, noe eller mye.", None))
        self.assessedEditLabel.setText(QCoreApplication.translate("NeedsDialog", u"&Vurdert", None))
#if QT_CONFIG(accessibility)
        self.assessedEdit.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Vurderingsdato", None))
#endif // QT_CONFIG(accessibility)
        self.assessedEdit.setPlaceholderText(QCoreApplication.translate("NeedsDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5", None))
        self.barnehageSkoleComboLabel.setText(QCoreApplication.translate("NeedsDialog", u"&Barnehage/skole", None))
#if QT_CONFIG(accessibility)
        self.barnehageSkoleCombo.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Behov barnehage eller skole", None))
#endif // QT_CONFIG(accessibility)
        self.boligComboLabel.setText(QCoreApplication.translate("NeedsDialog", u"B&olig", None))
#if QT_CONFIG(accessibility)
        self.boligCombo.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Behov bolig", None))
#endif // QT_CONFIG(accessibility)
        self.hjelpemidlerComboLabel.setText(QCoreApplication.translate("NeedsDialog", u"&Hjelpemidler", None))
#if QT_CONFIG(accessibility)
        self.hjelpemidlerCombo.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Behov hjelpemidler", None))
#endif // QT_CONFIG(accessibility)
        self.transportComboLabel.setText(QCoreApplication.translate("NeedsDialog", u"&Transport", None))
#if QT_CONFIG(accessibility)
        self.transportCombo.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Behov transport", None))
#endif // QT_CONFIG(accessibility)
        self.ipKoordinatorComboLabel.setText(QCoreApplication.translate("NeedsDialog", u"&IP/koordinator", None))
#if QT_CONFIG(accessibility)
        self.ipKoordinatorCombo.setAccessibleName(QCoreApplication.translate("NeedsDialog", u"Behov individuell plan eller koordinator", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

