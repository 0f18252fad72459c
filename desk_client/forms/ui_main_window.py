# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 700)
        self.actionNewTicket = QAction(MainWindow)
        self.actionNewTicket.setObjectName(u"actionNewTicket")
        self.actionNewTicket.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.actionFindClient = QAction(MainWindow)
        self.actionFindClient.setObjectName(u"actionFindClient")
        self.actionFindClient.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.actionTickets = QAction(MainWindow)
        self.actionTickets.setObjectName(u"actionTickets")
        self.actionAgenda = QAction(MainWindow)
        self.actionAgenda.setObjectName(u"actionAgenda")
        self.actionScripts = QAction(MainWindow)
        self.actionScripts.setObjectName(u"actionScripts")
        self.actionTicketTypes = QAction(MainWindow)
        self.actionTicketTypes.setObjectName(u"actionTicketTypes")
        self.actionRouters = QAction(MainWindow)
        self.actionRouters.setObjectName(u"actionRouters")
        self.actionUsers = QAction(MainWindow)
        self.actionUsers.setObjectName(u"actionUsers")
        self.actionLogout = QAction(MainWindow)
        self.actionLogout.setObjectName(u"actionLogout")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(32, 28, 32, 20)
        self.welcomeLabel = QLabel(self.centralWidget)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.centralLayout.addWidget(self.welcomeLabel)

        self.hintLabel = QLabel(self.centralWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d; font-size: 11pt;")
        self.hintLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.hintLabel)

        self.workspace = QStackedWidget(self.centralWidget)
        self.workspace.setObjectName(u"workspace")
        self.homePage = QWidget()
        self.homePage.setObjectName(u"homePage")
        self.homeLayout = QVBoxLayout(self.homePage)
        self.homeLayout.setObjectName(u"homeLayout")
        self.shortcutsLabel = QLabel(self.homePage)
        self.shortcutsLabel.setObjectName(u"shortcutsLabel")
        self.shortcutsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.shortcutsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.shortcutsLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.shortcutsLabel)

        self.workspace.addWidget(self.homePage)

        self.centralLayout.addWidget(self.workspace)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuAttendance = QMenu(self.menuBar)
        self.menuAttendance.setObjectName(u"menuAttendance")
        self.menuAdmin = QMenu(self.menuBar)
        self.menuAdmin.setObjectName(u"menuAdmin")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuAttendance.menuAction())
        self.menuBar.addAction(self.menuAdmin.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionLogout)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuAttendance.addAction(self.actionNewTicket)
        self.menuAttendance.addAction(self.actionFindClient)
        self.menuAttendance.addAction(self.actionTickets)
        self.menuAttendance.addAction(self.actionAgenda)
        self.menuAdmin.addAction(self.actionScripts)
        self.menuAdmin.addAction(self.actionTicketTypes)
        self.menuAdmin.addAction(self.actionRouters)
        self.menuAdmin.addAction(self.actionUsers)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNewTicket)
        self.mainToolBar.addAction(self.actionFindClient)
        self.mainToolBar.addAction(self.actionTickets)
        self.mainToolBar.addAction(self.actionAgenda)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionScripts)
        self.mainToolBar.addAction(self.actionRouters)
        self.mainToolBar.addAction(self.actionUsers)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ISP Desk", None))
        self.actionNewTicket.setText(QCoreApplication.translate("MainWindow", u"&Novo Atendimento", None))
#if QT_CONFIG(tooltip)
        self.actionNewTicket.setToolTip(QCoreApplication.translate("MainWindow", u"Abrir um novo atendimento (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewTicket.setShortcut(QCoreApplication.translate("MainWindow", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.actionFindClient.setText(QCoreApplication.translate("MainWindow", u"&Localizar Cliente", None))
#if QT_CONFIG(tooltip)
        self.actionFindClient.setToolTip(QCoreApplication.translate("MainWindow", u"Localizar um cliente (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionFindClient.setShortcut(QCoreApplication.translate("MainWindow", u"F3", None))
#endif // QT_CONFIG(shortcut)
        self.actionTickets.setText(QCoreApplication.translate("MainWindow", u"A&tendimentos", None))
#if QT_CONFIG(tooltip)
        self.actionTickets.setToolTip(QCoreApplication.translate("MainWindow", u"Fila de atendimentos", None))
#endif // QT_CONFIG(tooltip)
        self.actionAgenda.setText(QCoreApplication.translate("MainWindow", u"A&genda", None))
#if QT_CONFIG(tooltip)
        self.actionAgenda.setToolTip(QCoreApplication.translate("MainWindow", u"Agenda dos t\u00e9cnicos (O.S.)", None))
#endif // QT_CONFIG(tooltip)
        self.actionScripts.setText(QCoreApplication.translate("MainWindow", u"&Scripts", None))
#if QT_CONFIG(tooltip)
        self.actionScripts.setToolTip(QCoreApplication.translate("MainWindow", u"Scripts de atendimento", None))
#endif // QT_CONFIG(tooltip)
        self.actionTicketTypes.setText(QCoreApplication.translate("MainWindow", u"Tipos de &atendimento e cargos", None))
        self.actionRouters.setText(QCoreApplication.translate("MainWindow", u"&Roteadores", None))
#if QT_CONFIG(tooltip)
        self.actionRouters.setToolTip(QCoreApplication.translate("MainWindow", u"Concentradores MikroTik", None))
#endif // QT_CONFIG(tooltip)
        self.actionUsers.setText(QCoreApplication.translate("MainWindow", u"&Usu\u00e1rios", None))
        self.actionLogout.setText(QCoreApplication.translate("MainWindow", u"Sair da &sess\u00e3o", None))
#if QT_CONFIG(shortcut)
        self.actionLogout.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"Sai&r", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Sobre o ISP Desk", None))
        self.welcomeLabel.setText(QCoreApplication.translate("MainWindow", u"Bem-vindo(a)", None))
        self.hintLabel.setText(QCoreApplication.translate("MainWindow", u"Pressione F2 para um novo atendimento ou F3 para localizar um cliente.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Arquivo", None))
        self.menuAttendance.setTitle(QCoreApplication.translate("MainWindow", u"A&tendimento", None))
        self.menuAdmin.setTitle(QCoreApplication.translate("MainWindow", u"A&dministra\u00e7\u00e3o", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Aj&uda", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Barra principal", None))
    # retranslateUi

