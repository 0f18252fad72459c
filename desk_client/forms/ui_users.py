# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersWindow(object):
    def setupUi(self, UsersWindow):
        if not UsersWindow.objectName():
            UsersWindow.setObjectName(u"UsersWindow")
        UsersWindow.resize(900, 500)
        self.mainLayout = QVBoxLayout(UsersWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 10)
        self.headingLabel = QLabel(UsersWindow)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 700;")

        self.mainLayout.addWidget(self.headingLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(UsersWindow)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(UsersWindow)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.unlockButton = QPushButton(UsersWindow)
        self.unlockButton.setObjectName(u"unlockButton")

        self.toolLayout.addWidget(self.unlockButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.inactiveCheck = QCheckBox(UsersWindow)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.toolLayout.addWidget(self.inactiveCheck)

        self.refreshButton = QPushButton(UsersWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.usersTable = QTableWidget(UsersWindow)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSortingEnabled(True)

        self.mainLayout.addWidget(self.usersTable)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(UsersWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.busyBar = QProgressBar(UsersWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.statusLayout.addWidget(self.busyBar)

        self.statusLabel = QLabel(UsersWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.statusLayout)

        self.closeBox = QDialogButtonBox(UsersWindow)
        self.closeBox.setObjectName(u"closeBox")
        self.closeBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.closeBox)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.refreshButton)

        self.retranslateUi(UsersWindow)

        QMetaObject.connectSlotsByName(UsersWindow)
    # setupUi

    def retranslateUi(self, UsersWindow):
        UsersWindow.setWindowTitle(QCoreApplication.translate("UsersWindow", u"Usu\u00e1rios", None))
        self.headingLabel.setText(QCoreApplication.translate("UsersWindow", u"Usu\u00e1rios", None))
        self.addButton.setText(QCoreApplication.translate("UsersWindow", u"&Novo\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersWindow", u"&Editar\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersWindow", u"&Desbloquear", None))
        self.inactiveCheck.setText(QCoreApplication.translate("UsersWindow", u"Mostrar &inativos", None))
        self.refreshButton.setText(QCoreApplication.translate("UsersWindow", u"A&tualizar", None))
    # retranslateUi

