# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'router_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RouterDialog(object):
    def setupUi(self, RouterDialog):
        if not RouterDialog.objectName():
            RouterDialog.setObjectName(u"RouterDialog")
        RouterDialog.resize(460, 400)
        self.mainLayout = QVBoxLayout(RouterDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(RouterDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(RouterDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.hostLabel = QLabel(RouterDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(RouterDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(253)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(RouterDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portLayout = QHBoxLayout()
        self.portLayout.setObjectName(u"portLayout")
        self.portSpin = QSpinBox(RouterDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(8728)

        self.portLayout.addWidget(self.portSpin)

        self.sslCheck = QCheckBox(RouterDialog)
        self.sslCheck.setObjectName(u"sslCheck")

        self.portLayout.addWidget(self.sslCheck)

        self.portSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portLayout.addItem(self.portSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.portLayout)

        self.usernameLabel = QLabel(RouterDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(RouterDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(RouterDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RouterDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(128)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.activeCheck = QCheckBox(RouterDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.passwordHintLabel = QLabel(RouterDialog)
        self.passwordHintLabel.setObjectName(u"passwordHintLabel")
        self.passwordHintLabel.setStyleSheet(u"color: #52606d;")
        self.passwordHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.passwordHintLabel)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(RouterDialog)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.testResultLabel = QLabel(RouterDialog)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextFormat(Qt.TextFormat.RichText)

        self.testLayout.addWidget(self.testResultLabel)

        self.testLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.testLayout)

        self.errorLabel = QLabel(RouterDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RouterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.sslCheck)
        QWidget.setTabOrder(self.sslCheck, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.testButton)

        self.retranslateUi(RouterDialog)

        QMetaObject.connectSlotsByName(RouterDialog)
    # setupUi

    def retranslateUi(self, RouterDialog):
        RouterDialog.setWindowTitle(QCoreApplication.translate("RouterDialog", u"Roteador", None))
        self.nameLabel.setText(QCoreApplication.translate("RouterDialog", u"&Nome:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RouterDialog", u"ex.: RB-Centro", None))
        self.hostLabel.setText(QCoreApplication.translate("RouterDialog", u"&Endere\u00e7o:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("RouterDialog", u"IP ou nome, ex.: 10.0.0.1", None))
        self.portLabel.setText(QCoreApplication.translate("RouterDialog", u"&Porta da API:", None))
#if QT_CONFIG(tooltip)
        self.sslCheck.setToolTip(QCoreApplication.translate("RouterDialog", u"Usar API-SSL (porta padr\u00e3o 8729)", None))
#endif // QT_CONFIG(tooltip)
        self.sslCheck.setText(QCoreApplication.translate("RouterDialog", u"API-&SSL", None))
        self.usernameLabel.setText(QCoreApplication.translate("RouterDialog", u"&Usu\u00e1rio:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("RouterDialog", u"usu\u00e1rio da API no RouterOS", None))
        self.passwordLabel.setText(QCoreApplication.translate("RouterDialog", u"Sen&ha:", None))
        self.activeCheck.setText(QCoreApplication.translate("RouterDialog", u"A&tivo (consultado pelo servidor)", None))
        self.passwordHintLabel.setText(QCoreApplication.translate("RouterDialog", u"A senha \u00e9 guardada criptografada no servidor e nunca \u00e9 exibida.", None))
        self.testButton.setText(QCoreApplication.translate("RouterDialog", u"Testar &conex\u00e3o", None))
        self.testResultLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

