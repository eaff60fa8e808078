# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workbench.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_WorkbenchWindow(object):
    def setupUi(self, WorkbenchWindow):
        if not WorkbenchWindow.objectName():
            WorkbenchWindow.setObjectName(u"WorkbenchWindow")
        WorkbenchWindow.resize(1040, 760)
        self.centralwidget = QWidget(WorkbenchWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.mainLayout = QVBoxLayout(self.centralwidget)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(self.centralwidget)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.collectionBox = QGroupBox(self.centralwidget)
        self.collectionBox.setObjectName(u"collectionBox")
        self.collectionGrid = QGridLayout(self.collectionBox)
        self.collectionGrid.setObjectName(u"collectionGrid")
        self.collectionLabel = QLabel(self.collectionBox)
        self.collectionLabel.setObjectName(u"collectionLabel")

        self.collectionGrid.addWidget(self.collectionLabel, 0, 0, 1, 1)

        self.collectionEdit = QLineEdit(self.collectionBox)
        self.collectionEdit.setObjectName(u"collectionEdit")

        self.collectionGrid.addWidget(self.collectionEdit, 0, 1, 1, 1)

        self.collectionButton = QPushButton(self.collectionBox)
        self.collectionButton.setObjectName(u"collectionButton")

        self.collectionGrid.addWidget(self.collectionButton, 0, 2, 1, 1)

        self.summaryLabel = QLabel(self.collectionBox)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.collectionGrid.addWidget(self.summaryLabel, 1, 0, 1, 1)

        self.summaryEdit = QLineEdit(self.collectionBox)
        self.summaryEdit.setObjectName(u"summaryEdit")

        self.collectionGrid.addWidget(self.summaryEdit, 1, 1, 1, 1)

        self.summaryButton = QPushButton(self.collectionBox)
        self.summaryButton.setObjectName(u"summaryButton")

        self.collectionGrid.addWidget(self.summaryButton, 1, 2, 1, 1)

        self.tariffLabel = QLabel(self.collectionBox)
        self.tariffLabel.setObjectName(u"tariffLabel")

        self.collectionGrid.addWidget(self.tariffLabel, 2, 0, 1, 1)

        self.tariffEdit = QLineEdit(self.collectionBox)
        self.tariffEdit.setObjectName(u"tariffEdit")
        self.tariffEdit.setReadOnly(True)

        self.collectionGrid.addWidget(self.tariffEdit, 2, 1, 1, 1)

        self.tariffButtons = QHBoxLayout()
        self.tariffButtons.setObjectName(u"tariffButtons")
        self.tariffButton = QPushButton(self.collectionBox)
        self.tariffButton.setObjectName(u"tariffButton")

        self.tariffButtons.addWidget(self.tariffButton)

        self.tariffClearButton = QPushButton(self.collectionBox)
        self.tariffClearButton.setObjectName(u"tariffClearButton")

        self.tariffButtons.addWidget(self.tariffClearButton)


        self.collectionGrid.addLayout(self.tariffButtons, 2, 2, 1, 1)


        self.mainLayout.addWidget(self.collectionBox)

        self.inputBox = QGroupBox(self.centralwidget)
        self.inputBox.setObjectName(u"inputBox")
        self.inputLayout = QVBoxLayout(self.inputBox)
        self.inputLayout.setObjectName(u"inputLayout")
        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.inputList = QListWidget(self.inputBox)
        self.inputList.setObjectName(u"inputList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.inputList.sizePolicy().hasHeightForWidth())
        self.inputList.setSizePolicy(sizePolicy)
        self.inputList.setMaximumSize(QSize(16777215, 96))
        self.inputList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.inputRow.addWidget(self.inputList)

        self.inputButtons = QVBoxLayout()
        self.inputButtons.setObjectName(u"inputButtons")
        self.addFolderButton = QPushButton(self.inputBox)
        self.addFolderButton.setObjectName(u"addFolderButton")

        self.inputButtons.addWidget(self.addFolderButton)

        self.addFilesButton = QPushButton(self.inputBox)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.inputButtons.addWidget(self.addFilesButton)

        self.removeInputButton = QPushButton(self.inputBox)
        self.removeInputButton.setObjectName(u"removeInputButton")

        self.inputButtons.addWidget(self.removeInputButton)

        self.inputButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inputButtons.addItem(self.inputButtonsSpacer)


        self.inputRow.addLayout(self.inputButtons)


        self.inputLayout.addLayout(self.inputRow)

        self.pilotHintLabel = QLabel(self.inputBox)
        self.pilotHintLabel.setObjectName(u"pilotHintLabel")
        self.pilotHintLabel.setWordWrap(True)

        self.inputLayout.addWidget(self.pilotHintLabel)


        self.mainLayout.addWidget(self.inputBox)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.runButton = QPushButton(self.centralwidget)
        self.runButton.setObjectName(u"runButton")

        self.runRow.addWidget(self.runButton)

        self.progressBar = QProgressBar(self.centralwidget)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setFormat(u"")

        self.runRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.centralwidget)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.runRow.addWidget(self.cancelButton)

        self.openSummaryButton = QPushButton(self.centralwidget)
        self.openSummaryButton.setObjectName(u"openSummaryButton")
        self.openSummaryButton.setEnabled(False)

        self.runRow.addWidget(self.openSummaryButton)


        self.mainLayout.addLayout(self.runRow)

        self.messageLabel = QLabel(self.centralwidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.reportTabs = QTabWidget(self.centralwidget)
        self.reportTabs.setObjectName(u"reportTabs")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.countsRow = QHBoxLayout()
        self.countsRow.setObjectName(u"countsRow")
        self.countsLabel = QLabel(self.filesTab)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.countsRow.addWidget(self.countsLabel)

        self.statusFilterLabel = QLabel(self.filesTab)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.countsRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.filesTab)
        self.statusFilter.setObjectName(u"statusFilter")

        self.countsRow.addWidget(self.statusFilter)

        self.countsRow.setStretch(0, 1)

        self.filesLayout.addLayout(self.countsRow)

        self.reportTable = QTableView(self.filesTab)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setTabKeyNavigation(False)
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setSortingEnabled(True)
        self.reportTable.setWordWrap(False)

        self.filesLayout.addWidget(self.reportTable)

        self.reportTabs.addTab(self.filesTab, "")
        self.missingTab = QWidget()
        self.missingTab.setObjectName(u"missingTab")
        self.missingLayout = QVBoxLayout(self.missingTab)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingLabel = QLabel(self.missingTab)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.missingLayout.addWidget(self.missingLabel)

        self.missingTable = QTableView(self.missingTab)
        self.missingTable.setObjectName(u"missingTable")
        self.missingTable.setTabKeyNavigation(False)
        self.missingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingTable.setSortingEnabled(True)

        self.missingLayout.addWidget(self.missingTable)

        self.reportTabs.addTab(self.missingTab, "")

        self.mainLayout.addWidget(self.reportTabs)

        self.mainLayout.setStretch(5, 1)
        WorkbenchWindow.setCentralWidget(self.centralwidget)
#if QT_CONFIG(shortcut)
        self.collectionLabel.setBuddy(self.collectionEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.statusFilterLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.collectionEdit, self.collectionButton)
        QWidget.setTabOrder(self.collectionButton, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.tariffButton)
        QWidget.setTabOrder(self.tariffButton, self.tariffClearButton)
        QWidget.setTabOrder(self.tariffClearButton, self.inputList)
        QWidget.setTabOrder(self.inputList, self.addFolderButton)
        QWidget.setTabOrder(self.addFolderButton, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.removeInputButton)
        QWidget.setTabOrder(self.removeInputButton, self.runButton)
        QWidget.setTabOrder(self.runButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.openSummaryButton)
        QWidget.setTabOrder(self.openSummaryButton, self.reportTabs)
        QWidget.setTabOrder(self.reportTabs, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.reportTable)
        QWidget.setTabOrder(self.reportTable, self.missingTable)

        self.retranslateUi(WorkbenchWindow)

        self.runButton.setDefault(True)
        self.reportTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkbenchWindow)
    # setupUi

    def retranslateUi(self, WorkbenchWindow):
        WorkbenchWindow.setWindowTitle(QCoreApplication.translate("WorkbenchWindow", u"Arbeidsbenk for pilotleder", None))
        self.introLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Samle innleverte m\u00e5nedsfiler i en samling, se hva som ble godtatt og hvorfor, og skriv sammendraget. Samme fil kan legges til flere ganger; samlingen endres bare av nye filer.", None))
        self.collectionBox.setTitle(QCoreApplication.translate("WorkbenchWindow", u"Samling og sammendrag", None))
        self.collectionLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Samlings&fil:", None))
#if QT_CONFIG(accessibility)
        self.collectionEdit.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Samlingsfil", None))
#endif // QT_CONFIG(accessibility)
        self.collectionEdit.setPlaceholderText(QCoreApplication.translate("WorkbenchWindow", u"samlingen (.sqlite3) \u2013 en ny lages om filen ikke finnes", None))
#if QT_CONFIG(accessibility)
        self.collectionButton.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Velg samlingsfil", None))
#endif // QT_CONFIG(accessibility)
        self.collectionButton.setText(QCoreApplication.translate("WorkbenchWindow", u"&Velg \u2026", None))
        self.summaryLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Sammen&drag:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Sammendrag", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("WorkbenchWindow", u"arbeidsboken som skrives (.xlsx), som standard ved siden av samlingen", None))
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Velg sammendrag", None))
#endif // QT_CONFIG(accessibility)
        self.summaryButton.setText(QCoreApplication.translate("WorkbenchWindow", u"V&elg \u2026", None))
        self.tariffLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Takstfil:", None))
#if QT_CONFIG(accessibility)
        self.tariffEdit.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Takstfil", None))
#endif // QT_CONFIG(accessibility)
        self.tariffEdit.setPlaceholderText(QCoreApplication.translate("WorkbenchWindow", u"ingen (valgfri: takstmodeller \u00e5 sammenligne)", None))
        self.tariffButton.setText(QCoreApplication.translate("WorkbenchWindow", u"Velg &takstfil \u2026", None))
#if QT_CONFIG(accessibility)
        self.tariffClearButton.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Fjern takstfilen", None))
#endif // QT_CONFIG(accessibility)
        self.tariffClearButton.setText(QCoreApplication.translate("WorkbenchWindow", u"Fjern", None))
        self.inputBox.setTitle(QCoreApplication.translate("WorkbenchWindow", u"Filer og mapper som skal samles", None))
#if QT_CONFIG(accessibility)
        self.inputList.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Filer og mapper som skal samles", None))
#endif // QT_CONFIG(accessibility)
        self.addFolderButton.setText(QCoreApplication.translate("WorkbenchWindow", u"Legg til &mappe \u2026", None))
        self.addFilesButton.setText(QCoreApplication.translate("WorkbenchWindow", u"Legg til fi&ler \u2026", None))
#if QT_CONFIG(accessibility)
        self.removeInputButton.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Fjern valgte filer og mapper", None))
#endif // QT_CONFIG(accessibility)
        self.removeInputButton.setText(QCoreApplication.translate("WorkbenchWindow", u"Fje&rn fra listen", None))
        self.pilotHintLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Ligger pilotfilen (pilot.toml) blant filene, sjekkes hver innlevering mot terapeutlisten, og listen over manglende leveringer lages.", None))
        self.runButton.setText(QCoreApplication.translate("WorkbenchWindow", u"&Samle", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Fremdrift", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("WorkbenchWindow", u"&Avbryt", None))
        self.openSummaryButton.setText(QCoreApplication.translate("WorkbenchWindow", u"\u00c5&pne sammendraget", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countsLabel.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Antall per status", None))
#endif // QT_CONFIG(accessibility)
        self.countsLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Ingen filer er samlet enn\u00e5.", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"V&is:", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Vis filer med status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportTable.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Filene i samlingen", None))
#endif // QT_CONFIG(accessibility)
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.filesTab), QCoreApplication.translate("WorkbenchWindow", u"Fil for fil", None))
#if QT_CONFIG(accessibility)
        self.missingLabel.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Om manglende leveringer", None))
#endif // QT_CONFIG(accessibility)
        self.missingLabel.setText(QCoreApplication.translate("WorkbenchWindow", u"Ingen filer er samlet enn\u00e5.", None))
#if QT_CONFIG(accessibility)
        self.missingTable.setAccessibleName(QCoreApplication.translate("WorkbenchWindow", u"Manglende leveringer", None))
#endif // QT_CONFIG(accessibility)
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.missingTab), QCoreApplication.translate("WorkbenchWindow", u"Mangler", None))
    # retranslateUi

