# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_locate.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_WizardLocatePage(object):
    def setupUi(self, WizardLocatePage):
        if not WizardLocatePage.objectName():
            WizardLocatePage.setObjectName(u"WizardLocatePage")
        self.mainLayout = QVBoxLayout(WizardLocatePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.modeStack = QStackedWidget(WizardLocatePage)
        self.modeStack.setObjectName(u"modeStack")
        self.clientMode = QWidget()
        self.clientMode.setObjectName(u"clientMode")
        self.clientModeLayout = QVBoxLayout(self.clientMode)
        self.clientModeLayout.setObjectName(u"clientModeLayout")
        self.clientModeLayout.setContentsMargins(0, 0, 0, 0)
        self.clientSearchHost = QWidget(self.clientMode)
        self.clientSearchHost.setObjectName(u"clientSearchHost")

        self.clientModeLayout.addWidget(self.clientSearchHost)

        self.clientHintLabel = QLabel(self.clientMode)
        self.clientHintLabel.setObjectName(u"clientHintLabel")
        self.clientHintLabel.setStyleSheet(u"color: #52606d;")
        self.clientHintLabel.setWordWrap(True)

        self.clientModeLayout.addWidget(self.clientHintLabel)

        self.modeStack.addWidget(self.clientMode)
        self.prospectMode = QWidget()
        self.prospectMode.setObjectName(u"prospectMode")
        self.prospectModeLayout = QVBoxLayout(self.prospectMode)
        self.prospectModeLayout.setObjectName(u"prospectModeLayout")
        self.prospectModeLayout.setContentsMargins(0, 0, 0, 0)
        self.prospectSearchLayout = QHBoxLayout()
        self.prospectSearchLayout.setObjectName(u"prospectSearchLayout")
        self.prospectSearchLabel = QLabel(self.prospectMode)
        self.prospectSearchLabel.setObjectName(u"prospectSearchLabel")

        self.prospectSearchLayout.addWidget(self.prospectSearchLabel)

        self.prospectSearchEdit = QLineEdit(self.prospectMode)
        self.prospectSearchEdit.setObjectName(u"prospectSearchEdit")
        self.prospectSearchEdit.setClearButtonEnabled(True)

        self.prospectSearchLayout.addWidget(self.prospectSearchEdit)

        self.newProspectButton = QPushButton(self.prospectMode)
        self.newProspectButton.setObjectName(u"newProspectButton")
        self.newProspectButton.setAutoDefault(False)

        self.prospectSearchLayout.addWidget(self.newProspectButton)


        self.prospectModeLayout.addLayout(self.prospectSearchLayout)

        self.prospectTable = QTableWidget(self.prospectMode)
        self.prospectTable.setObjectName(u"prospectTable")
        self.prospectTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prospectTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prospectTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prospectTable.setAlternatingRowColors(True)
        self.prospectTable.setSortingEnabled(True)

        self.prospectModeLayout.addWidget(self.prospectTable)

        self.prospectCountLabel = QLabel(self.prospectMode)
        self.prospectCountLabel.setObjectName(u"prospectCountLabel")
        self.prospectCountLabel.setStyleSheet(u"color: #52606d;")

        self.prospectModeLayout.addWidget(self.prospectCountLabel)

        self.modeStack.addWidget(self.prospectMode)
        self.accessPointMode = QWidget()
        self.accessPointMode.setObjectName(u"accessPointMode")
        self.accessPointModeLayout = QVBoxLayout(self.accessPointMode)
        self.accessPointModeLayout.setObjectName(u"accessPointModeLayout")
        self.accessPointModeLayout.setContentsMargins(0, 0, 0, 0)
        self.accessPointFilterLayout = QHBoxLayout()
        self.accessPointFilterLayout.setObjectName(u"accessPointFilterLayout")
        self.accessPointFilterLabel = QLabel(self.accessPointMode)
        self.accessPointFilterLabel.setObjectName(u"accessPointFilterLabel")

        self.accessPointFilterLayout.addWidget(self.accessPointFilterLabel)

        self.accessPointFilterEdit = QLineEdit(self.accessPointMode)
        self.accessPointFilterEdit.setObjectName(u"accessPointFilterEdit")
        self.accessPointFilterEdit.setClearButtonEnabled(True)

        self.accessPointFilterLayout.addWidget(self.accessPointFilterEdit)


        self.accessPointModeLayout.addLayout(self.accessPointFilterLayout)

        self.accessPointTable = QTableWidget(self.accessPointMode)
        self.accessPointTable.setObjectName(u"accessPointTable")
        self.accessPointTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accessPointTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accessPointTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accessPointTable.setAlternatingRowColors(True)
        self.accessPointTable.setSortingEnabled(True)

        self.accessPointModeLayout.addWidget(self.accessPointTable)

        self.accessPointCountLabel = QLabel(self.accessPointMode)
        self.accessPointCountLabel.setObjectName(u"accessPointCountLabel")
        self.accessPointCountLabel.setStyleSheet(u"color: #52606d;")

        self.accessPointModeLayout.addWidget(self.accessPointCountLabel)

        self.modeStack.addWidget(self.accessPointMode)

        self.mainLayout.addWidget(self.modeStack)

        self.statusLabel = QLabel(WizardLocatePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.prospectSearchLabel.setBuddy(self.prospectSearchEdit)
        self.accessPointFilterLabel.setBuddy(self.accessPointFilterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prospectSearchEdit, self.prospectTable)
        QWidget.setTabOrder(self.prospectTable, self.newProspectButton)
        QWidget.setTabOrder(self.newProspectButton, self.accessPointFilterEdit)
        QWidget.setTabOrder(self.accessPointFilterEdit, self.accessPointTable)

        self.retranslateUi(WizardLocatePage)

        QMetaObject.connectSlotsByName(WizardLocatePage)
    # setupUi

    def retranslateUi(self, WizardLocatePage):
        self.clientHintLabel.setText(QCoreApplication.translate("WizardLocatePage", u"Pesquise pelo nome, CPF/CNPJ, login, MAC, IP, telefone ou protocolo; escolha o cliente com as setas e tecle Enter.", None))
        self.prospectSearchLabel.setText(QCoreApplication.translate("WizardLocatePage", u"&Buscar prospecto:", None))
        self.prospectSearchEdit.setPlaceholderText(QCoreApplication.translate("WizardLocatePage", u"nome, telefone ou e-mail", None))
        self.newProspectButton.setText(QCoreApplication.translate("WizardLocatePage", u"&Novo prospecto\u2026", None))
#if QT_CONFIG(accessibility)
        self.prospectTable.setAccessibleName(QCoreApplication.translate("WizardLocatePage", u"Prospectos", None))
#endif // QT_CONFIG(accessibility)
        self.accessPointFilterLabel.setText(QCoreApplication.translate("WizardLocatePage", u"&Filtrar pontos de acesso:", None))
        self.accessPointFilterEdit.setPlaceholderText(QCoreApplication.translate("WizardLocatePage", u"nome do ponto ou da rede", None))
#if QT_CONFIG(accessibility)
        self.accessPointTable.setAccessibleName(QCoreApplication.translate("WizardLocatePage", u"Pontos de acesso", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

