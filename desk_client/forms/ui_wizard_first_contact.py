# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_first_contact.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WizardFirstContactPage(object):
    def setupUi(self, WizardFirstContactPage):
        if not WizardFirstContactPage.objectName():
            WizardFirstContactPage.setObjectName(u"WizardFirstContactPage")
        self.mainLayout = QVBoxLayout(WizardFirstContactPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.parentBanner = QLabel(WizardFirstContactPage)
        self.parentBanner.setObjectName(u"parentBanner")
        self.parentBanner.setWordWrap(True)
        self.parentBanner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parentBanner.setStyleSheet(u"QLabel { background: #fff4e0; color: #7a4a00; border: 1px solid #b26a00; border-radius: 6px; padding: 10px; font-size: 12pt; font-weight: 700; }")

        self.mainLayout.addWidget(self.parentBanner)

        self.routingGroup = QGroupBox(WizardFirstContactPage)
        self.routingGroup.setObjectName(u"routingGroup")
        self.routingForm = QFormLayout(self.routingGroup)
        self.routingForm.setObjectName(u"routingForm")
        self.routingForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.channelLabel = QLabel(self.routingGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.routingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.routingGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.routingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.ticketTypeLabel = QLabel(self.routingGroup)
        self.ticketTypeLabel.setObjectName(u"ticketTypeLabel")

        self.routingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ticketTypeLabel)

        self.ticketTypeCombo = QComboBox(self.routingGroup)
        self.ticketTypeCombo.setObjectName(u"ticketTypeCombo")

        self.routingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ticketTypeCombo)

        self.destinationKindCaption = QLabel(self.routingGroup)
        self.destinationKindCaption.setObjectName(u"destinationKindCaption")

        self.routingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationKindCaption)

        self.destinationKindLayout = QHBoxLayout()
        self.destinationKindLayout.setSpacing(20)
        self.destinationKindLayout.setObjectName(u"destinationKindLayout")
        self.userRadio = QRadioButton(self.routingGroup)
        self.userRadio.setObjectName(u"userRadio")

        self.destinationKindLayout.addWidget(self.userRadio)

        self.cargoRadio = QRadioButton(self.routingGroup)
        self.cargoRadio.setObjectName(u"cargoRadio")
        self.cargoRadio.setChecked(True)

        self.destinationKindLayout.addWidget(self.cargoRadio)

        self.destinationKindSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.destinationKindLayout.addItem(self.destinationKindSpacer)


        self.routingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.destinationKindLayout)

        self.destinationLabel = QLabel(self.routingGroup)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.routingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationCombo = QComboBox(self.routingGroup)
        self.destinationCombo.setObjectName(u"destinationCombo")

        self.routingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.destinationCombo)


        self.mainLayout.addWidget(self.routingGroup)

        self.checksLabel = QLabel(WizardFirstContactPage)
        self.checksLabel.setObjectName(u"checksLabel")

        self.mainLayout.addWidget(self.checksLabel)

        self.checksEdit = QPlainTextEdit(WizardFirstContactPage)
        self.checksEdit.setObjectName(u"checksEdit")
        self.checksEdit.setTabChangesFocus(True)
        self.checksEdit.setMaximumSize(QSize(16777215, 120))

        self.mainLayout.addWidget(self.checksEdit)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.resolvedCheck = QCheckBox(WizardFirstContactPage)
        self.resolvedCheck.setObjectName(u"resolvedCheck")

        self.optionsLayout.addWidget(self.resolvedCheck)

        self.optionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.optionsLabel = QLabel(WizardFirstContactPage)
        self.optionsLabel.setObjectName(u"optionsLabel")
        self.optionsLabel.setStyleSheet(u"color: #52606d;")

        self.optionsLayout.addWidget(self.optionsLabel)

        self.attachButton = QPushButton(WizardFirstContactPage)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setEnabled(False)
        self.attachButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.attachButton)

        self.serviceOrderButton = QPushButton(WizardFirstContactPage)
        self.serviceOrderButton.setObjectName(u"serviceOrderButton")
        self.serviceOrderButton.setEnabled(False)
        self.serviceOrderButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.serviceOrderButton)

        self.taskButton = QPushButton(WizardFirstContactPage)
        self.taskButton.setObjectName(u"taskButton")
        self.taskButton.setEnabled(False)
        self.taskButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.taskButton)

        self.emailButton = QPushButton(WizardFirstContactPage)
        self.emailButton.setObjectName(u"emailButton")
        self.emailButton.setEnabled(False)
        self.emailButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.emailButton)

        self.soonLabel = QLabel(WizardFirstContactPage)
        self.soonLabel.setObjectName(u"soonLabel")
        self.soonLabel.setStyleSheet(u"color: #7b8794;")

        self.optionsLayout.addWidget(self.soonLabel)


        self.mainLayout.addLayout(self.optionsLayout)

        self.solutionLabel = QLabel(WizardFirstContactPage)
        self.solutionLabel.setObjectName(u"solutionLabel")

        self.mainLayout.addWidget(self.solutionLabel)

        self.solutionEdit = QPlainTextEdit(WizardFirstContactPage)
        self.solutionEdit.setObjectName(u"solutionEdit")
        self.solutionEdit.setTabChangesFocus(True)
        self.solutionEdit.setEnabled(False)
        self.solutionEdit.setMaximumSize(QSize(16777215, 70))

        self.mainLayout.addWidget(self.solutionEdit)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.ticketTypeLabel.setBuddy(self.ticketTypeCombo)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.checksLabel.setBuddy(self.checksEdit)
        self.solutionLabel.setBuddy(self.solutionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.ticketTypeCombo)
        QWidget.setTabOrder(self.ticketTypeCombo, self.userRadio)
        QWidget.setTabOrder(self.userRadio, self.cargoRadio)
        QWidget.setTabOrder(self.cargoRadio, self.destinationCombo)
        QWidget.setTabOrder(self.destinationCombo, self.checksEdit)
        QWidget.setTabOrder(self.checksEdit, self.resolvedCheck)
        QWidget.setTabOrder(self.resolvedCheck, self.solutionEdit)

        self.retranslateUi(WizardFirstContactPage)

        QMetaObject.connectSlotsByName(WizardFirstContactPage)
    # setupUi

    def retranslateUi(self, WizardFirstContactPage):
#if QT_CONFIG(accessibility)
        self.parentBanner.setAccessibleName(QCoreApplication.translate("WizardFirstContactPage", u"Atendimento pai", None))
#endif // QT_CONFIG(accessibility)
        self.routingGroup.setTitle(QCoreApplication.translate("WizardFirstContactPage", u"Tipo de Atendimento e Destino", None))
        self.channelLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"Tipo de &contato:", None))
        self.ticketTypeLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"&Tipo Atendimento:", None))
        self.destinationKindCaption.setText(QCoreApplication.translate("WizardFirstContactPage", u"Destino:", None))
        self.userRadio.setText(QCoreApplication.translate("WizardFirstContactPage", u"&Usu\u00e1rio", None))
        self.cargoRadio.setText(QCoreApplication.translate("WizardFirstContactPage", u"Car&go", None))
        self.destinationLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"&Respons\u00e1vel:", None))
        self.checksLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"Verifica\u00e7\u00f5es realizadas &neste contato:", None))
        self.checksEdit.setPlaceholderText(QCoreApplication.translate("WizardFirstContactPage", u"O que foi verificado com o cliente (Ctrl+Enter avan\u00e7a)", None))
        self.resolvedCheck.setText(QCoreApplication.translate("WizardFirstContactPage", u"Atendimento Re&solvido", None))
        self.optionsLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"Op\u00e7\u00f5es:", None))
        self.attachButton.setText(QCoreApplication.translate("WizardFirstContactPage", u"Adicionar Anexo", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("WizardFirstContactPage", u"Em breve", None))
#endif // QT_CONFIG(tooltip)
        self.serviceOrderButton.setText(QCoreApplication.translate("WizardFirstContactPage", u"Pedir O.S.", None))
#if QT_CONFIG(tooltip)
        self.serviceOrderButton.setToolTip(QCoreApplication.translate("WizardFirstContactPage", u"Em breve", None))
#endif // QT_CONFIG(tooltip)
        self.taskButton.setText(QCoreApplication.translate("WizardFirstContactPage", u"Tarefa", None))
#if QT_CONFIG(tooltip)
        self.taskButton.setToolTip(QCoreApplication.translate("WizardFirstContactPage", u"Em breve", None))
#endif // QT_CONFIG(tooltip)
        self.emailButton.setText(QCoreApplication.translate("WizardFirstContactPage", u"Enviar E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailButton.setToolTip(QCoreApplication.translate("WizardFirstContactPage", u"Em breve", None))
#endif // QT_CONFIG(tooltip)
        self.soonLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"(em breve)", None))
        self.solutionLabel.setText(QCoreApplication.translate("WizardFirstContactPage", u"So&lu\u00e7\u00e3o:", None))
        self.solutionEdit.setPlaceholderText(QCoreApplication.translate("WizardFirstContactPage", u"Como o problema foi resolvido", None))
        pass
    # retranslateUi

