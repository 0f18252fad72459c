# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_service.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_WizardServicePage(object):
    def setupUi(self, WizardServicePage):
        if not WizardServicePage.objectName():
            WizardServicePage.setObjectName(u"WizardServicePage")
        self.mainLayout = QHBoxLayout(WizardServicePage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.planGroup = QGroupBox(WizardServicePage)
        self.planGroup.setObjectName(u"planGroup")
        self.planForm = QFormLayout(self.planGroup)
        self.planForm.setObjectName(u"planForm")
        self.planForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.subscriptionLabel = QLabel(self.planGroup)
        self.subscriptionLabel.setObjectName(u"subscriptionLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subscriptionLabel)

        self.subscriptionCombo = QComboBox(self.planGroup)
        self.subscriptionCombo.setObjectName(u"subscriptionCombo")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subscriptionCombo)

        self.routingPointCaption = QLabel(self.planGroup)
        self.routingPointCaption.setObjectName(u"routingPointCaption")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.routingPointCaption)

        self.routingPointEdit = QLineEdit(self.planGroup)
        self.routingPointEdit.setObjectName(u"routingPointEdit")
        self.routingPointEdit.setReadOnly(True)
        self.routingPointEdit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.routingPointEdit)

        self.loginCaption = QLabel(self.planGroup)
        self.loginCaption.setObjectName(u"loginCaption")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.loginCaption)

        self.loginEdit = QLineEdit(self.planGroup)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setReadOnly(True)
        self.loginEdit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.loginEdit)


        self.leftLayout.addWidget(self.planGroup)

        self.problemLabel = QLabel(WizardServicePage)
        self.problemLabel.setObjectName(u"problemLabel")

        self.leftLayout.addWidget(self.problemLabel)

        self.problemEdit = QPlainTextEdit(WizardServicePage)
        self.problemEdit.setObjectName(u"problemEdit")
        self.problemEdit.setTabChangesFocus(True)

        self.leftLayout.addWidget(self.problemEdit)

        self.createScriptCheck = QCheckBox(WizardServicePage)
        self.createScriptCheck.setObjectName(u"createScriptCheck")

        self.leftLayout.addWidget(self.createScriptCheck)


        self.mainLayout.addLayout(self.leftLayout)

        self.mikrotikGroup = QGroupBox(WizardServicePage)
        self.mikrotikGroup.setObjectName(u"mikrotikGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mikrotikGroup.sizePolicy().hasHeightForWidth())
        self.mikrotikGroup.setSizePolicy(sizePolicy)
        self.mikrotikLayout = QVBoxLayout(self.mikrotikGroup)
        self.mikrotikLayout.setObjectName(u"mikrotikLayout")
        self.mikrotikLayout.setContentsMargins(9, 6, 9, 6)
        self.mikrotikPanelHost = QWidget(self.mikrotikGroup)
        self.mikrotikPanelHost.setObjectName(u"mikrotikPanelHost")
        self.mikrotikHostLayout = QVBoxLayout(self.mikrotikPanelHost)
        self.mikrotikHostLayout.setObjectName(u"mikrotikHostLayout")
        self.mikrotikHostLayout.setContentsMargins(0, 0, 0, 0)
        self.mikrotikPlaceholderLabel = QLabel(self.mikrotikPanelHost)
        self.mikrotikPlaceholderLabel.setObjectName(u"mikrotikPlaceholderLabel")
        self.mikrotikPlaceholderLabel.setStyleSheet(u"color: #52606d;")
        self.mikrotikPlaceholderLabel.setWordWrap(True)

        self.mikrotikHostLayout.addWidget(self.mikrotikPlaceholderLabel)


        self.mikrotikLayout.addWidget(self.mikrotikPanelHost)


        self.mainLayout.addWidget(self.mikrotikGroup)

        self.mainLayout.setStretch(0, 5)
        self.mainLayout.setStretch(1, 6)
#if QT_CONFIG(shortcut)
        self.subscriptionLabel.setBuddy(self.subscriptionCombo)
        self.problemLabel.setBuddy(self.problemEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subscriptionCombo, self.problemEdit)
        QWidget.setTabOrder(self.problemEdit, self.createScriptCheck)

        self.retranslateUi(WizardServicePage)

        QMetaObject.connectSlotsByName(WizardServicePage)
    # setupUi

    def retranslateUi(self, WizardServicePage):
        self.planGroup.setTitle(QCoreApplication.translate("WizardServicePage", u"Plano", None))
        self.subscriptionLabel.setText(QCoreApplication.translate("WizardServicePage", u"&Plano:", None))
        self.routingPointCaption.setText(QCoreApplication.translate("WizardServicePage", u"Ponto de Roteamento:", None))
        self.loginCaption.setText(QCoreApplication.translate("WizardServicePage", u"Login:", None))
        self.problemLabel.setText(QCoreApplication.translate("WizardServicePage", u"Pro&blema descrito pelo cliente:", None))
        self.problemEdit.setPlaceholderText(QCoreApplication.translate("WizardServicePage", u"O que o cliente relata, com as palavras dele (Ctrl+Enter avan\u00e7a)", None))
        self.createScriptCheck.setText(QCoreApplication.translate("WizardServicePage", u"Criar &Script Atendimento", None))
        self.mikrotikGroup.setTitle(QCoreApplication.translate("WizardServicePage", u"Dados do Servidor Mikrotik", None))
        self.mikrotikPlaceholderLabel.setText(QCoreApplication.translate("WizardServicePage", u"Sess\u00e3o PPPoE e tr\u00e1fego ao vivo do login: dispon\u00edvel em uma pr\u00f3xima vers\u00e3o.", None))
        pass
    # retranslateUi

