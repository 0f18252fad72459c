# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_action.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TicketActionDialog(object):
    def setupUi(self, TicketActionDialog):
        if not TicketActionDialog.objectName():
            TicketActionDialog.setObjectName(u"TicketActionDialog")
        TicketActionDialog.resize(560, 360)
        TicketActionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(TicketActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(TicketActionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.messageLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.destinationLabel = QLabel(TicketActionDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationCombo = QComboBox(TicketActionDialog)
        self.destinationCombo.setObjectName(u"destinationCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.destinationCombo)

        self.statusLabel = QLabel(TicketActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(TicketActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.outcomeLabel = QLabel(TicketActionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(TicketActionDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.closeTypeLabel = QLabel(TicketActionDialog)
        self.closeTypeLabel.setObjectName(u"closeTypeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closeTypeLabel)

        self.closeTypeCombo = QComboBox(TicketActionDialog)
        self.closeTypeCombo.setObjectName(u"closeTypeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closeTypeCombo)

        self.childrenCheck = QCheckBox(TicketActionDialog)
        self.childrenCheck.setObjectName(u"childrenCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.childrenCheck)

        self.reasonLabel = QLabel(TicketActionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(TicketActionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(TicketActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TicketActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.closeTypeLabel.setBuddy(self.closeTypeCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TicketActionDialog)

        QMetaObject.connectSlotsByName(TicketActionDialog)
    # setupUi

    def retranslateUi(self, TicketActionDialog):
        self.destinationLabel.setText(QCoreApplication.translate("TicketActionDialog", u"&Destino:", None))
        self.statusLabel.setText(QCoreApplication.translate("TicketActionDialog", u"&Status:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("TicketActionDialog", u"&Resultado:", None))
        self.closeTypeLabel.setText(QCoreApplication.translate("TicketActionDialog", u"&Tipo de fechamento:", None))
        self.childrenCheck.setText(QCoreApplication.translate("TicketActionDialog", u"Fechar tamb\u00e9m os atendimentos &filhos abertos, com o mesmo motivo", None))
        self.reasonLabel.setText(QCoreApplication.translate("TicketActionDialog", u"M&otivo:", None))
        pass
    # retranslateUi

