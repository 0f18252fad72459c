# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_edit.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(500, 520)
        self.mainLayout = QVBoxLayout(UserEditDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.userForm = QFormLayout()
        self.userForm.setObjectName(u"userForm")
        self.userForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.usernameLabel = QLabel(UserEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserEditDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.nameLabel = QLabel(UserEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UserEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(UserEditDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(UserEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.roleLabel = QLabel(UserEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.userForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(256)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.userForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.cargosLabel = QLabel(UserEditDialog)
        self.cargosLabel.setObjectName(u"cargosLabel")

        self.userForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cargosLabel)

        self.cargosList = QListWidget(UserEditDialog)
        self.cargosList.setObjectName(u"cargosList")

        self.userForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cargosList)

        self.activeCheck = QCheckBox(UserEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.userForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.activeCheck)


        self.mainLayout.addLayout(self.userForm)

        self.hintLabel = QLabel(UserEditDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(UserEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(UserEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(UserEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(UserEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.cargosLabel.setBuddy(self.cargosList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.cargosList)
        QWidget.setTabOrder(self.cargosList, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(UserEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"Usu\u00e1rio", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Login:", None))
        self.nameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Nome:", None))
        self.emailLabel.setText(QCoreApplication.translate("UserEditDialog", u"E-&mail:", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Perfil:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"S&enha:", None))
        self.cargosLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Cargos:", None))
#if QT_CONFIG(accessibility)
        self.cargosList.setAccessibleName(QCoreApplication.translate("UserEditDialog", u"Cargos do usu\u00e1rio", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(QCoreApplication.translate("UserEditDialog", u"A&tivo", None))
        self.hintLabel.setText(QCoreApplication.translate("UserEditDialog", u"Marque os cargos com a barra de espa\u00e7o.", None))
        self.cancelButton.setText(QCoreApplication.translate("UserEditDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("UserEditDialog", u"&Salvar", None))
    # retranslateUi

