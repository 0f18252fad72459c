# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prospects_window.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ProspectsWindow(object):
    def setupUi(self, ProspectsWindow):
        if not ProspectsWindow.objectName():
            ProspectsWindow.setObjectName(u"ProspectsWindow")
        ProspectsWindow.resize(1100, 640)
        self.mainLayout = QVBoxLayout(ProspectsWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.nameLabel = QLabel(ProspectsWindow)
        self.nameLabel.setObjectName(u"nameLabel")

        self.filterLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(ProspectsWindow)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.nameEdit)

        self.statusLabel = QLabel(ProspectsWindow)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ProspectsWindow)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.kindLabel = QLabel(ProspectsWindow)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ProspectsWindow)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.periodCheck = QCheckBox(ProspectsWindow)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filterLayout.addWidget(self.periodCheck)

        self.fromDate = QDateEdit(ProspectsWindow)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ProspectsWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ProspectsWindow)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.searchButton = QPushButton(ProspectsWindow)
        self.searchButton.setObjectName(u"searchButton")

        self.filterLayout.addWidget(self.searchButton)

        self.newButton = QPushButton(ProspectsWindow)
        self.newButton.setObjectName(u"newButton")

        self.filterLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(ProspectsWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(ProspectsWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.prospectsTable = QTableView(self.splitter)
        self.prospectsTable.setObjectName(u"prospectsTable")
        self.splitter.addWidget(self.prospectsTable)
        self.recordPane = QWidget(self.splitter)
        self.recordPane.setObjectName(u"recordPane")
        self.recordLayout = QVBoxLayout(self.recordPane)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.recordHeaderLayout = QHBoxLayout()
        self.recordHeaderLayout.setObjectName(u"recordHeaderLayout")
        self.titleLabel = QLabel(self.recordPane)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.recordHeaderLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordHeaderLayout.addItem(self.headerSpacer)

        self.convertButton = QPushButton(self.recordPane)
        self.convertButton.setObjectName(u"convertButton")

        self.recordHeaderLayout.addWidget(self.convertButton)


        self.recordLayout.addLayout(self.recordHeaderLayout)

        self.detailLabel = QLabel(self.recordPane)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordLayout.addWidget(self.detailLabel)

        self.tabs = QTabWidget(self.recordPane)
        self.tabs.setObjectName(u"tabs")
        self.contactsPage = QWidget()
        self.contactsPage.setObjectName(u"contactsPage")
        self.contactsLayout = QVBoxLayout(self.contactsPage)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableView(self.contactsPage)
        self.contactsTable.setObjectName(u"contactsTable")

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactFormLayout = QHBoxLayout()
        self.contactFormLayout.setObjectName(u"contactFormLayout")
        self.contactNameEdit = QLineEdit(self.contactsPage)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactFormLayout.addWidget(self.contactNameEdit)

        self.contactPhoneEdit = QLineEdit(self.contactsPage)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.contactFormLayout.addWidget(self.contactPhoneEdit)

        self.contactEmailEdit = QLineEdit(self.contactsPage)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")

        self.contactFormLayout.addWidget(self.contactEmailEdit)

        self.addContactButton = QPushButton(self.contactsPage)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactFormLayout.addWidget(self.addContactButton)


        self.contactsLayout.addLayout(self.contactFormLayout)

        self.tabs.addTab(self.contactsPage, "")
        self.emailPage = QWidget()
        self.emailPage.setObjectName(u"emailPage")
        self.emailLayout = QVBoxLayout(self.emailPage)
        self.emailLayout.setObjectName(u"emailLayout")
        self.emailLabel = QLabel(self.emailPage)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setWordWrap(True)

        self.emailLayout.addWidget(self.emailLabel)

        self.mailtoButton = QPushButton(self.emailPage)
        self.mailtoButton.setObjectName(u"mailtoButton")

        self.emailLayout.addWidget(self.mailtoButton)

        self.emailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emailLayout.addItem(self.emailSpacer)

        self.tabs.addTab(self.emailPage, "")
        self.mapPage = QWidget()
        self.mapPage.setObjectName(u"mapPage")
        self.mapLayout = QFormLayout(self.mapPage)
        self.mapLayout.setObjectName(u"mapLayout")
        self.addressCaption = QLabel(self.mapPage)
        self.addressCaption.setObjectName(u"addressCaption")

        self.mapLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressLabel = QLabel(self.mapPage)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setWordWrap(True)

        self.mapLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressLabel)

        self.latitudeLabel = QLabel(self.mapPage)
        self.latitudeLabel.setObjectName(u"latitudeLabel")

        self.mapLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.latitudeLabel)

        self.latitudeEdit = QLineEdit(self.mapPage)
        self.latitudeEdit.setObjectName(u"latitudeEdit")

        self.mapLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.latitudeEdit)

        self.longitudeLabel = QLabel(self.mapPage)
        self.longitudeLabel.setObjectName(u"longitudeLabel")

        self.mapLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.longitudeLabel)

        self.longitudeEdit = QLineEdit(self.mapPage)
        self.longitudeEdit.setObjectName(u"longitudeEdit")

        self.mapLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.longitudeEdit)

        self.mapButtons = QHBoxLayout()
        self.mapButtons.setObjectName(u"mapButtons")
        self.saveLocationButton = QPushButton(self.mapPage)
        self.saveLocationButton.setObjectName(u"saveLocationButton")

        self.mapButtons.addWidget(self.saveLocationButton)

        self.openMapButton = QPushButton(self.mapPage)
        self.openMapButton.setObjectName(u"openMapButton")

        self.mapButtons.addWidget(self.openMapButton)


        self.mapLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.mapButtons)

        self.mapHintLabel = QLabel(self.mapPage)
        self.mapHintLabel.setObjectName(u"mapHintLabel")
        self.mapHintLabel.setWordWrap(True)
        self.mapHintLabel.setStyleSheet(u"color: #52606d;")

        self.mapLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mapHintLabel)

        self.tabs.addTab(self.mapPage, "")

        self.recordLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.recordPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ProspectsWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.latitudeLabel.setBuddy(self.latitudeEdit)
        self.longitudeLabel.setBuddy(self.longitudeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.periodCheck)
        QWidget.setTabOrder(self.periodCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.prospectsTable)

        self.retranslateUi(ProspectsWindow)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProspectsWindow)
    # setupUi

    def retranslateUi(self, ProspectsWindow):
        ProspectsWindow.setWindowTitle(QCoreApplication.translate("ProspectsWindow", u"Prospectos", None))
        self.nameLabel.setText(QCoreApplication.translate("ProspectsWindow", u"&Nome:", None))
        self.statusLabel.setText(QCoreApplication.translate("ProspectsWindow", u"&Status:", None))
        self.kindLabel.setText(QCoreApplication.translate("ProspectsWindow", u"&Tipo:", None))
        self.periodCheck.setText(QCoreApplication.translate("ProspectsWindow", u"Per\u00edo&do:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ProspectsWindow", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ProspectsWindow", u"at\u00e9", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ProspectsWindow", u"dd/MM/yyyy", None))
        self.searchButton.setText(QCoreApplication.translate("ProspectsWindow", u"&Pesquisar", None))
        self.newButton.setText(QCoreApplication.translate("ProspectsWindow", u"N&ovo prospecto\u2026", None))
        self.convertButton.setText(QCoreApplication.translate("ProspectsWindow", u"Con&verter em cliente\u2026", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("ProspectsWindow", u"Nome do contato", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("ProspectsWindow", u"Telefone", None))
        self.contactEmailEdit.setPlaceholderText(QCoreApplication.translate("ProspectsWindow", u"E-mail", None))
        self.addContactButton.setText(QCoreApplication.translate("ProspectsWindow", u"&Adicionar contato", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsPage), QCoreApplication.translate("ProspectsWindow", u"&Contatos", None))
        self.mailtoButton.setText(QCoreApplication.translate("ProspectsWindow", u"Escrever no p&rograma de e-mail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.emailPage), QCoreApplication.translate("ProspectsWindow", u"&E-mail", None))
        self.addressCaption.setText(QCoreApplication.translate("ProspectsWindow", u"Endere\u00e7o:", None))
        self.latitudeLabel.setText(QCoreApplication.translate("ProspectsWindow", u"&Latitude:", None))
        self.latitudeEdit.setPlaceholderText(QCoreApplication.translate("ProspectsWindow", u"ex. -20,8197", None))
        self.longitudeLabel.setText(QCoreApplication.translate("ProspectsWindow", u"Lon&gitude:", None))
        self.longitudeEdit.setPlaceholderText(QCoreApplication.translate("ProspectsWindow", u"ex. -49,3797", None))
        self.saveLocationButton.setText(QCoreApplication.translate("ProspectsWindow", u"S&alvar coordenadas", None))
        self.openMapButton.setText(QCoreApplication.translate("ProspectsWindow", u"A&brir no mapa", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mapPage), QCoreApplication.translate("ProspectsWindow", u"&Mapa", None))
        self.closeButton.setText(QCoreApplication.translate("ProspectsWindow", u"&Fechar", None))
    # retranslateUi

