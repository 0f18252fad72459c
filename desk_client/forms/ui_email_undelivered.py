# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_undelivered.ui'
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

class Ui_EmailUndeliveredWindow(object):
    def setupUi(self, EmailUndeliveredWindow):
        if not EmailUndeliveredWindow.objectName():
            EmailUndeliveredWindow.setObjectName(u"EmailUndeliveredWindow")
        EmailUndeliveredWindow.resize(900, 420)
        self.mainLayout = QVBoxLayout(EmailUndeliveredWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EmailUndeliveredWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.emailsTable = QTableWidget(EmailUndeliveredWindow)
        if (self.emailsTable.columnCount() < 6):
            self.emailsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.emailsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.emailsTable.setObjectName(u"emailsTable")
        self.emailsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.emailsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.emailsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.emailsTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.emailsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(EmailUndeliveredWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.refreshButton = QPushButton(EmailUndeliveredWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonsLayout.addWidget(self.refreshButton)

        self.resendButton = QPushButton(EmailUndeliveredWindow)
        self.resendButton.setObjectName(u"resendButton")

        self.buttonsLayout.addWidget(self.resendButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(EmailUndeliveredWindow)

        QMetaObject.connectSlotsByName(EmailUndeliveredWindow)
    # setupUi

    def retranslateUi(self, EmailUndeliveredWindow):
        self.introLabel.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"E-mails que o servidor SMTP recusou (tamb\u00e9m de atendimentos encerrados). Corrija o motivo e use Reenviar.", None))
        self.introLabel.setStyleSheet(QCoreApplication.translate("EmailUndeliveredWindow", u"color: #616e7c;", None))
        ___qtablewidgetitem = self.emailsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Protocolo", None))
        ___qtablewidgetitem1 = self.emailsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Para", None))
        ___qtablewidgetitem2 = self.emailsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Assunto", None))
        ___qtablewidgetitem3 = self.emailsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Tentativas", None))
        ___qtablewidgetitem4 = self.emailsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Motivo", None))
        ___qtablewidgetitem5 = self.emailsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"Criado em", None))
        self.statusLabel.setText("")
        self.statusLabel.setStyleSheet(QCoreApplication.translate("EmailUndeliveredWindow", u"color: #616e7c;", None))
        self.refreshButton.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"A&tualizar", None))
        self.resendButton.setText(QCoreApplication.translate("EmailUndeliveredWindow", u"&Reenviar", None))
        pass
    # retranslateUi

