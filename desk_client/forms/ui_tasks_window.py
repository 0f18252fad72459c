# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tasks_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_TasksWindow(object):
    def setupUi(self, TasksWindow):
        if not TasksWindow.objectName():
            TasksWindow.setObjectName(u"TasksWindow")
        TasksWindow.resize(980, 520)
        self.mainLayout = QVBoxLayout(TasksWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.countLabel = QLabel(TasksWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-weight: 600;")

        self.barLayout.addWidget(self.countLabel)

        self.barSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)

        self.showDoneCheck = QCheckBox(TasksWindow)
        self.showDoneCheck.setObjectName(u"showDoneCheck")

        self.barLayout.addWidget(self.showDoneCheck)

        self.refreshButton = QPushButton(TasksWindow)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.barLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.barLayout)

        self.table = QTableWidget(TasksWindow)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)

        self.mainLayout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.messageLabel = QLabel(TasksWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.messageLabel)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.doneButton = QPushButton(TasksWindow)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonsLayout.addWidget(self.doneButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(TasksWindow)

        self.doneButton.setDefault(True)


        QMetaObject.connectSlotsByName(TasksWindow)
    # setupUi

    def retranslateUi(self, TasksWindow):
        TasksWindow.setWindowTitle(QCoreApplication.translate("TasksWindow", u"Minhas tarefas", None))
        self.showDoneCheck.setText(QCoreApplication.translate("TasksWindow", u"Mostrar &conclu\u00eddas", None))
        self.refreshButton.setText(QCoreApplication.translate("TasksWindow", u"&Atualizar", None))
        self.doneButton.setText(QCoreApplication.translate("TasksWindow", u"Marcar como &feita", None))
    # retranslateUi

