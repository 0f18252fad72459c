# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'routers_window.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RoutersWindow(object):
    def setupUi(self, RoutersWindow):
        if not RoutersWindow.objectName():
            RoutersWindow.setObjectName(u"RoutersWindow")
        RoutersWindow.resize(980, 460)
        self.mainLayout = QVBoxLayout(RoutersWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RoutersWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(RoutersWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.headerLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.routersTable = QTableWidget(RoutersWindow)
        self.routersTable.setObjectName(u"routersTable")
        self.routersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routersTable.setAlternatingRowColors(True)
        self.routersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.routersTable.setSortingEnabled(True)
        self.routersTable.setWordWrap(False)

        self.mainLayout.addWidget(self.routersTable)

        self.messageLabel = QLabel(RoutersWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(RoutersWindow)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RoutersWindow)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.testButton = QPushButton(RoutersWindow)
        self.testButton.setObjectName(u"testButton")

        self.buttonsLayout.addWidget(self.testButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.refreshButton = QPushButton(RoutersWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonsLayout.addWidget(self.refreshButton)

        self.closeButton = QPushButton(RoutersWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.routersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.testButton)
        QWidget.setTabOrder(self.testButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.closeButton)

        self.retranslateUi(RoutersWindow)

        QMetaObject.connectSlotsByName(RoutersWindow)
    # setupUi

    def retranslateUi(self, RoutersWindow):
        RoutersWindow.setWindowTitle(QCoreApplication.translate("RoutersWindow", u"Roteadores \u2014 ISP Desk", None))
        self.titleLabel.setText(QCoreApplication.translate("RoutersWindow", u"Roteadores (concentradores MikroTik)", None))
        self.countLabel.setText("")
        self.messageLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("RoutersWindow", u"&Adicionar\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RoutersWindow", u"&Editar\u2026", None))
#if QT_CONFIG(tooltip)
        self.testButton.setToolTip(QCoreApplication.translate("RoutersWindow", u"Conecta agora ao roteador selecionado e mostra identidade, vers\u00e3o e lat\u00eancia", None))
#endif // QT_CONFIG(tooltip)
        self.testButton.setText(QCoreApplication.translate("RoutersWindow", u"&Testar conex\u00e3o", None))
        self.refreshButton.setText(QCoreApplication.translate("RoutersWindow", u"Atuali&zar", None))
        self.closeButton.setText(QCoreApplication.translate("RoutersWindow", u"&Fechar", None))
    # retranslateUi

