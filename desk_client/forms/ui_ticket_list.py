# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TicketList(object):
    def setupUi(self, TicketList):
        if not TicketList.objectName():
            TicketList.setObjectName(u"TicketList")
        TicketList.resize(900, 400)
        self.listLayout = QVBoxLayout(TicketList)
        self.listLayout.setSpacing(4)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.ticketsTable = QTableView(TicketList)
        self.ticketsTable.setObjectName(u"ticketsTable")
        self.ticketsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticketsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticketsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticketsTable.setAlternatingRowColors(True)
        self.ticketsTable.setTabKeyNavigation(False)

        self.listLayout.addWidget(self.ticketsTable)

        self.pagerLayout = QHBoxLayout()
        self.pagerLayout.setObjectName(u"pagerLayout")
        self.countLabel = QLabel(TicketList)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.pagerLayout.addWidget(self.countLabel)

        self.pagerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pagerLayout.addItem(self.pagerSpacer)

        self.prevButton = QPushButton(TicketList)
        self.prevButton.setObjectName(u"prevButton")

        self.pagerLayout.addWidget(self.prevButton)

        self.nextButton = QPushButton(TicketList)
        self.nextButton.setObjectName(u"nextButton")

        self.pagerLayout.addWidget(self.nextButton)


        self.listLayout.addLayout(self.pagerLayout)


        self.retranslateUi(TicketList)

        QMetaObject.connectSlotsByName(TicketList)
    # setupUi

    def retranslateUi(self, TicketList):
        self.prevButton.setText(QCoreApplication.translate("TicketList", u"< A&nterior", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("TicketList", u"P\u00e1gina anterior (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("TicketList", u"&Pr\u00f3xima >", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TicketList", u"Pr\u00f3xima p\u00e1gina (Alt+P)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

