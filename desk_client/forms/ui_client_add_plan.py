# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_add_plan.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AddPlanDialog(object):
    def setupUi(self, AddPlanDialog):
        if not AddPlanDialog.objectName():
            AddPlanDialog.setObjectName(u"AddPlanDialog")
        AddPlanDialog.resize(460, 360)
        self.mainLayout = QVBoxLayout(AddPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(AddPlanDialog)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.clientLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.planLabel = QLabel(AddPlanDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(AddPlanDialog)
        self.planCombo.setObjectName(u"planCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.billingLabel = QLabel(AddPlanDialog)
        self.billingLabel.setObjectName(u"billingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.billingLabel)

        self.billingCombo = QComboBox(AddPlanDialog)
        self.billingCombo.setObjectName(u"billingCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.billingCombo)

        self.dueDayLabel = QLabel(AddPlanDialog)
        self.dueDayLabel.setObjectName(u"dueDayLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueDayLabel)

        self.dueDaySpin = QSpinBox(AddPlanDialog)
        self.dueDaySpin.setObjectName(u"dueDaySpin")
        self.dueDaySpin.setMinimum(1)
        self.dueDaySpin.setMaximum(28)
        self.dueDaySpin.setValue(10)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueDaySpin)

        self.sellerLabel = QLabel(AddPlanDialog)
        self.sellerLabel.setObjectName(u"sellerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sellerLabel)

        self.sellerCombo = QComboBox(AddPlanDialog)
        self.sellerCombo.setObjectName(u"sellerCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sellerCombo)

        self.routingPointLabel = QLabel(AddPlanDialog)
        self.routingPointLabel.setObjectName(u"routingPointLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.routingPointLabel)

        self.routingPointCombo = QComboBox(AddPlanDialog)
        self.routingPointCombo.setObjectName(u"routingPointCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.routingPointCombo)

        self.loginLabel = QLabel(AddPlanDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(AddPlanDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(AddPlanDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AddPlanDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.contractLabel = QLabel(AddPlanDialog)
        self.contractLabel.setObjectName(u"contractLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contractLabel)

        self.contractEdit = QLineEdit(AddPlanDialog)
        self.contractEdit.setObjectName(u"contractEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contractEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AddPlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b42318;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AddPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.billingLabel.setBuddy(self.billingCombo)
        self.dueDayLabel.setBuddy(self.dueDaySpin)
        self.sellerLabel.setBuddy(self.sellerCombo)
        self.routingPointLabel.setBuddy(self.routingPointCombo)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.contractLabel.setBuddy(self.contractEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.billingCombo)
        QWidget.setTabOrder(self.billingCombo, self.dueDaySpin)
        QWidget.setTabOrder(self.dueDaySpin, self.sellerCombo)
        QWidget.setTabOrder(self.sellerCombo, self.routingPointCombo)
        QWidget.setTabOrder(self.routingPointCombo, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.contractEdit)

        self.retranslateUi(AddPlanDialog)

        QMetaObject.connectSlotsByName(AddPlanDialog)
    # setupUi

    def retranslateUi(self, AddPlanDialog):
        AddPlanDialog.setWindowTitle(QCoreApplication.translate("AddPlanDialog", u"Adicionar Plano", None))
        self.planLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Plano:", None))
        self.billingLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Forma de cobran\u00e7a:", None))
        self.dueDayLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Dia de vencimento:", None))
        self.sellerLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Vendedor:", None))
        self.routingPointLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Concentrador:", None))
        self.loginLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Login PPPoE:", None))
        self.passwordLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&Senha PPPoE:", None))
        self.contractLabel.setText(QCoreApplication.translate("AddPlanDialog", u"&N\u00ba do contrato:", None))
    # retranslateUi

