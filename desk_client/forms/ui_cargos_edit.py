# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cargos_edit.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CargoEditDialog(object):
    def setupUi(self, CargoEditDialog):
        if not CargoEditDialog.objectName():
            CargoEditDialog.setObjectName(u"CargoEditDialog")
        CargoEditDialog.resize(480, 440)
        self.mainLayout = QVBoxLayout(CargoEditDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.cargoForm = QFormLayout()
        self.cargoForm.setObjectName(u"cargoForm")
        self.cargoForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(CargoEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.cargoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CargoEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.cargoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.descriptionLabel = QLabel(CargoEditDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.cargoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(CargoEditDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(255)

        self.cargoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.membersLabel = QLabel(CargoEditDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.cargoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersList = QListWidget(CargoEditDialog)
        self.membersList.setObjectName(u"membersList")

        self.cargoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.membersList)

        self.activeCheck = QCheckBox(CargoEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.cargoForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.activeCheck)


        self.mainLayout.addLayout(self.cargoForm)

        self.hintLabel = QLabel(CargoEditDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(CargoEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(CargoEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(CargoEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(CargoEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.membersLabel.setBuddy(self.membersList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.membersList)
        QWidget.setTabOrder(self.membersList, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CargoEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CargoEditDialog)
    # setupUi

    def retranslateUi(self, CargoEditDialog):
        CargoEditDialog.setWindowTitle(QCoreApplication.translate("CargoEditDialog", u"Cargo", None))
        self.nameLabel.setText(QCoreApplication.translate("CargoEditDialog", u"&Nome:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CargoEditDialog", u"&Descri\u00e7\u00e3o:", None))
        self.membersLabel.setText(QCoreApplication.translate("CargoEditDialog", u"&Membros:", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("CargoEditDialog", u"Membros do cargo", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(QCoreApplication.translate("CargoEditDialog", u"A&tivo", None))
        self.hintLabel.setText(QCoreApplication.translate("CargoEditDialog", u"Marque os membros com a barra de espa\u00e7o.", None))
        self.cancelButton.setText(QCoreApplication.translate("CargoEditDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("CargoEditDialog", u"&Salvar", None))
    # retranslateUi

