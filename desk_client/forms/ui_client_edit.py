# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_edit.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClientEditDialog(object):
    def setupUi(self, ClientEditDialog):
        if not ClientEditDialog.objectName():
            ClientEditDialog.setObjectName(u"ClientEditDialog")
        ClientEditDialog.resize(820, 380)
        self.mainLayout = QVBoxLayout(ClientEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setHorizontalSpacing(8)
        self.personTypeLabel = QLabel(ClientEditDialog)
        self.personTypeLabel.setObjectName(u"personTypeLabel")
        self.personTypeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.personTypeLabel, 0, 0, 1, 1)

        self.personTypeCombo = QComboBox(ClientEditDialog)
        self.personTypeCombo.setObjectName(u"personTypeCombo")

        self.formGrid.addWidget(self.personTypeCombo, 0, 1, 1, 1)

        self.nameLabel = QLabel(ClientEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(ClientEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formGrid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.tradeNameLabel = QLabel(ClientEditDialog)
        self.tradeNameLabel.setObjectName(u"tradeNameLabel")
        self.tradeNameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.tradeNameLabel, 2, 0, 1, 1)

        self.tradeNameEdit = QLineEdit(ClientEditDialog)
        self.tradeNameEdit.setObjectName(u"tradeNameEdit")

        self.formGrid.addWidget(self.tradeNameEdit, 2, 1, 1, 1)

        self.documentLabel = QLabel(ClientEditDialog)
        self.documentLabel.setObjectName(u"documentLabel")
        self.documentLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.documentLabel, 3, 0, 1, 1)

        self.documentEdit = QLineEdit(ClientEditDialog)
        self.documentEdit.setObjectName(u"documentEdit")

        self.formGrid.addWidget(self.documentEdit, 3, 1, 1, 1)

        self.rgIeLabel = QLabel(ClientEditDialog)
        self.rgIeLabel.setObjectName(u"rgIeLabel")
        self.rgIeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.rgIeLabel, 4, 0, 1, 1)

        self.rgIeEdit = QLineEdit(ClientEditDialog)
        self.rgIeEdit.setObjectName(u"rgIeEdit")

        self.formGrid.addWidget(self.rgIeEdit, 4, 1, 1, 1)

        self.statusLabel = QLabel(ClientEditDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.statusLabel, 5, 0, 1, 1)

        self.statusCombo = QComboBox(ClientEditDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formGrid.addWidget(self.statusCombo, 5, 1, 1, 1)

        self.emailLabel = QLabel(ClientEditDialog)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.emailLabel, 6, 0, 1, 1)

        self.emailEdit = QLineEdit(ClientEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formGrid.addWidget(self.emailEdit, 6, 1, 1, 1)

        self.phoneLabel = QLabel(ClientEditDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.phoneLabel, 7, 0, 1, 1)

        self.phoneEdit = QLineEdit(ClientEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formGrid.addWidget(self.phoneEdit, 7, 1, 1, 1)

        self.mobileLabel = QLabel(ClientEditDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")
        self.mobileLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.mobileLabel, 8, 0, 1, 1)

        self.mobileEdit = QLineEdit(ClientEditDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.formGrid.addWidget(self.mobileEdit, 8, 1, 1, 1)

        self.streetLabel = QLabel(ClientEditDialog)
        self.streetLabel.setObjectName(u"streetLabel")
        self.streetLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.streetLabel, 0, 2, 1, 1)

        self.streetEdit = QLineEdit(ClientEditDialog)
        self.streetEdit.setObjectName(u"streetEdit")

        self.formGrid.addWidget(self.streetEdit, 0, 3, 1, 1)

        self.numberLabel = QLabel(ClientEditDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.numberLabel, 1, 2, 1, 1)

        self.numberEdit = QLineEdit(ClientEditDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formGrid.addWidget(self.numberEdit, 1, 3, 1, 1)

        self.complementLabel = QLabel(ClientEditDialog)
        self.complementLabel.setObjectName(u"complementLabel")
        self.complementLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.complementLabel, 2, 2, 1, 1)

        self.complementEdit = QLineEdit(ClientEditDialog)
        self.complementEdit.setObjectName(u"complementEdit")

        self.formGrid.addWidget(self.complementEdit, 2, 3, 1, 1)

        self.districtLabel = QLabel(ClientEditDialog)
        self.districtLabel.setObjectName(u"districtLabel")
        self.districtLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.districtLabel, 3, 2, 1, 1)

        self.districtEdit = QLineEdit(ClientEditDialog)
        self.districtEdit.setObjectName(u"districtEdit")

        self.formGrid.addWidget(self.districtEdit, 3, 3, 1, 1)

        self.cityLabel = QLabel(ClientEditDialog)
        self.cityLabel.setObjectName(u"cityLabel")
        self.cityLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.cityLabel, 4, 2, 1, 1)

        self.cityEdit = QLineEdit(ClientEditDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formGrid.addWidget(self.cityEdit, 4, 3, 1, 1)

        self.ufLabel = QLabel(ClientEditDialog)
        self.ufLabel.setObjectName(u"ufLabel")
        self.ufLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.ufLabel, 5, 2, 1, 1)

        self.ufEdit = QLineEdit(ClientEditDialog)
        self.ufEdit.setObjectName(u"ufEdit")
        self.ufEdit.setMaxLength(2)

        self.formGrid.addWidget(self.ufEdit, 5, 3, 1, 1)

        self.cepLabel = QLabel(ClientEditDialog)
        self.cepLabel.setObjectName(u"cepLabel")
        self.cepLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.cepLabel, 6, 2, 1, 1)

        self.cepEdit = QLineEdit(ClientEditDialog)
        self.cepEdit.setObjectName(u"cepEdit")

        self.formGrid.addWidget(self.cepEdit, 6, 3, 1, 1)

        self.referenceLabel = QLabel(ClientEditDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.referenceLabel, 7, 2, 1, 1)

        self.referenceEdit = QLineEdit(ClientEditDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formGrid.addWidget(self.referenceEdit, 7, 3, 1, 1)

        self.notesLabel = QLabel(ClientEditDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formGrid.addWidget(self.notesLabel, 8, 2, 1, 1)

        self.notesEdit = QPlainTextEdit(ClientEditDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.formGrid.addWidget(self.notesEdit, 8, 3, 1, 1)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(ClientEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b42318;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClientEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personTypeLabel.setBuddy(self.personTypeCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.tradeNameLabel.setBuddy(self.tradeNameEdit)
        self.documentLabel.setBuddy(self.documentEdit)
        self.rgIeLabel.setBuddy(self.rgIeEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.complementLabel.setBuddy(self.complementEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.ufLabel.setBuddy(self.ufEdit)
        self.cepLabel.setBuddy(self.cepEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personTypeCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.tradeNameEdit)
        QWidget.setTabOrder(self.tradeNameEdit, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.rgIeEdit)
        QWidget.setTabOrder(self.rgIeEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.complementEdit)
        QWidget.setTabOrder(self.complementEdit, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.ufEdit)
        QWidget.setTabOrder(self.ufEdit, self.cepEdit)
        QWidget.setTabOrder(self.cepEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.notesEdit)

        self.retranslateUi(ClientEditDialog)

        QMetaObject.connectSlotsByName(ClientEditDialog)
    # setupUi

    def retranslateUi(self, ClientEditDialog):
        ClientEditDialog.setWindowTitle(QCoreApplication.translate("ClientEditDialog", u"Cadastro do cliente", None))
        self.personTypeLabel.setText(QCoreApplication.translate("ClientEditDialog", u"T&ipo de pessoa:", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Nome / raz\u00e3o social:", None))
        self.tradeNameLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Nome f&antasia:", None))
        self.documentLabel.setText(QCoreApplication.translate("ClientEditDialog", u"CP&F / CNPJ:", None))
        self.rgIeLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&RG / IE:", None))
        self.statusLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Situa\u00e7\u00e3o:", None))
        self.emailLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Telefone:", None))
        self.mobileLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Ce&lular:", None))
        self.streetLabel.setText(QCoreApplication.translate("ClientEditDialog", u"En&dere\u00e7o:", None))
        self.numberLabel.setText(QCoreApplication.translate("ClientEditDialog", u"N&\u00famero:", None))
        self.complementLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Comple&mento:", None))
        self.districtLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Bairro:", None))
        self.cityLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Cidade:", None))
        self.ufLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&UF:", None))
        self.cepLabel.setText(QCoreApplication.translate("ClientEditDialog", u"CE&P:", None))
        self.referenceLabel.setText(QCoreApplication.translate("ClientEditDialog", u"Refer&\u00eancia:", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientEditDialog", u"&Observa\u00e7\u00f5es:", None))
    # retranslateUi

