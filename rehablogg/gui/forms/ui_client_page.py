# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_page.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClientPage(object):
    def setupUi(self, ClientPage):
        if not ClientPage.objectName():
            ClientPage.setObjectName(u"ClientPage")
        ClientPage.resize(820, 640)
        self.mainLayout = QVBoxLayout(ClientPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ClientPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.titleLabel)

        self.reminderLabel = QLabel(ClientPage)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)
        self.reminderLabel.setVisible(False)

        self.mainLayout.addWidget(self.reminderLabel)

        self.tabs = QTabWidget(ClientPage)
        self.tabs.setObjectName(u"tabs")
        self.timeTab = QWidget()
        self.timeTab.setObjectName(u"timeTab")
        self.timeLayout = QVBoxLayout(self.timeTab)
        self.timeLayout.setObjectName(u"timeLayout")
        self.monthsLabel = QLabel(self.timeTab)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.timeLayout.addWidget(self.monthsLabel)

        self.monthsTable = QTableView(self.timeTab)
        self.monthsTable.setObjectName(u"monthsTable")
        self.monthsTable.setTabKeyNavigation(False)

        self.timeLayout.addWidget(self.monthsTable)

        self.entriesLabel = QLabel(self.timeTab)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.timeLayout.addWidget(self.entriesLabel)

        self.entriesTable = QTableView(self.timeTab)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setTabKeyNavigation(False)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.timeLayout.addWidget(self.entriesTable)

        self.tabs.addTab(self.timeTab, "")
        self.pathwayTab = QWidget()
        self.pathwayTab.setObjectName(u"pathwayTab")
        self.pathwayLayout = QVBoxLayout(self.pathwayTab)
        self.pathwayLayout.setObjectName(u"pathwayLayout")
        self.episodesLabel = QLabel(self.pathwayTab)
        self.episodesLabel.setObjectName(u"episodesLabel")

        self.pathwayLayout.addWidget(self.episodesLabel)

        self.episodesTable = QTableView(self.pathwayTab)
        self.episodesTable.setObjectName(u"episodesTable")
        self.episodesTable.setTabKeyNavigation(False)
        self.episodesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.episodesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pathwayLayout.addWidget(self.episodesTable)

        self.episodeButtons = QHBoxLayout()
        self.episodeButtons.setObjectName(u"episodeButtons")
        self.newEpisodeButton = QPushButton(self.pathwayTab)
        self.newEpisodeButton.setObjectName(u"newEpisodeButton")
        self.newEpisodeButton.setAutoDefault(False)

        self.episodeButtons.addWidget(self.newEpisodeButton)

        self.editEpisodeButton = QPushButton(self.pathwayTab)
        self.editEpisodeButton.setObjectName(u"editEpisodeButton")
        self.editEpisodeButton.setAutoDefault(False)

        self.episodeButtons.addWidget(self.editEpisodeButton)

        self.deleteEpisodeButton = QPushButton(self.pathwayTab)
        self.deleteEpisodeButton.setObjectName(u"deleteEpisodeButton")
        self.deleteEpisodeButton.setAutoDefault(False)

        self.episodeButtons.addWidget(self.deleteEpisodeButton)

        self.episodeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.episodeButtons.addItem(self.episodeSpacer)


        self.pathwayLayout.addLayout(self.episodeButtons)

        self.needsLabel = QLabel(self.pathwayTab)
        self.needsLabel.setObjectName(u"needsLabel")

        self.pathwayLayout.addWidget(self.needsLabel)

        self.needsTable = QTableView(self.pathwayTab)
        self.needsTable.setObjectName(u"needsTable")
        self.needsTable.setTabKeyNavigation(False)
        self.needsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.pathwayLayout.addWidget(self.needsTable)

        self.needsButtons = QHBoxLayout()
        self.needsButtons.setObjectName(u"needsButtons")
        self.newNeedsButton = QPushButton(self.pathwayTab)
        self.newNeedsButton.setObjectName(u"newNeedsButton")
        self.newNeedsButton.setAutoDefault(False)

        self.needsButtons.addWidget(self.newNeedsButton)

        self.editNeedsButton = QPushButton(self.pathwayTab)
        self.editNeedsButton.setObjectName(u"editNeedsButton")
        self.editNeedsButton.setAutoDefault(False)

        self.needsButtons.addWidget(self.editNeedsButton)

        self.deleteNeedsButton = QPushButton(self.pathwayTab)
        self.deleteNeedsButton.setObjectName(u"deleteNeedsButton")
        self.deleteNeedsButton.setAutoDefault(False)

        self.needsButtons.addWidget(self.deleteNeedsButton)

        self.needsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needsButtons.addItem(self.needsSpacer)


        self.pathwayLayout.addLayout(self.needsButtons)

        self.needsRuleLabel = QLabel(self.pathwayTab)
        self.needsRuleLabel.setObjectName(u"needsRuleLabel")
        self.needsRuleLabel.setWordWrap(True)
        self.needsRuleLabel.setProperty(u"tone", u"muted")

        self.pathwayLayout.addWidget(self.needsRuleLabel)

        self.tabs.addTab(self.pathwayTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(ClientPage)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsTable)
        self.entriesLabel.setBuddy(self.entriesTable)
        self.episodesLabel.setBuddy(self.episodesTable)
        self.needsLabel.setBuddy(self.needsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.monthsTable)
        QWidget.setTabOrder(self.monthsTable, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.episodesTable)
        QWidget.setTabOrder(self.episodesTable, self.newEpisodeButton)
        QWidget.setTabOrder(self.newEpisodeButton, self.editEpisodeButton)
        QWidget.setTabOrder(self.editEpisodeButton, self.deleteEpisodeButton)
        QWidget.setTabOrder(self.deleteEpisodeButton, self.needsTable)
        QWidget.setTabOrder(self.needsTable, self.newNeedsButton)
        QWidget.setTabOrder(self.newNeedsButton, self.editNeedsButton)
        QWidget.setTabOrder(self.editNeedsButton, self.deleteNeedsButton)
        QWidget.setTabOrder(self.deleteNeedsButton, self.buttonBox)

        self.retranslateUi(ClientPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientPage)
    # setupUi

    def retranslateUi(self, ClientPage):
        ClientPage.setWindowTitle(QCoreApplication.translate("ClientPage", u"Brukerside", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"Bruker", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText("")
        self.reminderLabel.setText("")
#if QT_CONFIG(accessibility)
        self.reminderLabel.setAccessibleName(QCoreApplication.translate("ClientPage", u"P\u00e5minnelse", None))
#endif // QT_CONFIG(accessibility)
        self.monthsLabel.setText(QCoreApplication.translate("ClientPage", u"Tid per m\u00e5ned og kategori", None))
#if QT_CONFIG(accessibility)
        self.monthsTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Tid per m\u00e5ned og kategori", None))
#endif // QT_CONFIG(accessibility)
        self.entriesLabel.setText(QCoreApplication.translate("ClientPage", u"Registreringer", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Registreringer for brukeren", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timeTab), QCoreApplication.translate("ClientPage", u"&Tid og registreringer", None))
        self.episodesLabel.setText(QCoreApplication.translate("ClientPage", u"Fo&rl\u00f8p", None))
#if QT_CONFIG(tooltip)
        self.episodesLabel.setToolTip(QCoreApplication.translate("ClientPage", u"Hvert forl\u00f8p g\u00e5r fra henvisningen til slutten. Ventetiden er dagene fra henvisningen til f\u00f8rste direkte kontakt som er registrert.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.episodesTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Forl\u00f8p for brukeren", None))
#endif // QT_CONFIG(accessibility)
        self.newEpisodeButton.setText(QCoreApplication.translate("ClientPage", u"&Nytt forl\u00f8p \u2026", None))
#if QT_CONFIG(accessibility)
        self.newEpisodeButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Nytt forl\u00f8p", None))
#endif // QT_CONFIG(accessibility)
        self.editEpisodeButton.setText(QCoreApplication.translate("ClientPage", u"&Endre forl\u00f8p \u2026", None))
#if QT_CONFIG(accessibility)
        self.editEpisodeButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Endre valgt forl\u00f8p", None))
#endif // QT_CONFIG(accessibility)
        self.deleteEpisodeButton.setText(QCoreApplication.translate("ClientPage", u"Slett forl\u00f8p \u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteEpisodeButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Slett valgt forl\u00f8p", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("ClientPage", u"&Behov fremover", None))
#if QT_CONFIG(tooltip)
        self.needsLabel.setToolTip(QCoreApplication.translate("ClientPage", u"Behov fremover vurderes for barn og unge: brukere som fyller under 26 \u00e5r i \u00e5r (regnet fra f\u00f8dsels\u00e5ret).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.needsTable.setAccessibleName(QCoreApplication.translate("ClientPage", u"Behovsvurderinger, nyeste f\u00f8rst", None))
#endif // QT_CONFIG(accessibility)
        self.newNeedsButton.setText(QCoreApplication.translate("ClientPage", u"&Vurder behov \u2026", None))
#if QT_CONFIG(accessibility)
        self.newNeedsButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Ny behovsvurdering", None))
#endif // QT_CONFIG(accessibility)
        self.editNeedsButton.setText(QCoreApplication.translate("ClientPage", u"Endre v&urdering \u2026", None))
#if QT_CONFIG(accessibility)
        self.editNeedsButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Endre valgt behovsvurdering", None))
#endif // QT_CONFIG(accessibility)
        self.deleteNeedsButton.setText(QCoreApplication.translate("ClientPage", u"Slett vurdering \u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteNeedsButton.setAccessibleName(QCoreApplication.translate("ClientPage", u"Slett valgt behovsvurdering", None))
#endif // QT_CONFIG(accessibility)
        self.needsRuleLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.pathwayTab), QCoreApplication.translate("ClientPage", u"&Forl\u00f8p og behov", None))
    # retranslateUi

