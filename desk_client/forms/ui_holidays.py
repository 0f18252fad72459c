# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays.ui'
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

class Ui_HolidaysWindow(object):
    def setupUi(self, HolidaysWindow):
        if not HolidaysWindow.objectName():
            HolidaysWindow.setObjectName(u"HolidaysWindow")
        HolidaysWindow.resize(640, 460)
        self.mainLayout = QVBoxLayout(HolidaysWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 10)
        self.headingLabel = QLabel(HolidaysWindow)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.mainLayout.addWidget(self.headingLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(HolidaysWindow)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(HolidaysWindow)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.inactiveCheck = QCheckBox(HolidaysWindow)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.toolLayout.addWidget(self.inactiveCheck)

        self.refreshButton = QPushButton(HolidaysWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.holidaysTable = QTableWidget(HolidaysWindow)
        self.holidaysTable.setObjectName(u"holidaysTable")
        self.holidaysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidaysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holidaysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidaysTable.setAlternatingRowColors(True)
        self.holidaysTable.setSortingEnabled(True)

        self.mainLayout.addWidget(self.holidaysTable)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(HolidaysWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.busyBar = QProgressBar(HolidaysWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusLabel = QLabel(HolidaysWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.statusLayout)

        self.closeBox = QDialogButtonBox(HolidaysWindow)
        self.closeBox.setObjectName(u"closeBox")
        self.closeBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.closeBox)

        QWidget.setTabOrder(self.holidaysTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.refreshButton)

        self.retranslateUi(HolidaysWindow)

        QMetaObject.connectSlotsByName(HolidaysWindow)
    # setupUi

    def retranslateUi(self, HolidaysWindow):
        HolidaysWindow.setWindowTitle(QCoreApplication.translate("HolidaysWindow", u"Feriados municipais", None))
        self.headingLabel.setText(QCoreApplication.translate("HolidaysWindow", u"Feriados municipais", None))
        self.addButton.setText(QCoreApplication.translate("HolidaysWindow", u"&Novo\u2026", None))
        self.editButton.setText(QCoreApplication.translate("HolidaysWindow", u"&Editar\u2026", None))
        self.inactiveCheck.setText(QCoreApplication.translate("HolidaysWindow", u"Mostrar &inativos", None))
        self.refreshButton.setText(QCoreApplication.translate("HolidaysWindow", u"A&tualizar", None))
    # retranslateUi

