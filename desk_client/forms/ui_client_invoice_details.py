# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_invoice_details.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InvoiceDetailsDialog(object):
    def setupUi(self, InvoiceDetailsDialog):
        if not InvoiceDetailsDialog.objectName():
            InvoiceDetailsDialog.setObjectName(u"InvoiceDetailsDialog")
        InvoiceDetailsDialog.resize(380, 300)
        self.mainLayout = QVBoxLayout(InvoiceDetailsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")

        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(InvoiceDetailsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(InvoiceDetailsDialog)

        QMetaObject.connectSlotsByName(InvoiceDetailsDialog)
    # setupUi

    def retranslateUi(self, InvoiceDetailsDialog):
        InvoiceDetailsDialog.setWindowTitle(QCoreApplication.translate("InvoiceDetailsDialog", u"Dados do d\u00e9bito", None))
    # retranslateUi

