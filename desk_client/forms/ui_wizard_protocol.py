# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_protocol.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WizardProtocolPage(object):
    def setupUi(self, WizardProtocolPage):
        if not WizardProtocolPage.objectName():
            WizardProtocolPage.setObjectName(u"WizardProtocolPage")
        self.mainLayout = QVBoxLayout(WizardProtocolPage)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.protocolGroup = QGroupBox(WizardProtocolPage)
        self.protocolGroup.setObjectName(u"protocolGroup")
        self.protocolLayout = QVBoxLayout(self.protocolGroup)
        self.protocolLayout.setSpacing(10)
        self.protocolLayout.setObjectName(u"protocolLayout")
        self.instructionLabel = QLabel(self.protocolGroup)
        self.instructionLabel.setObjectName(u"instructionLabel")
        self.instructionLabel.setStyleSheet(u"font-size: 12pt;")

        self.protocolLayout.addWidget(self.instructionLabel)

        self.protocolNumberLayout = QHBoxLayout()
        self.protocolNumberLayout.setSpacing(16)
        self.protocolNumberLayout.setObjectName(u"protocolNumberLayout")
        self.protocolLabel = QLabel(self.protocolGroup)
        self.protocolLabel.setObjectName(u"protocolLabel")
        self.protocolLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.protocolLabel.setMinimumSize(QSize(0, 56))

        self.protocolNumberLayout.addWidget(self.protocolLabel)

        self.copyButton = QPushButton(self.protocolGroup)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.protocolNumberLayout.addWidget(self.copyButton)

        self.protocolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.protocolNumberLayout.addItem(self.protocolSpacer)


        self.protocolLayout.addLayout(self.protocolNumberLayout)

        self.reserveLayout = QHBoxLayout()
        self.reserveLayout.setObjectName(u"reserveLayout")
        self.busyBar = QProgressBar(self.protocolGroup)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(100, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.reserveLayout.addWidget(self.busyBar)

        self.statusLabel = QLabel(self.protocolGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.reserveLayout.addWidget(self.statusLabel)

        self.retryButton = QPushButton(self.protocolGroup)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setAutoDefault(False)

        self.reserveLayout.addWidget(self.retryButton)


        self.protocolLayout.addLayout(self.reserveLayout)


        self.mainLayout.addWidget(self.protocolGroup)

        self.kindGroup = QGroupBox(WizardProtocolPage)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QVBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindRadioLayout = QHBoxLayout()
        self.kindRadioLayout.setSpacing(24)
        self.kindRadioLayout.setObjectName(u"kindRadioLayout")
        self.clientRadio = QRadioButton(self.kindGroup)
        self.clientRadio.setObjectName(u"clientRadio")
        self.clientRadio.setChecked(True)

        self.kindRadioLayout.addWidget(self.clientRadio)

        self.prospectRadio = QRadioButton(self.kindGroup)
        self.prospectRadio.setObjectName(u"prospectRadio")

        self.kindRadioLayout.addWidget(self.prospectRadio)

        self.accessPointRadio = QRadioButton(self.kindGroup)
        self.accessPointRadio.setObjectName(u"accessPointRadio")

        self.kindRadioLayout.addWidget(self.accessPointRadio)

        self.kindSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRadioLayout.addItem(self.kindSpacer)


        self.kindLayout.addLayout(self.kindRadioLayout)

        self.kindHintLabel = QLabel(self.kindGroup)
        self.kindHintLabel.setObjectName(u"kindHintLabel")
        self.kindHintLabel.setStyleSheet(u"color: #52606d;")
        self.kindHintLabel.setWordWrap(True)

        self.kindLayout.addWidget(self.kindHintLabel)


        self.mainLayout.addWidget(self.kindGroup)

        self.bottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.clientRadio, self.prospectRadio)
        QWidget.setTabOrder(self.prospectRadio, self.accessPointRadio)
        QWidget.setTabOrder(self.accessPointRadio, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.retryButton)

        self.retranslateUi(WizardProtocolPage)

        QMetaObject.connectSlotsByName(WizardProtocolPage)
    # setupUi

    def retranslateUi(self, WizardProtocolPage):
        self.protocolGroup.setTitle(QCoreApplication.translate("WizardProtocolPage", u"Protocolo", None))
        self.instructionLabel.setText(QCoreApplication.translate("WizardProtocolPage", u"Informe o n\u00famero do protocolo ao cliente.", None))
        self.protocolLabel.setText(QCoreApplication.translate("WizardProtocolPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.protocolLabel.setAccessibleName(QCoreApplication.translate("WizardProtocolPage", u"N\u00famero do protocolo", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("WizardProtocolPage", u"Copiar &n\u00famero", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("WizardProtocolPage", u"Copia o n\u00famero do protocolo para a \u00e1rea de transfer\u00eancia", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("WizardProtocolPage", u"&Tentar novamente", None))
        self.kindGroup.setTitle(QCoreApplication.translate("WizardProtocolPage", u"Novo atendimento para", None))
        self.clientRadio.setText(QCoreApplication.translate("WizardProtocolPage", u"&Cliente", None))
        self.prospectRadio.setText(QCoreApplication.translate("WizardProtocolPage", u"&Prospecto", None))
        self.accessPointRadio.setText(QCoreApplication.translate("WizardProtocolPage", u"P. &Acesso", None))
        self.kindHintLabel.setText(QCoreApplication.translate("WizardProtocolPage", u"Escolha com as setas ou Alt+letra sublinhada e tecle Enter para avan\u00e7ar.", None))
        pass
    # retranslateUi

