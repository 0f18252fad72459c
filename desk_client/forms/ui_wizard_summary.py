# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_summary.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WizardSummaryDialog(object):
    def setupUi(self, WizardSummaryDialog):
        if not WizardSummaryDialog.objectName():
            WizardSummaryDialog.setObjectName(u"WizardSummaryDialog")
        WizardSummaryDialog.resize(580, 380)
        WizardSummaryDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(WizardSummaryDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 14)
        self.headlineLayout = QHBoxLayout()
        self.headlineLayout.setObjectName(u"headlineLayout")
        self.stateIconLabel = QLabel(WizardSummaryDialog)
        self.stateIconLabel.setObjectName(u"stateIconLabel")
        self.stateIconLabel.setMinimumSize(QSize(24, 24))
        self.stateIconLabel.setMaximumSize(QSize(24, 24))
        self.stateIconLabel.setScaledContents(True)

        self.headlineLayout.addWidget(self.stateIconLabel)

        self.headlineLabel = QLabel(WizardSummaryDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.headlineLayout.addWidget(self.headlineLabel)

        self.headlineSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headlineLayout.addItem(self.headlineSpacer)


        self.mainLayout.addLayout(self.headlineLayout)

        self.protocolCaption = QLabel(WizardSummaryDialog)
        self.protocolCaption.setObjectName(u"protocolCaption")
        self.protocolCaption.setStyleSheet(u"color: #52606d;")

        self.mainLayout.addWidget(self.protocolCaption)

        self.protocolLayout = QHBoxLayout()
        self.protocolLayout.setObjectName(u"protocolLayout")
        self.protocolLabel = QLabel(WizardSummaryDialog)
        self.protocolLabel.setObjectName(u"protocolLabel")
        self.protocolLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.protocolLayout.addWidget(self.protocolLabel)

        self.copyButton = QPushButton(WizardSummaryDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.protocolLayout.addWidget(self.copyButton)

        self.protocolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.protocolLayout.addItem(self.protocolSpacer)


        self.mainLayout.addLayout(self.protocolLayout)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.subjectCaption = QLabel(WizardSummaryDialog)
        self.subjectCaption.setObjectName(u"subjectCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectCaption)

        self.subjectValue = QLabel(WizardSummaryDialog)
        self.subjectValue.setObjectName(u"subjectValue")
        self.subjectValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subjectValue.setWordWrap(True)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectValue)

        self.typeCaption = QLabel(WizardSummaryDialog)
        self.typeCaption.setObjectName(u"typeCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeCaption)

        self.typeValue = QLabel(WizardSummaryDialog)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typeValue.setWordWrap(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.destinationCaption = QLabel(WizardSummaryDialog)
        self.destinationCaption.setObjectName(u"destinationCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationCaption)

        self.destinationValue = QLabel(WizardSummaryDialog)
        self.destinationValue.setObjectName(u"destinationValue")
        self.destinationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.destinationValue.setWordWrap(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.destinationValue)

        self.statusCaption = QLabel(WizardSummaryDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(WizardSummaryDialog)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusValue.setWordWrap(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.parentCaption = QLabel(WizardSummaryDialog)
        self.parentCaption.setObjectName(u"parentCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.parentCaption)

        self.parentValue = QLabel(WizardSummaryDialog)
        self.parentValue.setObjectName(u"parentValue")
        self.parentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parentValue.setWordWrap(True)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.parentValue)


        self.mainLayout.addLayout(self.detailsForm)

        self.noteLabel = QLabel(WizardSummaryDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.okButton = QPushButton(WizardSummaryDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonLayout.addWidget(self.okButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.okButton, self.copyButton)

        self.retranslateUi(WizardSummaryDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(WizardSummaryDialog)
    # setupUi

    def retranslateUi(self, WizardSummaryDialog):
        WizardSummaryDialog.setWindowTitle(QCoreApplication.translate("WizardSummaryDialog", u"Atendimento registrado", None))
        self.protocolCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Protocolo", None))
#if QT_CONFIG(accessibility)
        self.protocolLabel.setAccessibleName(QCoreApplication.translate("WizardSummaryDialog", u"N\u00famero do protocolo", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("WizardSummaryDialog", u"Copiar &n\u00famero", None))
        self.subjectCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Atendimento de:", None))
        self.typeCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Tipo Atendimento:", None))
        self.destinationCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Destino:", None))
        self.statusCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Situa\u00e7\u00e3o:", None))
        self.parentCaption.setText(QCoreApplication.translate("WizardSummaryDialog", u"Atendimento pai:", None))
        self.okButton.setText(QCoreApplication.translate("WizardSummaryDialog", u"&OK", None))
    # retranslateUi

