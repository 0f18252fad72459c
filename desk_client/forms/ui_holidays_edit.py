# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays_edit.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HolidayEditDialog(object):
    def setupUi(self, HolidayEditDialog):
        if not HolidayEditDialog.objectName():
            HolidayEditDialog.setObjectName(u"HolidayEditDialog")
        HolidayEditDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(HolidayEditDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.holidayForm = QFormLayout()
        self.holidayForm.setObjectName(u"holidayForm")
        self.holidayForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.dayLabel = QLabel(HolidayEditDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.holidayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(HolidayEditDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.holidayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.nameLabel = QLabel(HolidayEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.holidayForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HolidayEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.holidayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.activeCheck = QCheckBox(HolidayEditDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.holidayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.holidayForm)

        self.hintLabel = QLabel(HolidayEditDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(HolidayEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(HolidayEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(HolidayEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(HolidayEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(HolidayEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(HolidayEditDialog)
    # setupUi

    def retranslateUi(self, HolidayEditDialog):
        HolidayEditDialog.setWindowTitle(QCoreApplication.translate("HolidayEditDialog", u"Feriado municipal", None))
        self.dayLabel.setText(QCoreApplication.translate("HolidayEditDialog", u"&Data:", None))
        self.nameLabel.setText(QCoreApplication.translate("HolidayEditDialog", u"&Nome:", None))
        self.activeCheck.setText(QCoreApplication.translate("HolidayEditDialog", u"A&tivo (conta no prazo dos atendimentos)", None))
        self.hintLabel.setText(QCoreApplication.translate("HolidayEditDialog", u"Incluir, mudar a data ou desativar um feriado recalcula o prazo dos atendimentos abertos.", None))
        self.cancelButton.setText(QCoreApplication.translate("HolidayEditDialog", u"Cancelar", None))
        self.saveButton.setText(QCoreApplication.translate("HolidayEditDialog", u"&Salvar", None))
    # retranslateUi

