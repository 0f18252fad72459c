# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_contract_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHeaderView, QLabel, QScrollArea, QSizePolicy,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ContractPanel(object):
    def setupUi(self, ContractPanel):
        if not ContractPanel.objectName():
            ContractPanel.setObjectName(u"ContractPanel")
        ContractPanel.resize(520, 420)
        self.mainLayout = QVBoxLayout(ContractPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(ContractPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.tabs = QTabWidget(ContractPanel)
        self.tabs.setObjectName(u"tabs")
        self.detailsPage = QWidget()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsForm = QFormLayout(self.detailsPage)
        self.detailsForm.setObjectName(u"detailsForm")
        self.tabs.addTab(self.detailsPage, "")
        self.eventsPage = QWidget()
        self.eventsPage.setObjectName(u"eventsPage")
        self.eventsLayout = QVBoxLayout(self.eventsPage)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventsTable = QTableView(self.eventsPage)
        self.eventsTable.setObjectName(u"eventsTable")

        self.eventsLayout.addWidget(self.eventsTable)

        self.tabs.addTab(self.eventsPage, "")
        self.servicesPage = QWidget()
        self.servicesPage.setObjectName(u"servicesPage")
        self.servicesLayout = QVBoxLayout(self.servicesPage)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.servicesTable = QTableView(self.servicesPage)
        self.servicesTable.setObjectName(u"servicesTable")

        self.servicesLayout.addWidget(self.servicesTable)

        self.tabs.addTab(self.servicesPage, "")
        self.connectionPage = QWidget()
        self.connectionPage.setObjectName(u"connectionPage")
        self.connectionOuterLayout = QVBoxLayout(self.connectionPage)
        self.connectionOuterLayout.setObjectName(u"connectionOuterLayout")
        self.connectionScroll = QScrollArea(self.connectionPage)
        self.connectionScroll.setObjectName(u"connectionScroll")
        self.connectionScroll.setWidgetResizable(True)
        self.connectionScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.connectionBody = QWidget()
        self.connectionBody.setObjectName(u"connectionBody")
        self.connectionGrid = QGridLayout(self.connectionBody)
        self.connectionGrid.setObjectName(u"connectionGrid")
        self.connectionScroll.setWidget(self.connectionBody)

        self.connectionOuterLayout.addWidget(self.connectionScroll)

        self.tabs.addTab(self.connectionPage, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(ContractPanel)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ContractPanel)
    # setupUi

    def retranslateUi(self, ContractPanel):
        self.tabs.setTabText(self.tabs.indexOf(self.detailsPage), QCoreApplication.translate("ContractPanel", u"D&etalhes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eventsPage), QCoreApplication.translate("ContractPanel", u"E&ventos", None))
        self.tabs.setTabText(self.tabs.indexOf(self.servicesPage), QCoreApplication.translate("ContractPanel", u"&Servi\u00e7os", None))
        self.tabs.setTabText(self.tabs.indexOf(self.connectionPage), QCoreApplication.translate("ContractPanel", u"Cone&x\u00e3o", None))
        pass
    # retranslateUi

