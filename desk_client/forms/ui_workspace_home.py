# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_home.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_WorkspaceHome(object):
    def setupUi(self, WorkspaceHome):
        if not WorkspaceHome.objectName():
            WorkspaceHome.setObjectName(u"WorkspaceHome")
        WorkspaceHome.resize(1000, 560)
        self.homeLayout = QVBoxLayout(WorkspaceHome)
        self.homeLayout.setSpacing(6)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(0, 0, 0, 0)
        self.noticeLabel = QLabel(WorkspaceHome)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.homeLayout.addWidget(self.noticeLabel)

        self.queueTabs = QTabWidget(WorkspaceHome)
        self.queueTabs.setObjectName(u"queueTabs")
        self.mineTab = QWidget()
        self.mineTab.setObjectName(u"mineTab")
        self.mineLayout = QVBoxLayout(self.mineTab)
        self.mineLayout.setObjectName(u"mineLayout")
        self.queueTabs.addTab(self.mineTab, "")
        self.cargoTab = QWidget()
        self.cargoTab.setObjectName(u"cargoTab")
        self.cargoLayout = QVBoxLayout(self.cargoTab)
        self.cargoLayout.setObjectName(u"cargoLayout")
        self.queueTabs.addTab(self.cargoTab, "")
        self.allTab = QWidget()
        self.allTab.setObjectName(u"allTab")
        self.allLayout = QVBoxLayout(self.allTab)
        self.allLayout.setObjectName(u"allLayout")
        self.queueTabs.addTab(self.allTab, "")

        self.homeLayout.addWidget(self.queueTabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(WorkspaceHome)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.takeButton = QPushButton(WorkspaceHome)
        self.takeButton.setObjectName(u"takeButton")

        self.buttonsLayout.addWidget(self.takeButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.updatedLabel = QLabel(WorkspaceHome)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setStyleSheet(u"color: #52606d;")

        self.buttonsLayout.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(WorkspaceHome)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonsLayout.addWidget(self.refreshButton)


        self.homeLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(WorkspaceHome)

        QMetaObject.connectSlotsByName(WorkspaceHome)
    # setupUi

    def retranslateUi(self, WorkspaceHome):
        self.queueTabs.setTabText(self.queueTabs.indexOf(self.mineTab), QCoreApplication.translate("WorkspaceHome", u"&Meus atendimentos", None))
        self.queueTabs.setTabText(self.queueTabs.indexOf(self.cargoTab), QCoreApplication.translate("WorkspaceHome", u"Do meu &cargo", None))
        self.queueTabs.setTabText(self.queueTabs.indexOf(self.allTab), QCoreApplication.translate("WorkspaceHome", u"T&odos", None))
        self.openButton.setText(QCoreApplication.translate("WorkspaceHome", u"&Abrir atendimento", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("WorkspaceHome", u"Abre o atendimento selecionado (Enter ou duplo clique)", None))
#endif // QT_CONFIG(tooltip)
        self.takeButton.setText(QCoreApplication.translate("WorkspaceHome", u"A&ssumir", None))
#if QT_CONFIG(tooltip)
        self.takeButton.setToolTip(QCoreApplication.translate("WorkspaceHome", u"Assume o atendimento enviado ao seu cargo (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("WorkspaceHome", u"A&tualizar", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("WorkspaceHome", u"A lista se atualiza sozinha; F5 for\u00e7a agora", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

