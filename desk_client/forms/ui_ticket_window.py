# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_TicketWindow(object):
    def setupUi(self, TicketWindow):
        if not TicketWindow.objectName():
            TicketWindow.setObjectName(u"TicketWindow")
        TicketWindow.resize(1060, 700)
        self.mainLayout = QVBoxLayout(TicketWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.protocolLabel = QLabel(TicketWindow)
        self.protocolLabel.setObjectName(u"protocolLabel")
        self.protocolLabel.setStyleSheet(u"font-size: 20pt; font-weight: 700;")
        self.protocolLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.protocolLabel, 0, 0, 1, 2)

        self.slaLabel = QLabel(TicketWindow)
        self.slaLabel.setObjectName(u"slaLabel")
        self.slaLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.slaLabel, 0, 2, 1, 2)

        self.clientCaption = QLabel(TicketWindow)
        self.clientCaption.setObjectName(u"clientCaption")

        self.headerLayout.addWidget(self.clientCaption, 1, 0, 1, 1)

        self.clientLabel = QLabel(TicketWindow)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.clientLabel, 1, 1, 1, 1)

        self.typeCaption = QLabel(TicketWindow)
        self.typeCaption.setObjectName(u"typeCaption")

        self.headerLayout.addWidget(self.typeCaption, 2, 0, 1, 1)

        self.typeLabel = QLabel(TicketWindow)
        self.typeLabel.setObjectName(u"typeLabel")
        self.typeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.typeLabel, 2, 1, 1, 1)

        self.statusCaption = QLabel(TicketWindow)
        self.statusCaption.setObjectName(u"statusCaption")

        self.headerLayout.addWidget(self.statusCaption, 1, 2, 1, 1)

        self.statusLabel = QLabel(TicketWindow)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel, 1, 3, 1, 1)

        self.destinationCaption = QLabel(TicketWindow)
        self.destinationCaption.setObjectName(u"destinationCaption")

        self.headerLayout.addWidget(self.destinationCaption, 2, 2, 1, 1)

        self.destinationLabel = QLabel(TicketWindow)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.headerLayout.addWidget(self.destinationLabel, 2, 3, 1, 1)

        self.viewersLabel = QLabel(TicketWindow)
        self.viewersLabel.setObjectName(u"viewersLabel")
        self.viewersLabel.setStyleSheet(u"color: #b26a00; font-weight: 600;")

        self.headerLayout.addWidget(self.viewersLabel, 3, 0, 1, 4)


        self.mainLayout.addLayout(self.headerLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.forwardButton = QPushButton(TicketWindow)
        self.forwardButton.setObjectName(u"forwardButton")

        self.actionsLayout.addWidget(self.forwardButton)

        self.statusButton = QPushButton(TicketWindow)
        self.statusButton.setObjectName(u"statusButton")

        self.actionsLayout.addWidget(self.statusButton)

        self.pauseButton = QPushButton(TicketWindow)
        self.pauseButton.setObjectName(u"pauseButton")

        self.actionsLayout.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(TicketWindow)
        self.resumeButton.setObjectName(u"resumeButton")

        self.actionsLayout.addWidget(self.resumeButton)

        self.takeButton = QPushButton(TicketWindow)
        self.takeButton.setObjectName(u"takeButton")

        self.actionsLayout.addWidget(self.takeButton)

        self.commentButton = QPushButton(TicketWindow)
        self.commentButton.setObjectName(u"commentButton")

        self.actionsLayout.addWidget(self.commentButton)

        self.closeButton = QPushButton(TicketWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)

        self.cancelButton = QPushButton(TicketWindow)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionsLayout.addWidget(self.cancelButton)

        self.reopenButton = QPushButton(TicketWindow)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(TicketWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tabs = QTabWidget(TicketWindow)
        self.tabs.setObjectName(u"tabs")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataTabLayout = QVBoxLayout(self.dataTab)
        self.dataTabLayout.setObjectName(u"dataTabLayout")
        self.dataText = QTextBrowser(self.dataTab)
        self.dataText.setObjectName(u"dataText")

        self.dataTabLayout.addWidget(self.dataText)

        self.tabs.addTab(self.dataTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historySplitter = QSplitter(self.historyTab)
        self.historySplitter.setObjectName(u"historySplitter")
        self.historySplitter.setOrientation(Qt.Orientation.Vertical)
        self.historyTable = QTableView(self.historySplitter)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historySplitter.addWidget(self.historyTable)
        self.eventText = QTextBrowser(self.historySplitter)
        self.eventText.setObjectName(u"eventText")
        self.historySplitter.addWidget(self.eventText)

        self.historyTabLayout.addWidget(self.historySplitter)

        self.tabs.addTab(self.historyTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsTabLayout = QVBoxLayout(self.contactsTab)
        self.contactsTabLayout.setObjectName(u"contactsTabLayout")
        self.contactsTable = QTableView(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setAlternatingRowColors(True)

        self.contactsTabLayout.addWidget(self.contactsTable)

        self.tabs.addTab(self.contactsTab, "")
        self.linksTab = QWidget()
        self.linksTab.setObjectName(u"linksTab")
        self.linksTabLayout = QVBoxLayout(self.linksTab)
        self.linksTabLayout.setObjectName(u"linksTabLayout")
        self.linksLabel = QLabel(self.linksTab)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setWordWrap(True)

        self.linksTabLayout.addWidget(self.linksLabel)

        self.linksTable = QTableView(self.linksTab)
        self.linksTable.setObjectName(u"linksTable")
        self.linksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linksTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linksTable.setAlternatingRowColors(True)

        self.linksTabLayout.addWidget(self.linksTable)

        self.tabs.addTab(self.linksTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.attachmentsLabel = QLabel(self.attachmentsTab)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")
        self.attachmentsLabel.setWordWrap(True)

        self.attachmentsTabLayout.addWidget(self.attachmentsLabel)

        self.attachmentsTable = QTableView(self.attachmentsTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsTable.setAlternatingRowColors(True)

        self.attachmentsTabLayout.addWidget(self.attachmentsTable)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(TicketWindow)

        QMetaObject.connectSlotsByName(TicketWindow)
    # setupUi

    def retranslateUi(self, TicketWindow):
        TicketWindow.setWindowTitle(QCoreApplication.translate("TicketWindow", u"Atendimento", None))
        self.clientCaption.setText(QCoreApplication.translate("TicketWindow", u"Cliente:", None))
        self.typeCaption.setText(QCoreApplication.translate("TicketWindow", u"Tipo:", None))
        self.statusCaption.setText(QCoreApplication.translate("TicketWindow", u"Situa\u00e7\u00e3o:", None))
        self.destinationCaption.setText(QCoreApplication.translate("TicketWindow", u"Destino:", None))
        self.forwardButton.setText(QCoreApplication.translate("TicketWindow", u"&Encaminhar\u2026", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("TicketWindow", u"M&udar status\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+M", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("TicketWindow", u"&Pausar\u2026", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
        self.resumeButton.setText(QCoreApplication.translate("TicketWindow", u"Re&tomar", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+Shift+P", None))
#endif // QT_CONFIG(tooltip)
        self.takeButton.setText(QCoreApplication.translate("TicketWindow", u"A&ssumir", None))
#if QT_CONFIG(tooltip)
        self.takeButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(tooltip)
        self.commentButton.setText(QCoreApplication.translate("TicketWindow", u"Co&ment\u00e1rio\u2026", None))
#if QT_CONFIG(tooltip)
        self.commentButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("TicketWindow", u"&Fechar atendimento\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+Shift+F", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("TicketWindow", u"Cance&lar\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+Shift+X", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("TicketWindow", u"&Reabrir\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("TicketWindow", u"Ctrl+Shift+R", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("TicketWindow", u"&Dados", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("TicketWindow", u"&Hist\u00f3rico", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("TicketWindow", u"C&ontatos", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linksTab), QCoreApplication.translate("TicketWindow", u"&V\u00ednculos", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("TicketWindow", u"A&nexos", None))
    # retranslateUi

