# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_statuses.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TicketStatusesWindow(object):
    def setupUi(self, TicketStatusesWindow):
        if not TicketStatusesWindow.objectName():
            TicketStatusesWindow.setObjectName(u"TicketStatusesWindow")
        TicketStatusesWindow.resize(760, 480)
        self.mainLayout = QVBoxLayout(TicketStatusesWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 10)
        self.headingLabel = QLabel(TicketStatusesWindow)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.mainLayout.addWidget(self.headingLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(TicketStatusesWindow)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(TicketStatusesWindow)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.inactiveCheck = QCheckBox(TicketStatusesWindow)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.toolLayout.addWidget(self.inactiveCheck)

        self.refreshButton = QPushButton(TicketStatusesWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.statusesTable = QTableWidget(TicketStatusesWindow)
        self.statusesTable.setObjectName(u"statusesTable")
        self.statusesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statusesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statusesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statusesTable.setAlternatingRowColors(True)
        self.statusesTable.setSortingEnabled(True)

        self.mainLayout.addWidget(self.statusesTable)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(TicketStatusesWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.busyBar = QProgressBar(TicketStatusesWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusLabel = QLabel(TicketStatusesWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.statusLayout)

        self.closeBox = QDialogButtonBox(TicketStatusesWindow)
        self.closeBox.setObjectName(u"closeBox")
        self.closeBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.closeBox)

        QWidget.setTabOrder(self.statusesTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.refreshButton)

        self.retranslateUi(TicketStatusesWindow)

        QMetaObject.connectSlotsByName(TicketStatusesWindow)
    # setupUi

    def retranslateUi(self, TicketStatusesWindow):
        TicketStatusesWindow.setWindowTitle(QCoreApplication.translate("TicketStatusesWindow", u"Status de atendimento", None))
        self.headingLabel.setText(QCoreApplication.translate("TicketStatusesWindow", u"Status de atendimento", None))
        self.addButton.setText(QCoreApplication.translate("TicketStatusesWindow", u"&Novo\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TicketStatusesWindow", u"&Editar\u2026", None))
        self.inactiveCheck.setText(QCoreApplication.translate("TicketStatusesWindow", u"Mostrar &inativos", None))
        self.refreshButton.setText(QCoreApplication.translate("TicketStatusesWindow", u"A&tualizar", None))
    # retranslateUi

