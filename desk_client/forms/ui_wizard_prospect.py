# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_prospect.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WizardProspectDialog(object):
    def setupUi(self, WizardProspectDialog):
        if not WizardProspectDialog.objectName():
            WizardProspectDialog.setObjectName(u"WizardProspectDialog")
        WizardProspectDialog.resize(440, 260)
        self.mainLayout = QVBoxLayout(WizardProspectDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.prospectForm = QFormLayout()
        self.prospectForm.setObjectName(u"prospectForm")
        self.prospectForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(WizardProspectDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.prospectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(WizardProspectDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(150)

        self.prospectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(WizardProspectDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.prospectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(WizardProspectDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.prospectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.phoneLabel = QLabel(WizardProspectDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.prospectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(WizardProspectDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.prospectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(WizardProspectDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.prospectForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(WizardProspectDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.prospectForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.cityLabel = QLabel(WizardProspectDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.prospectForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(WizardProspectDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(80)

        self.prospectForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)


        self.mainLayout.addLayout(self.prospectForm)

        self.errorLabel = QLabel(WizardProspectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(WizardProspectDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(WizardProspectDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(WizardProspectDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.cityLabel.setBuddy(self.cityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(WizardProspectDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(WizardProspectDialog)
    # setupUi

    def retranslateUi(self, WizardProspectDialog):
        WizardProspectDialog.setWindowTitle(QCoreApplication.translate("WizardProspectDialog", u"Novo Prospecto", None))
        self.nameLabel.setText(QCoreApplication.translate("WizardProspectDialog", u"&Nome:", None))
        self.kindLabel.setText(QCoreApplication.translate("WizardProspectDialog", u"&Tipo:", None))
        self.phoneLabel.setText(QCoreApplication.translate("WizardProspectDialog", u"T&elefone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("WizardProspectDialog", u"(11) 98765-4321", None))
        self.emailLabel.setText(QCoreApplication.translate("WizardProspectDialog", u"E-&mail:", None))
        self.cityLabel.setText(QCoreApplication.translate("WizardProspectDialog", u"&Cidade:", None))
        self.cancelButton.setText(QCoreApplication.translate("WizardProspectDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("WizardProspectDialog", u"&Salvar", None))
    # retranslateUi

