# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_types.ui'
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

class Ui_TicketTypesWindow(object):
    def setupUi(self, TicketTypesWindow):
        if not TicketTypesWindow.objectName():
            TicketTypesWindow.setObjectName(u"TicketTypesWindow")
        TicketTypesWindow.resize(820, 460)
        self.mainLayout = QVBoxLayout(TicketTypesWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 10)
        self.headingLabel = QLabel(TicketTypesWindow)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.mainLayout.addWidget(self.headingLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(TicketTypesWindow)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(TicketTypesWindow)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.cargosButton = QPushButton(TicketTypesWindow)
        self.cargosButton.setObjectName(u"cargosButton")

        self.toolLayout.addWidget(self.cargosButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.inactiveCheck = QCheckBox(TicketTypesWindow)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.toolLayout.addWidget(self.inactiveCheck)

        self.refreshButton = QPushButton(TicketTypesWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.typesTable = QTableWidget(TicketTypesWindow)
        self.typesTable.setObjectName(u"typesTable")
        self.typesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.typesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.typesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.typesTable.setAlternatingRowColors(True)
        self.typesTable.setSortingEnabled(True)

        self.mainLayout.addWidget(self.typesTable)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(TicketTypesWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.busyBar = QProgressBar(TicketTypesWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusLabel = QLabel(TicketTypesWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.statusLayout)

        self.closeBox = QDialogButtonBox(TicketTypesWindow)
        self.closeBox.setObjectName(u"closeBox")
        self.closeBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.closeBox)

        QWidget.setTabOrder(self.typesTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.cargosButton)
        QWidget.setTabOrder(self.cargosButton, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.refreshButton)

        self.retranslateUi(TicketTypesWindow)

        QMetaObject.connectSlotsByName(TicketTypesWindow)
    # setupUi

    def retranslateUi(self, TicketTypesWindow):
        TicketTypesWindow.setWindowTitle(QCoreApplication.translate("TicketTypesWindow", u"Tipos de Atendimento", None))
        self.headingLabel.setText(QCoreApplication.translate("TicketTypesWindow", u"Tipos de atendimento", None))
        self.addButton.setText(QCoreApplication.translate("TicketTypesWindow", u"&Novo\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TicketTypesWindow", u"&Editar\u2026", None))
        self.cargosButton.setText(QCoreApplication.translate("TicketTypesWindow", u"&Cargos\u2026", None))
        self.inactiveCheck.setText(QCoreApplication.translate("TicketTypesWindow", u"Mostrar &inativos", None))
        self.refreshButton.setText(QCoreApplication.translate("TicketTypesWindow", u"A&tualizar", None))
    # retranslateUi

