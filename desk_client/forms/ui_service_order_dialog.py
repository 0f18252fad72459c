# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_order_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ServiceOrderDialog(object):
    def setupUi(self, ServiceOrderDialog):
        if not ServiceOrderDialog.objectName():
            ServiceOrderDialog.setObjectName(u"ServiceOrderDialog")
        ServiceOrderDialog.resize(860, 460)
        self.mainLayout = QVBoxLayout(ServiceOrderDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ServiceOrderDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.formHost = QWidget(ServiceOrderDialog)
        self.formHost.setObjectName(u"formHost")
        self.formLayout = QVBoxLayout(self.formHost)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.formHost)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLabel = QLabel(ServiceOrderDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(ServiceOrderDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)


        self.mainLayout.addLayout(self.reasonLayout)

        self.errorLabel = QLabel(ServiceOrderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b42318;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.pdfButton = QPushButton(ServiceOrderDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.pdfButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ServiceOrderDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ServiceOrderDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceOrderDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ServiceOrderDialog)
    # setupUi

    def retranslateUi(self, ServiceOrderDialog):
        ServiceOrderDialog.setWindowTitle(QCoreApplication.translate("ServiceOrderDialog", u"Ordem de Servi\u00e7o", None))
        self.reasonLabel.setText(QCoreApplication.translate("ServiceOrderDialog", u"&Motivo da altera\u00e7\u00e3o:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ServiceOrderDialog", u"opcional; vai para o hist\u00f3rico do atendimento", None))
        self.pdfButton.setText(QCoreApplication.translate("ServiceOrderDialog", u"&Folha da O.S. (PDF)", None))
        self.cancelButton.setText(QCoreApplication.translate("ServiceOrderDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("ServiceOrderDialog", u"&Salvar", None))
    # retranslateUi

