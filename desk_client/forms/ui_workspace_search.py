# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace_search.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TicketSearchWindow(object):
    def setupUi(self, TicketSearchWindow):
        if not TicketSearchWindow.objectName():
            TicketSearchWindow.setObjectName(u"TicketSearchWindow")
        TicketSearchWindow.resize(1100, 680)
        self.mainLayout = QVBoxLayout(TicketSearchWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersBox = QGroupBox(TicketSearchWindow)
        self.filtersBox.setObjectName(u"filtersBox")
        self.filtersLayout = QGridLayout(self.filtersBox)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.textLabel = QLabel(self.filtersBox)
        self.textLabel.setObjectName(u"textLabel")

        self.filtersLayout.addWidget(self.textLabel, 0, 0, 1, 1)

        self.textEdit = QLineEdit(self.filtersBox)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.textEdit, 0, 1, 1, 3)

        self.statusLabel = QLabel(self.filtersBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filtersLayout.addWidget(self.statusLabel, 1, 0, 1, 1)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.openCheck = QCheckBox(self.filtersBox)
        self.openCheck.setObjectName(u"openCheck")

        self.statusLayout.addWidget(self.openCheck)

        self.forwardedCheck = QCheckBox(self.filtersBox)
        self.forwardedCheck.setObjectName(u"forwardedCheck")

        self.statusLayout.addWidget(self.forwardedCheck)

        self.doneCheck = QCheckBox(self.filtersBox)
        self.doneCheck.setObjectName(u"doneCheck")

        self.statusLayout.addWidget(self.doneCheck)

        self.unsolvedCheck = QCheckBox(self.filtersBox)
        self.unsolvedCheck.setObjectName(u"unsolvedCheck")

        self.statusLayout.addWidget(self.unsolvedCheck)

        self.cancelledCheck = QCheckBox(self.filtersBox)
        self.cancelledCheck.setObjectName(u"cancelledCheck")

        self.statusLayout.addWidget(self.cancelledCheck)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)


        self.filtersLayout.addLayout(self.statusLayout, 1, 1, 1, 3)

        self.periodCheck = QCheckBox(self.filtersBox)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filtersLayout.addWidget(self.periodCheck, 2, 0, 1, 1)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromDate = QDateEdit(self.filtersBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.filtersBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.filtersBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.filtersLayout.addLayout(self.periodLayout, 2, 1, 1, 1)

        self.slaLabel = QLabel(self.filtersBox)
        self.slaLabel.setObjectName(u"slaLabel")

        self.filtersLayout.addWidget(self.slaLabel, 2, 2, 1, 1)

        self.slaCombo = QComboBox(self.filtersBox)
        self.slaCombo.setObjectName(u"slaCombo")

        self.filtersLayout.addWidget(self.slaCombo, 2, 3, 1, 1)

        self.typeLabel = QLabel(self.filtersBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filtersLayout.addWidget(self.typeLabel, 3, 0, 1, 1)

        self.typeCombo = QComboBox(self.filtersBox)
        self.typeCombo.setObjectName(u"typeCombo")

        self.filtersLayout.addWidget(self.typeCombo, 3, 1, 1, 1)

        self.destinationLabel = QLabel(self.filtersBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.filtersLayout.addWidget(self.destinationLabel, 3, 2, 1, 1)

        self.destinationCombo = QComboBox(self.filtersBox)
        self.destinationCombo.setObjectName(u"destinationCombo")

        self.filtersLayout.addWidget(self.destinationCombo, 3, 3, 1, 1)

        self.cityLabel = QLabel(self.filtersBox)
        self.cityLabel.setObjectName(u"cityLabel")

        self.filtersLayout.addWidget(self.cityLabel, 4, 0, 1, 1)

        self.cityEdit = QLineEdit(self.filtersBox)
        self.cityEdit.setObjectName(u"cityEdit")

        self.filtersLayout.addWidget(self.cityEdit, 4, 1, 1, 1)

        self.pointLabel = QLabel(self.filtersBox)
        self.pointLabel.setObjectName(u"pointLabel")

        self.filtersLayout.addWidget(self.pointLabel, 4, 2, 1, 1)

        self.pointCombo = QComboBox(self.filtersBox)
        self.pointCombo.setObjectName(u"pointCombo")

        self.filtersLayout.addWidget(self.pointCombo, 4, 3, 1, 1)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(self.filtersBox)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonLayout.addWidget(self.clearButton)

        self.searchButton = QPushButton(self.filtersBox)
        self.searchButton.setObjectName(u"searchButton")

        self.buttonLayout.addWidget(self.searchButton)


        self.filtersLayout.addLayout(self.buttonLayout, 5, 0, 1, 4)


        self.mainLayout.addWidget(self.filtersBox)

        self.listHost = QVBoxLayout()
        self.listHost.setObjectName(u"listHost")

        self.mainLayout.addLayout(self.listHost)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.toLabel.setBuddy(self.toDate)
        self.slaLabel.setBuddy(self.slaCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.cityLabel.setBuddy(self.cityEdit)
        self.pointLabel.setBuddy(self.pointCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TicketSearchWindow)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(TicketSearchWindow)
    # setupUi

    def retranslateUi(self, TicketSearchWindow):
        TicketSearchWindow.setWindowTitle(QCoreApplication.translate("TicketSearchWindow", u"Atendimentos", None))
        self.filtersBox.setTitle(QCoreApplication.translate("TicketSearchWindow", u"Filtros", None))
        self.textLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"Pr&otocolo ou cliente:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("TicketSearchWindow", u"20261122-000123-7 ou nome do cliente", None))
        self.statusLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"Situa\u00e7\u00e3o:", None))
        self.openCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"Ab&erto", None))
        self.forwardedCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"Encamin&hado", None))
        self.doneCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"Conc&lu\u00eddo", None))
        self.unsolvedCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"Sem sol&u\u00e7\u00e3o", None))
        self.cancelledCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"&Cancelado", None))
        self.periodCheck.setText(QCoreApplication.translate("TicketSearchWindow", u"Pe&r\u00edodo de abertura:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("TicketSearchWindow", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"at\u00e9", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("TicketSearchWindow", u"dd/MM/yyyy", None))
        self.slaLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"&SLA:", None))
        self.typeLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"&Tipo:", None))
        self.destinationLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"&Destino:", None))
        self.cityLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"C&idade:", None))
        self.pointLabel.setText(QCoreApplication.translate("TicketSearchWindow", u"Ponto de &acesso:", None))
        self.clearButton.setText(QCoreApplication.translate("TicketSearchWindow", u"Li&mpar", None))
        self.searchButton.setText(QCoreApplication.translate("TicketSearchWindow", u"&Buscar", None))
#if QT_CONFIG(tooltip)
        self.searchButton.setToolTip(QCoreApplication.translate("TicketSearchWindow", u"Busca com os filtros (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

