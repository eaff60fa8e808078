# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'episode_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EpisodeDialog(object):
    def setupUi(self, EpisodeDialog):
        if not EpisodeDialog.objectName():
            EpisodeDialog.setObjectName(u"EpisodeDialog")
        EpisodeDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(EpisodeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.referralEditLabel = QLabel(EpisodeDialog)
        self.referralEditLabel.setObjectName(u"referralEditLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referralEditLabel)

        self.referralEdit = QLineEdit(EpisodeDialog)
        self.referralEdit.setObjectName(u"referralEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referralEdit)

        self.sourceComboLabel = QLabel(EpisodeDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(EpisodeDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.startEditLabel = QLabel(EpisodeDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = QLineEdit(EpisodeDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endEditLabel = QLabel(EpisodeDialog)
        self.endEditLabel.setObjectName(u"endEditLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endEditLabel)

        self.endEdit = QLineEdit(EpisodeDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.endReasonComboLabel = QLabel(EpisodeDialog)
        self.endReasonComboLabel.setObjectName(u"endReasonComboLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endReasonComboLabel)

        self.endReasonCombo = QComboBox(EpisodeDialog)
        self.endReasonCombo.setObjectName(u"endReasonCombo")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endReasonCombo)


        self.mainLayout.addLayout(self.fields)

        self.pausesBox = QGroupBox(EpisodeDialog)
        self.pausesBox.setObjectName(u"pausesBox")
        self.pausesLayout = QVBoxLayout(self.pausesBox)
        self.pausesLayout.setObjectName(u"pausesLayout")
        self.pausesGrid = QGridLayout()
        self.pausesGrid.setObjectName(u"pausesGrid")
        self.pauseFromHeader = QLabel(self.pausesBox)
        self.pauseFromHeader.setObjectName(u"pauseFromHeader")

        self.pausesGrid.addWidget(self.pauseFromHeader, 0, 0, 1, 1)

        self.pauseToHeader = QLabel(self.pausesBox)
        self.pauseToHeader.setObjectName(u"pauseToHeader")

        self.pausesGrid.addWidget(self.pauseToHeader, 0, 1, 1, 1)

        self.pauseKindHeader = QLabel(self.pausesBox)
        self.pauseKindHeader.setObjectName(u"pauseKindHeader")

        self.pausesGrid.addWidget(self.pauseKindHeader, 0, 2, 1, 1)


        self.pausesLayout.addLayout(self.pausesGrid)

        self.noPausesLabel = QLabel(self.pausesBox)
        self.noPausesLabel.setObjectName(u"noPausesLabel")
        self.noPausesLabel.setProperty(u"tone", u"muted")

        self.pausesLayout.addWidget(self.noPausesLabel)

        self.pauseButtons = QHBoxLayout()
        self.pauseButtons.setObjectName(u"pauseButtons")
        self.addPauseButton = QPushButton(self.pausesBox)
        self.addPauseButton.setObjectName(u"addPauseButton")
        self.addPauseButton.setAutoDefault(False)

        self.pauseButtons.addWidget(self.addPauseButton)

        self.pauseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pauseButtons.addItem(self.pauseSpacer)


        self.pausesLayout.addLayout(self.pauseButtons)


        self.mainLayout.addWidget(self.pausesBox)

        self.problemLabel = QLabel(EpisodeDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setVisible(False)
        self.problemLabel.setProperty(u"tone", u"error")

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(EpisodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referralEditLabel.setBuddy(self.referralEdit)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.startEditLabel.setBuddy(self.startEdit)
        self.endEditLabel.setBuddy(self.endEdit)
        self.endReasonComboLabel.setBuddy(self.endReasonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referralEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.endReasonCombo)
        QWidget.setTabOrder(self.endReasonCombo, self.addPauseButton)
        QWidget.setTabOrder(self.addPauseButton, self.buttonBox)

        self.retranslateUi(EpisodeDialog)

        QMetaObject.connectSlotsByName(EpisodeDialog)
    # setupUi

    def retranslateUi(self, EpisodeDialog):
        EpisodeDialog.setWindowTitle(QCoreApplication.translate("EpisodeDialog", u"Forl\u00f8p", None))
        self.referralEditLabel.setText(QCoreApplication.translate("EpisodeDialog", u"&Henvist", None))
#if QT_CONFIG(accessibility)
        self.referralEdit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Henvisningsdato", None))
#endif // QT_CONFIG(accessibility)
        self.referralEdit.setPlaceholderText(QCoreApplication.translate("EpisodeDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5", None))
#if QT_CONFIG(tooltip)
        self.referralEdit.setToolTip(QCoreApplication.translate("EpisodeDialog", u"Datoen henvisningen kom inn. Ventetiden regnes fra denne datoen til f\u00f8rste direkte kontakt.", None))
#endif // QT_CONFIG(tooltip)
        self.sourceComboLabel.setText(QCoreApplication.translate("EpisodeDialog", u"Henvist &fra", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Henvist fra", None))
#endif // QT_CONFIG(accessibility)
        self.startEditLabel.setText(QCoreApplication.translate("EpisodeDialog", u"&Oppstart", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Oppstartsdato", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("EpisodeDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5 \u2013 tom til tjenesten er i gang", None))
        self.endEditLabel.setText(QCoreApplication.translate("EpisodeDialog", u"&Slutt", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Sluttdato", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setPlaceholderText(QCoreApplication.translate("EpisodeDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5 \u2013 tom mens forl\u00f8pet p\u00e5g\u00e5r", None))
        self.endReasonComboLabel.setText(QCoreApplication.translate("EpisodeDialog", u"Slutt\u00e5&rsak", None))
#if QT_CONFIG(accessibility)
        self.endReasonCombo.setAccessibleName(QCoreApplication.translate("EpisodeDialog", u"Slutt\u00e5rsak", None))
#endif // QT_CONFIG(accessibility)
        self.pausesBox.setTitle(QCoreApplication.translate("EpisodeDialog", u"Opphold i forl\u00f8pet", None))
#if QT_CONFIG(tooltip)
        self.pausesBox.setToolTip(QCoreApplication.translate("EpisodeDialog", u"Tidsrom da tjenesten hviler av en kjent grunn, for eksempel innleggelse eller intensiv trening et annet sted. Et opphold kan ogs\u00e5 ligge i ventetiden.", None))
#endif // QT_CONFIG(tooltip)
        self.pauseFromHeader.setText(QCoreApplication.translate("EpisodeDialog", u"Fra", None))
        self.pauseToHeader.setText(QCoreApplication.translate("EpisodeDialog", u"Til", None))
        self.pauseKindHeader.setText(QCoreApplication.translate("EpisodeDialog", u"Type", None))
        self.noPausesLabel.setText(QCoreApplication.translate("EpisodeDialog", u"Ingen opphold.", None))
        self.addPauseButton.setText(QCoreApplication.translate("EpisodeDialog", u"Legg til o&pphold", None))
        self.problemLabel.setText("")
    # retranslateUi

