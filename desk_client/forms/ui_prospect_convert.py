# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prospect_convert.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProspectConvertDialog(object):
    def setupUi(self, ProspectConvertDialog):
        if not ProspectConvertDialog.objectName():
            ProspectConvertDialog.setObjectName(u"ProspectConvertDialog")
        ProspectConvertDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(ProspectConvertDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ProspectConvertDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personTypeLabel = QLabel(ProspectConvertDialog)
        self.personTypeLabel.setObjectName(u"personTypeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personTypeLabel)

        self.personTypeCombo = QComboBox(ProspectConvertDialog)
        self.personTypeCombo.setObjectName(u"personTypeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personTypeCombo)

        self.documentLabel = QLabel(ProspectConvertDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(ProspectConvertDialog)
        self.documentEdit.setObjectName(u"documentEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProspectConvertDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b42318;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProspectConvertDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personTypeLabel.setBuddy(self.personTypeCombo)
        self.documentLabel.setBuddy(self.documentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProspectConvertDialog)

        QMetaObject.connectSlotsByName(ProspectConvertDialog)
    # setupUi

    def retranslateUi(self, ProspectConvertDialog):
        ProspectConvertDialog.setWindowTitle(QCoreApplication.translate("ProspectConvertDialog", u"Converter prospecto em cliente", None))
        self.personTypeLabel.setText(QCoreApplication.translate("ProspectConvertDialog", u"&Tipo de pessoa:", None))
        self.documentLabel.setText(QCoreApplication.translate("ProspectConvertDialog", u"CP&F / CNPJ:", None))
    # retranslateUi

