# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_abandon.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WizardAbandonDialog(object):
    def setupUi(self, WizardAbandonDialog):
        if not WizardAbandonDialog.objectName():
            WizardAbandonDialog.setObjectName(u"WizardAbandonDialog")
        WizardAbandonDialog.resize(480, 220)
        self.mainLayout = QVBoxLayout(WizardAbandonDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.questionLabel = QLabel(WizardAbandonDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setStyleSheet(u"font-size: 11pt;")

        self.mainLayout.addWidget(self.questionLabel)

        self.reasonLabel = QLabel(WizardAbandonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonCombo = QComboBox(WizardAbandonDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.mainLayout.addWidget(self.reasonCombo)

        self.errorLabel = QLabel(WizardAbandonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.continueButton = QPushButton(WizardAbandonDialog)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.continueButton)

        self.abandonButton = QPushButton(WizardAbandonDialog)
        self.abandonButton.setObjectName(u"abandonButton")

        self.buttonLayout.addWidget(self.abandonButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.abandonButton)
        QWidget.setTabOrder(self.abandonButton, self.continueButton)

        self.retranslateUi(WizardAbandonDialog)

        self.abandonButton.setDefault(True)


        QMetaObject.connectSlotsByName(WizardAbandonDialog)
    # setupUi

    def retranslateUi(self, WizardAbandonDialog):
        WizardAbandonDialog.setWindowTitle(QCoreApplication.translate("WizardAbandonDialog", u"Abandonar atendimento", None))
        self.reasonLabel.setText(QCoreApplication.translate("WizardAbandonDialog", u"&Motivo:", None))
        self.continueButton.setText(QCoreApplication.translate("WizardAbandonDialog", u"&Continuar atendimento", None))
        self.abandonButton.setText(QCoreApplication.translate("WizardAbandonDialog", u"&Abandonar atendimento", None))
    # retranslateUi

