# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_client.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WizardClientPage(object):
    def setupUi(self, WizardClientPage):
        if not WizardClientPage.objectName():
            WizardClientPage.setObjectName(u"WizardClientPage")
        self.mainLayout = QVBoxLayout(WizardClientPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.alertLabel = QLabel(WizardClientPage)
        self.alertLabel.setObjectName(u"alertLabel")
        self.alertLabel.setWordWrap(True)
        self.alertLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.alertLabel)

        self.loadingLabel = QLabel(WizardClientPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setStyleSheet(u"color: #52606d;")
        self.loadingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.loadingLabel)

        self.clientGroup = QGroupBox(WizardClientPage)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientForm = QFormLayout(self.clientGroup)
        self.clientForm.setObjectName(u"clientForm")
        self.clientForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameCaption = QLabel(self.clientGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.clientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(self.clientGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setStyleSheet(u"font-weight: 600;")
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nameValue.setWordWrap(True)

        self.clientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.codeCaption = QLabel(self.clientGroup)
        self.codeCaption.setObjectName(u"codeCaption")

        self.clientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeValue = QLabel(self.clientGroup)
        self.codeValue.setObjectName(u"codeValue")
        self.codeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codeValue.setWordWrap(True)

        self.clientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.documentCaption = QLabel(self.clientGroup)
        self.documentCaption.setObjectName(u"documentCaption")

        self.clientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.documentCaption)

        self.documentValue = QLabel(self.clientGroup)
        self.documentValue.setObjectName(u"documentValue")
        self.documentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documentValue.setWordWrap(True)

        self.clientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.documentValue)

        self.addressCaption = QLabel(self.clientGroup)
        self.addressCaption.setObjectName(u"addressCaption")

        self.clientForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.clientGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addressValue.setWordWrap(True)

        self.clientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.statusCaption = QLabel(self.clientGroup)
        self.statusCaption.setObjectName(u"statusCaption")

        self.clientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.clientGroup)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusValue.setWordWrap(True)

        self.clientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.invoicesCaption = QLabel(self.clientGroup)
        self.invoicesCaption.setObjectName(u"invoicesCaption")

        self.clientForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.invoicesCaption)

        self.invoicesValue = QLabel(self.clientGroup)
        self.invoicesValue.setObjectName(u"invoicesValue")
        self.invoicesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invoicesValue.setWordWrap(True)

        self.clientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.invoicesValue)

        self.ticketsCaption = QLabel(self.clientGroup)
        self.ticketsCaption.setObjectName(u"ticketsCaption")

        self.clientForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ticketsCaption)

        self.ticketsValue = QLabel(self.clientGroup)
        self.ticketsValue.setObjectName(u"ticketsValue")
        self.ticketsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ticketsValue.setWordWrap(True)

        self.clientForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ticketsValue)


        self.mainLayout.addWidget(self.clientGroup)

        self.contactGroup = QGroupBox(WizardClientPage)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.contactLabel = QLabel(self.contactGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactChooserLayout = QHBoxLayout()
        self.contactChooserLayout.setObjectName(u"contactChooserLayout")
        self.contactCombo = QComboBox(self.contactGroup)
        self.contactCombo.setObjectName(u"contactCombo")
        self.contactCombo.setMinimumSize(QSize(380, 0))

        self.contactChooserLayout.addWidget(self.contactCombo)

        self.addContactButton = QPushButton(self.contactGroup)
        self.addContactButton.setObjectName(u"addContactButton")
        self.addContactButton.setAutoDefault(False)

        self.contactChooserLayout.addWidget(self.addContactButton)

        self.contactSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactChooserLayout.addItem(self.contactSpacer)


        self.contactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.contactChooserLayout)

        self.phoneCaption = QLabel(self.contactGroup)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.contactGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phoneValue.setWordWrap(True)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.mobileCaption = QLabel(self.contactGroup)
        self.mobileCaption.setObjectName(u"mobileCaption")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mobileCaption)

        self.mobileValue = QLabel(self.contactGroup)
        self.mobileValue.setObjectName(u"mobileValue")
        self.mobileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mobileValue.setWordWrap(True)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mobileValue)

        self.emailCaption = QLabel(self.contactGroup)
        self.emailCaption.setObjectName(u"emailCaption")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.contactGroup)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emailValue.setWordWrap(True)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailValue)


        self.mainLayout.addWidget(self.contactGroup)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.contactLabel.setBuddy(self.contactCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contactCombo, self.addContactButton)

        self.retranslateUi(WizardClientPage)

        QMetaObject.connectSlotsByName(WizardClientPage)
    # setupUi

    def retranslateUi(self, WizardClientPage):
#if QT_CONFIG(accessibility)
        self.alertLabel.setAccessibleName(QCoreApplication.translate("WizardClientPage", u"Alerta do cliente", None))
#endif // QT_CONFIG(accessibility)
        self.clientGroup.setTitle(QCoreApplication.translate("WizardClientPage", u"Dados do Cliente", None))
        self.nameCaption.setText(QCoreApplication.translate("WizardClientPage", u"Nome:", None))
        self.codeCaption.setText(QCoreApplication.translate("WizardClientPage", u"C\u00f3digo:", None))
        self.documentCaption.setText(QCoreApplication.translate("WizardClientPage", u"CPF/CNPJ:", None))
        self.addressCaption.setText(QCoreApplication.translate("WizardClientPage", u"Endere\u00e7o:", None))
        self.statusCaption.setText(QCoreApplication.translate("WizardClientPage", u"Situa\u00e7\u00e3o:", None))
        self.invoicesCaption.setText(QCoreApplication.translate("WizardClientPage", u"Faturas pendentes:", None))
        self.ticketsCaption.setText(QCoreApplication.translate("WizardClientPage", u"Atendimentos abertos:", None))
        self.contactGroup.setTitle(QCoreApplication.translate("WizardClientPage", u"Contato", None))
        self.contactLabel.setText(QCoreApplication.translate("WizardClientPage", u"Nome &Contato:", None))
        self.addContactButton.setText(QCoreApplication.translate("WizardClientPage", u"A&dicionar\u2026", None))
#if QT_CONFIG(tooltip)
        self.addContactButton.setToolTip(QCoreApplication.translate("WizardClientPage", u"Cadastrar um novo contato deste cliente (Novo Contato)", None))
#endif // QT_CONFIG(tooltip)
        self.phoneCaption.setText(QCoreApplication.translate("WizardClientPage", u"Telefone:", None))
        self.mobileCaption.setText(QCoreApplication.translate("WizardClientPage", u"Celular:", None))
        self.emailCaption.setText(QCoreApplication.translate("WizardClientPage", u"E-mail:", None))
        pass
    # retranslateUi

