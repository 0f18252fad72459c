# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_order_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_ServiceOrderForm(object):
    def setupUi(self, ServiceOrderForm):
        if not ServiceOrderForm.objectName():
            ServiceOrderForm.setObjectName(u"ServiceOrderForm")
        ServiceOrderForm.resize(820, 420)
        self.mainLayout = QHBoxLayout(ServiceOrderForm)
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.technicianLabel = QLabel(ServiceOrderForm)
        self.technicianLabel.setObjectName(u"technicianLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.technicianLabel)

        self.technicianCombo = QComboBox(ServiceOrderForm)
        self.technicianCombo.setObjectName(u"technicianCombo")
        self.technicianCombo.setMinimumSize(QSize(190, 0))

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.technicianCombo)

        self.statusLabel = QLabel(ServiceOrderForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ServiceOrderForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.typeLabel = QLabel(ServiceOrderForm)
        self.typeLabel.setObjectName(u"typeLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ServiceOrderForm)
        self.typeCombo.setObjectName(u"typeCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.dateLabel = QLabel(ServiceOrderForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ServiceOrderForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(ServiceOrderForm)
        self.startLabel.setObjectName(u"startLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QTimeEdit(ServiceOrderForm)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.durationLabel = QLabel(ServiceOrderForm)
        self.durationLabel.setObjectName(u"durationLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ServiceOrderForm)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.descriptionLabel = QLabel(ServiceOrderForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ServiceOrderForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.leftLayout.addLayout(self.fieldsLayout)

        self.leftSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.mainLayout.addLayout(self.leftLayout)

        self.dayLayout = QVBoxLayout()
        self.dayLayout.setSpacing(6)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayHeaderLayout = QHBoxLayout()
        self.dayHeaderLayout.setObjectName(u"dayHeaderLayout")
        self.dayLabel = QLabel(ServiceOrderForm)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setWordWrap(True)
        self.dayLabel.setStyleSheet(u"font-weight: 600;")

        self.dayHeaderLayout.addWidget(self.dayLabel)

        self.agendaButton = QPushButton(ServiceOrderForm)
        self.agendaButton.setObjectName(u"agendaButton")
        self.agendaButton.setAutoDefault(False)

        self.dayHeaderLayout.addWidget(self.agendaButton)


        self.dayLayout.addLayout(self.dayHeaderLayout)

        self.dayList = QListWidget(ServiceOrderForm)
        self.dayList.setObjectName(u"dayList")
        self.dayList.setMinimumSize(QSize(230, 160))

        self.dayLayout.addWidget(self.dayList)

        self.conflictLabel = QLabel(ServiceOrderForm)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)
        self.conflictLabel.setStyleSheet(u"color: #b42318; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px;")

        self.dayLayout.addWidget(self.conflictLabel)

        self.offeredBox = QWidget(ServiceOrderForm)
        self.offeredBox.setObjectName(u"offeredBox")
        self.offeredLayout = QHBoxLayout(self.offeredBox)
        self.offeredLayout.setSpacing(4)
        self.offeredLayout.setObjectName(u"offeredLayout")
        self.offeredLayout.setContentsMargins(0, 0, 0, 0)

        self.dayLayout.addWidget(self.offeredBox)


        self.mainLayout.addLayout(self.dayLayout)

#if QT_CONFIG(shortcut)
        self.technicianLabel.setBuddy(self.technicianCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.technicianCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.dayList)
        QWidget.setTabOrder(self.dayList, self.agendaButton)

        self.retranslateUi(ServiceOrderForm)

        QMetaObject.connectSlotsByName(ServiceOrderForm)
    # setupUi

    def retranslateUi(self, ServiceOrderForm):
        self.technicianLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"&T\u00e9cnico:", None))
        self.statusLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"St&atus:", None))
        self.typeLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"Tipo de &OS:", None))
        self.dateLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"&Data:", None))
        self.startLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"&In\u00edcio:", None))
        self.durationLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"D&ura\u00e7\u00e3o:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ServiceOrderForm", u" min", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"D&escri\u00e7\u00e3o:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ServiceOrderForm", u"O que o t\u00e9cnico vai fazer no local", None))
        self.dayLabel.setText(QCoreApplication.translate("ServiceOrderForm", u"Agenda do t\u00e9cnico no dia", None))
        self.agendaButton.setText(QCoreApplication.translate("ServiceOrderForm", u"A&genda\u2026", None))
#if QT_CONFIG(tooltip)
        self.agendaButton.setToolTip(QCoreApplication.translate("ServiceOrderForm", u"Abre a agenda da semana de todos os t\u00e9cnicos", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dayList.setToolTip(QCoreApplication.translate("ServiceOrderForm", u"Enter num hor\u00e1rio livre preenche o in\u00edcio", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

