# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(500, 320)
        self.mainLayout = QVBoxLayout(ContactDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.tabWidget = QTabWidget(ContactDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataLayout = QVBoxLayout(self.dataTab)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataForm = QFormLayout()
        self.dataForm.setObjectName(u"dataForm")
        self.dataForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.dataForm.setHorizontalSpacing(10)
        self.dataForm.setVerticalSpacing(4)
        self.nameLabel = QLabel(self.dataTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.dataTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.dataForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.dataTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(self.dataTab)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setMaxLength(80)

        self.dataForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.phoneLabel = QLabel(self.dataTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.dataForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.dataTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.dataForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.mobileLabel = QLabel(self.dataTab)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.dataForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(self.dataTab)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setMaxLength(30)

        self.dataForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.emailLabel = QLabel(self.dataTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.dataForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.dataTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.dataForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dataLayout.addLayout(self.dataForm)

        self.requiredHintLabel = QLabel(self.dataTab)
        self.requiredHintLabel.setObjectName(u"requiredHintLabel")
        self.requiredHintLabel.setStyleSheet(u"color: #52606d;")

        self.dataLayout.addWidget(self.requiredHintLabel)

        self.dataSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dataLayout.addItem(self.dataSpacer)

        self.tabWidget.addTab(self.dataTab, "")
        self.extraTab = QWidget()
        self.extraTab.setObjectName(u"extraTab")
        self.extraTabLayout = QVBoxLayout(self.extraTab)
        self.extraTabLayout.setObjectName(u"extraTabLayout")
        self.extraMessageLabel = QLabel(self.extraTab)
        self.extraMessageLabel.setObjectName(u"extraMessageLabel")
        self.extraMessageLabel.setStyleSheet(u"color: #52606d;")

        self.extraTabLayout.addWidget(self.extraMessageLabel)

        self.extraScroll = QScrollArea(self.extraTab)
        self.extraScroll.setObjectName(u"extraScroll")
        self.extraScroll.setWidgetResizable(True)
        self.extraScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.extraHost = QWidget()
        self.extraHost.setObjectName(u"extraHost")
        self.extraHost.setGeometry(QRect(0, 0, 400, 200))
        self.extraLayout = QFormLayout(self.extraHost)
        self.extraLayout.setObjectName(u"extraLayout")
        self.extraLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.extraScroll.setWidget(self.extraHost)

        self.extraTabLayout.addWidget(self.extraScroll)

        self.tabWidget.addTab(self.extraTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.messageLabel = QLabel(ContactDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(ContactDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.newButton)

        self.deleteButton = QPushButton(ContactDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.deleteButton)

        self.busyBar = QProgressBar(ContactDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(90, 14))
        self.busyBar.setMinimumSize(QSize(90, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonsLayout.addWidget(self.busyBar)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ContactDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(ContactDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabWidget, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)

        self.retranslateUi(ContactDialog)

        self.tabWidget.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Novo Contato", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Nome: *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Nome da pessoa de contato", None))
        self.roleLabel.setText(QCoreApplication.translate("ContactDialog", u"&Fun\u00e7\u00e3o:", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"ex.: Respons\u00e1vel, Financeiro, S\u00edndico", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&Telefone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"(11) 3333-4444", None))
        self.mobileLabel.setText(QCoreApplication.translate("ContactDialog", u"Ce&lular:", None))
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"(11) 98765-4321", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"E-&mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"nome@provedor.com.br", None))
        self.requiredHintLabel.setText(QCoreApplication.translate("ContactDialog", u"* campo obrigat\u00f3rio", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.dataTab), QCoreApplication.translate("ContactDialog", u"Dados do &Contato", None))
        self.extraMessageLabel.setText("")
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.extraTab), QCoreApplication.translate("ContactDialog", u"Campos E&xtras", None))
        self.newButton.setText(QCoreApplication.translate("ContactDialog", u"No&vo", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Limpar o formul\u00e1rio para cadastrar outro contato", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ContactDialog", u"Apa&gar", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ContactDialog", u"Apagar este contato", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ContactDialog", u"&Salvar", None))
        self.closeButton.setText(QCoreApplication.translate("ContactDialog", u"Fec&har", None))
    # retranslateUi

