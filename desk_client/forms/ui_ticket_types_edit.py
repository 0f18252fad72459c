# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_types_edit.ui'
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
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_TicketTypeEditDialog(object):
    def setupUi(self, TicketTypeEditDialog):
        if not TicketTypeEditDialog.objectName():
            TicketTypeEditDialog.setObjectName(u"TicketTypeEditDialog")
        TicketTypeEditDialog.resize(500, 330)
        self.mainLayout = QVBoxLayout(TicketTypeEditDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.typeForm = QFormLayout()
        self.typeForm.setObjectName(u"typeForm")
        self.typeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(TicketTypeEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TicketTypeEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.typeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.descriptionLabel = QLabel(TicketTypeEditDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.typeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(TicketTypeEditDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(255)

        self.typeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.destinationKindCaption = QLabel(TicketTypeEditDialog)
        self.destinationKindCaption.setObjectName(u"destinationKindCaption")

        self.typeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationKindCaption)

        self.destinationKindLayout = QHBoxLayout()
        self.destinationKindLayout.setSpacing(16)
        self.destinationKindLayout.setObjectName(u"destinationKindLayout")
        self.noneRadio = QRadioButton(TicketTypeEditDialog)
        self.noneRadio.setObjectName(u"noneRadio")
        self.noneRadio.setChecked(True)

        self.destinationKindLayout.addWidget(self.noneRadio)

        self.userRadio = QRadioButton(TicketTypeEditDialog)
        self.userRadio.setObjectName(u"userRadio")

        self.destinationKindLayout.addWidget(self.userRadio)

        self.cargoRadio = QRadioButton(TicketTypeEditDialog)
        self.cargoRadio.setObjectName(u"cargoRadio")

        self.destinationKindLayout.addWidget(self.cargoRadio)

        self.destinationKindSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.destinationKindLayout.addItem(self.destinationKindSpacer)


        self.typeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.destinationKindLayout)

        self.destinationLabel = QLabel(TicketTypeEditDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.typeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationCombo = QComboBox(TicketTypeEditDialog)
        self.destinationCombo.setObjectName(u"destinationCombo")

        self.typeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.destinationCombo)

        self.slaLabel = QLabel(TicketTypeEditDialog)
        self.slaLabel.setObjectName(u"slaLabel")

        self.typeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slaLabel)

        self.slaSpin = QSpinBox(TicketTypeEditDialog)
        self.slaSpin.setObjectName(u"slaSpin")
        self.slaSpin.setMinimum(1)
        self.slaSpin.setMaximum(8760)
        self.slaSpin.setValue(24)

        self.typeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slaSpin)

        self.linkingCheck = QCheckBox(TicketTypeEditDialog)
        self.linkingCheck.setObjectName(u"linkingCheck")

        self.typeForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.linkingCheck)

        self.activeCheck = QCheckBox(TicketTypeEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.typeForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.activeCheck)


        self.mainLayout.addLayout(self.typeForm)

        self.errorLabel = QLabel(TicketTypeEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(TicketTypeEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(TicketTypeEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TicketTypeEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.slaLabel.setBuddy(self.slaSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.noneRadio)
        QWidget.setTabOrder(self.noneRadio, self.userRadio)
        QWidget.setTabOrder(self.userRadio, self.cargoRadio)
        QWidget.setTabOrder(self.cargoRadio, self.destinationCombo)
        QWidget.setTabOrder(self.destinationCombo, self.slaSpin)
        QWidget.setTabOrder(self.slaSpin, self.linkingCheck)
        QWidget.setTabOrder(self.linkingCheck, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(TicketTypeEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TicketTypeEditDialog)
    # setupUi

    def retranslateUi(self, TicketTypeEditDialog):
        TicketTypeEditDialog.setWindowTitle(QCoreApplication.translate("TicketTypeEditDialog", u"Tipo de Atendimento", None))
        self.nameLabel.setText(QCoreApplication.translate("TicketTypeEditDialog", u"&Nome:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TicketTypeEditDialog", u"&Descri\u00e7\u00e3o:", None))
        self.destinationKindCaption.setText(QCoreApplication.translate("TicketTypeEditDialog", u"Destino padr\u00e3o:", None))
        self.noneRadio.setText(QCoreApplication.translate("TicketTypeEditDialog", u"Nen&hum", None))
        self.userRadio.setText(QCoreApplication.translate("TicketTypeEditDialog", u"&Usu\u00e1rio", None))
        self.cargoRadio.setText(QCoreApplication.translate("TicketTypeEditDialog", u"Car&go", None))
        self.destinationLabel.setText(QCoreApplication.translate("TicketTypeEditDialog", u"&Respons\u00e1vel:", None))
        self.slaLabel.setText(QCoreApplication.translate("TicketTypeEditDialog", u"SL&A (horas):", None))
        self.linkingCheck.setText(QCoreApplication.translate("TicketTypeEditDialog", u"Permite &v\u00ednculo (atendimento pai/filho na mesma rede)", None))
        self.activeCheck.setText(QCoreApplication.translate("TicketTypeEditDialog", u"A&tivo", None))
        self.cancelButton.setText(QCoreApplication.translate("TicketTypeEditDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("TicketTypeEditDialog", u"&Salvar", None))
    # retranslateUi

