# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_statuses_edit.ui'
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
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_TicketStatusEditDialog(object):
    def setupUi(self, TicketStatusEditDialog):
        if not TicketStatusEditDialog.objectName():
            TicketStatusEditDialog.setObjectName(u"TicketStatusEditDialog")
        TicketStatusEditDialog.resize(440, 260)
        self.mainLayout = QVBoxLayout(TicketStatusEditDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(TicketStatusEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TicketStatusEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(TicketStatusEditDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(TicketStatusEditDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.positionLabel = QLabel(TicketStatusEditDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionSpin = QSpinBox(TicketStatusEditDialog)
        self.positionSpin.setObjectName(u"positionSpin")
        self.positionSpin.setMaximum(9999)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionSpin)

        self.activeCheck = QCheckBox(TicketStatusEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.statusForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.activeCheck)


        self.mainLayout.addLayout(self.statusForm)

        self.hintLabel = QLabel(TicketStatusEditDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(TicketStatusEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(TicketStatusEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(TicketStatusEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(TicketStatusEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.positionLabel.setBuddy(self.positionSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.positionSpin)
        QWidget.setTabOrder(self.positionSpin, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(TicketStatusEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TicketStatusEditDialog)
    # setupUi

    def retranslateUi(self, TicketStatusEditDialog):
        TicketStatusEditDialog.setWindowTitle(QCoreApplication.translate("TicketStatusEditDialog", u"Status de atendimento", None))
        self.nameLabel.setText(QCoreApplication.translate("TicketStatusEditDialog", u"&Nome:", None))
        self.categoryLabel.setText(QCoreApplication.translate("TicketStatusEditDialog", u"&Categoria:", None))
        self.positionLabel.setText(QCoreApplication.translate("TicketStatusEditDialog", u"&Ordem:", None))
        self.activeCheck.setText(QCoreApplication.translate("TicketStatusEditDialog", u"A&tivo", None))
        self.hintLabel.setText(QCoreApplication.translate("TicketStatusEditDialog", u"A categoria diz o que o status significa para o SLA: \u201cAguardando cliente\u201d pausa o prazo.", None))
        self.cancelButton.setText(QCoreApplication.translate("TicketStatusEditDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("TicketStatusEditDialog", u"&Salvar", None))
    # retranslateUi

