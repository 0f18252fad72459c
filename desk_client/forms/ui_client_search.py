# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_search.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClientSearchWidget(object):
    def setupUi(self, ClientSearchWidget):
        if not ClientSearchWidget.objectName():
            ClientSearchWidget.setObjectName(u"ClientSearchWidget")
        ClientSearchWidget.resize(900, 460)
        self.mainLayout = QVBoxLayout(ClientSearchWidget)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.criteriaLayout = QGridLayout()
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setHorizontalSpacing(8)
        self.criteriaLayout.setVerticalSpacing(6)
        self.searchLabel = QLabel(ClientSearchWidget)
        self.searchLabel.setObjectName(u"searchLabel")
        self.searchLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.criteriaLayout.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(ClientSearchWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setStyleSheet(u"font-size: 12pt; padding: 3px;")
        self.searchEdit.setClearButtonEnabled(True)

        self.criteriaLayout.addWidget(self.searchEdit, 0, 1, 1, 5)

        self.busyBar = QProgressBar(ClientSearchWidget)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(90, 14))
        self.busyBar.setMinimumSize(QSize(90, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.criteriaLayout.addWidget(self.busyBar, 0, 6, 1, 1)

        self.fieldLabel = QLabel(ClientSearchWidget)
        self.fieldLabel.setObjectName(u"fieldLabel")
        self.fieldLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.criteriaLayout.addWidget(self.fieldLabel, 1, 0, 1, 1)

        self.fieldCombo = QComboBox(ClientSearchWidget)
        self.fieldCombo.setObjectName(u"fieldCombo")
        self.fieldCombo.setMinimumSize(QSize(200, 0))
        self.fieldCombo.setMaxVisibleItems(20)

        self.criteriaLayout.addWidget(self.fieldCombo, 1, 1, 1, 1)

        self.conditionLabel = QLabel(ClientSearchWidget)
        self.conditionLabel.setObjectName(u"conditionLabel")
        self.conditionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.criteriaLayout.addWidget(self.conditionLabel, 1, 2, 1, 1)

        self.conditionCombo = QComboBox(ClientSearchWidget)
        self.conditionCombo.setObjectName(u"conditionCombo")
        self.conditionCombo.setMinimumSize(QSize(120, 0))

        self.criteriaLayout.addWidget(self.conditionCombo, 1, 3, 1, 1)

        self.limitLabel = QLabel(ClientSearchWidget)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.criteriaLayout.addWidget(self.limitLabel, 1, 4, 1, 1)

        self.limitSpin = QSpinBox(ClientSearchWidget)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMaximumSize(QSize(90, 16777215))
        self.limitSpin.setMinimum(1)
        self.limitSpin.setMaximum(500)
        self.limitSpin.setValue(50)

        self.criteriaLayout.addWidget(self.limitSpin, 1, 5, 1, 1)

        self.hintLabel = QLabel(ClientSearchWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #52606d;")
        self.hintLabel.setWordWrap(True)

        self.criteriaLayout.addWidget(self.hintLabel, 2, 1, 1, 6)


        self.mainLayout.addLayout(self.criteriaLayout)

        self.messageLabel = QLabel(ClientSearchWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.resultsTable = QTableView(ClientSearchWidget)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setSortingEnabled(True)
        self.resultsTable.setWordWrap(False)
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.horizontalHeader().setHighlightSections(False)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.resultsTable)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(ClientSearchWidget)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #52606d;")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.keysLabel = QLabel(ClientSearchWidget)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"color: #7b8794;")

        self.footerLayout.addWidget(self.keysLabel)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.conditionLabel.setBuddy(self.conditionCombo)
        self.limitLabel.setBuddy(self.limitSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.fieldCombo)
        QWidget.setTabOrder(self.fieldCombo, self.conditionCombo)
        QWidget.setTabOrder(self.conditionCombo, self.limitSpin)
        QWidget.setTabOrder(self.limitSpin, self.resultsTable)

        self.retranslateUi(ClientSearchWidget)

        QMetaObject.connectSlotsByName(ClientSearchWidget)
    # setupUi

    def retranslateUi(self, ClientSearchWidget):
        ClientSearchWidget.setWindowTitle(QCoreApplication.translate("ClientSearchWidget", u"Localizar Cliente", None))
        self.searchLabel.setText(QCoreApplication.translate("ClientSearchWidget", u"&Procurar:", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ClientSearchWidget", u"Digite o que procurar: a pesquisa come\u00e7a enquanto voc\u00ea digita. Enter pesquisa na hora, \u2193 vai para os resultados, Esc limpa.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.busyBar.setToolTip(QCoreApplication.translate("ClientSearchWidget", u"Pesquisando no servidor\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.fieldLabel.setText(QCoreApplication.translate("ClientSearchWidget", u"Pesquisar &em:", None))
        self.conditionLabel.setText(QCoreApplication.translate("ClientSearchWidget", u"&Condi\u00e7\u00e3o:", None))
        self.limitLabel.setText(QCoreApplication.translate("ClientSearchWidget", u"&Quantidade:", None))
#if QT_CONFIG(tooltip)
        self.limitSpin.setToolTip(QCoreApplication.translate("ClientSearchWidget", u"Quantos clientes trazer no m\u00e1ximo (1 a 500)", None))
#endif // QT_CONFIG(tooltip)
        self.keysLabel.setText(QCoreApplication.translate("ClientSearchWidget", u"\u2193 resultados \u00b7 Enter escolhe \u00b7 Esc limpa", None))
    # retranslateUi

