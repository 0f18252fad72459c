# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_window.ui'
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
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AgendaWindow(object):
    def setupUi(self, AgendaWindow):
        if not AgendaWindow.objectName():
            AgendaWindow.setObjectName(u"AgendaWindow")
        AgendaWindow.resize(1200, 720)
        self.mainLayout = QVBoxLayout(AgendaWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.previousButton = QPushButton(AgendaWindow)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)
        self.previousButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(AgendaWindow)
        self.todayButton.setObjectName(u"todayButton")
        self.todayButton.setAutoDefault(False)
        self.todayButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(AgendaWindow)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.nextButton)

        self.periodLabel = QLabel(AgendaWindow)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600; padding-left: 8px;")

        self.barLayout.addWidget(self.periodLabel)

        self.barSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)

        self.dayRadio = QRadioButton(AgendaWindow)
        self.dayRadio.setObjectName(u"dayRadio")
        self.dayRadio.setChecked(True)
        self.dayRadio.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.dayRadio)

        self.weekRadio = QRadioButton(AgendaWindow)
        self.weekRadio.setObjectName(u"weekRadio")
        self.weekRadio.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.weekRadio)

        self.refreshButton = QPushButton(AgendaWindow)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)
        self.refreshButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.barLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.barLayout)

        self.grid = QTableWidget(AgendaWindow)
        self.grid.setObjectName(u"grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.setAlternatingRowColors(False)

        self.mainLayout.addWidget(self.grid)

        self.messageLabel = QLabel(AgendaWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(AgendaWindow)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)


        self.retranslateUi(AgendaWindow)

        QMetaObject.connectSlotsByName(AgendaWindow)
    # setupUi

    def retranslateUi(self, AgendaWindow):
        AgendaWindow.setWindowTitle(QCoreApplication.translate("AgendaWindow", u"Agenda dos t\u00e9cnicos", None))
        self.previousButton.setText(QCoreApplication.translate("AgendaWindow", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("AgendaWindow", u"Dia/semana anterior (Ctrl+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("AgendaWindow", u"&Hoje", None))
        self.nextButton.setText(QCoreApplication.translate("AgendaWindow", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("AgendaWindow", u"Pr\u00f3ximo dia/semana (Ctrl+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.dayRadio.setText(QCoreApplication.translate("AgendaWindow", u"&Dia", None))
        self.weekRadio.setText(QCoreApplication.translate("AgendaWindow", u"&Semana", None))
        self.refreshButton.setText(QCoreApplication.translate("AgendaWindow", u"&Atualizar", None))
        self.hintLabel.setText(QCoreApplication.translate("AgendaWindow", u"Setas: mover entre hor\u00e1rios e t\u00e9cnicos \u00b7 Enter: abrir a O.S. ou agendar no hor\u00e1rio livre \u00b7 Ctrl+\u2190/\u2192: dia ou semana \u00b7 arraste um bloco para remarcar, a borda de baixo para mudar a dura\u00e7\u00e3o", None))
    # retranslateUi

