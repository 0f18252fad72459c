# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ClientDetailWindow(object):
    def setupUi(self, ClientDetailWindow):
        if not ClientDetailWindow.objectName():
            ClientDetailWindow.setObjectName(u"ClientDetailWindow")
        ClientDetailWindow.resize(1080, 680)
        self.mainLayout = QVBoxLayout(ClientDetailWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(ClientDetailWindow)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setStyleSheet(u"font-size: 16pt; font-weight: 700;")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.nameLabel)

        self.subtitleLabel = QLabel(ClientDetailWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #52606d;")

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(ClientDetailWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.bannerLabel = QLabel(ClientDetailWindow)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.bannerLabel)

        self.loadingLayout = QHBoxLayout()
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadBusy = QProgressBar(ClientDetailWindow)
        self.loadBusy.setObjectName(u"loadBusy")
        self.loadBusy.setMaximumSize(QSize(90, 14))
        self.loadBusy.setMinimumSize(QSize(90, 14))
        self.loadBusy.setMaximum(0)
        self.loadBusy.setTextVisible(False)

        self.loadingLayout.addWidget(self.loadBusy)

        self.loadMessageLabel = QLabel(ClientDetailWindow)
        self.loadMessageLabel.setObjectName(u"loadMessageLabel")
        self.loadMessageLabel.setWordWrap(True)

        self.loadingLayout.addWidget(self.loadMessageLabel)

        self.loadSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loadingLayout.addItem(self.loadSpacer)


        self.mainLayout.addLayout(self.loadingLayout)

        self.tabWidget = QTabWidget(ClientDetailWindow)
        self.tabWidget.setObjectName(u"tabWidget")
        self.registryTab = QWidget()
        self.registryTab.setObjectName(u"registryTab")
        self.registryLayout = QVBoxLayout(self.registryTab)
        self.registryLayout.setSpacing(10)
        self.registryLayout.setObjectName(u"registryLayout")
        self.registryColumns = QHBoxLayout()
        self.registryColumns.setSpacing(24)
        self.registryColumns.setObjectName(u"registryColumns")
        self.registryLeftForm = QFormLayout()
        self.registryLeftForm.setObjectName(u"registryLeftForm")
        self.registryLeftForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registryLeftForm.setHorizontalSpacing(10)
        self.registryLeftForm.setVerticalSpacing(4)
        self.codeLabel = QLabel(self.registryTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.registryLeftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.registryTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setReadOnly(True)
        self.codeEdit.setFrame(False)

        self.registryLeftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.personTypeLabel = QLabel(self.registryTab)
        self.personTypeLabel.setObjectName(u"personTypeLabel")

        self.registryLeftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personTypeLabel)

        self.personTypeEdit = QLineEdit(self.registryTab)
        self.personTypeEdit.setObjectName(u"personTypeEdit")
        self.personTypeEdit.setReadOnly(True)
        self.personTypeEdit.setFrame(False)

        self.registryLeftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personTypeEdit)

        self.nameFieldLabel = QLabel(self.registryTab)
        self.nameFieldLabel.setObjectName(u"nameFieldLabel")

        self.registryLeftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameFieldLabel)

        self.nameEdit = QLineEdit(self.registryTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setReadOnly(True)
        self.nameEdit.setFrame(False)

        self.registryLeftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.tradeNameLabel = QLabel(self.registryTab)
        self.tradeNameLabel.setObjectName(u"tradeNameLabel")

        self.registryLeftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tradeNameLabel)

        self.tradeNameEdit = QLineEdit(self.registryTab)
        self.tradeNameEdit.setObjectName(u"tradeNameEdit")
        self.tradeNameEdit.setReadOnly(True)
        self.tradeNameEdit.setFrame(False)

        self.registryLeftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tradeNameEdit)

        self.documentLabel = QLabel(self.registryTab)
        self.documentLabel.setObjectName(u"documentLabel")

        self.registryLeftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(self.registryTab)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setReadOnly(True)
        self.documentEdit.setFrame(False)

        self.registryLeftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.rgIeLabel = QLabel(self.registryTab)
        self.rgIeLabel.setObjectName(u"rgIeLabel")

        self.registryLeftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rgIeLabel)

        self.rgIeEdit = QLineEdit(self.registryTab)
        self.rgIeEdit.setObjectName(u"rgIeEdit")
        self.rgIeEdit.setReadOnly(True)
        self.rgIeEdit.setFrame(False)

        self.registryLeftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rgIeEdit)

        self.birthDateLabel = QLabel(self.registryTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.registryLeftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.registryTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setReadOnly(True)
        self.birthDateEdit.setFrame(False)

        self.registryLeftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.startDateLabel = QLabel(self.registryTab)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.registryLeftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QLineEdit(self.registryTab)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setReadOnly(True)
        self.startDateEdit.setFrame(False)

        self.registryLeftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startDateEdit)


        self.registryColumns.addLayout(self.registryLeftForm)

        self.registryRightForm = QFormLayout()
        self.registryRightForm.setObjectName(u"registryRightForm")
        self.registryRightForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registryRightForm.setHorizontalSpacing(10)
        self.registryRightForm.setVerticalSpacing(4)
        self.registryStatusLabel = QLabel(self.registryTab)
        self.registryStatusLabel.setObjectName(u"registryStatusLabel")

        self.registryRightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registryStatusLabel)

        self.registryStatusValue = QLabel(self.registryTab)
        self.registryStatusValue.setObjectName(u"registryStatusValue")

        self.registryRightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registryStatusValue)

        self.pendingLabel = QLabel(self.registryTab)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.registryRightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pendingLabel)

        self.pendingValue = QLabel(self.registryTab)
        self.pendingValue.setObjectName(u"pendingValue")

        self.registryRightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.openTicketsLabel = QLabel(self.registryTab)
        self.openTicketsLabel.setObjectName(u"openTicketsLabel")

        self.registryRightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openTicketsLabel)

        self.openTicketsEdit = QLineEdit(self.registryTab)
        self.openTicketsEdit.setObjectName(u"openTicketsEdit")
        self.openTicketsEdit.setReadOnly(True)
        self.openTicketsEdit.setFrame(False)

        self.registryRightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openTicketsEdit)

        self.phoneLabel = QLabel(self.registryTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.registryRightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.registryTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setReadOnly(True)
        self.phoneEdit.setFrame(False)

        self.registryRightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.mobileLabel = QLabel(self.registryTab)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.registryRightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(self.registryTab)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setReadOnly(True)
        self.mobileEdit.setFrame(False)

        self.registryRightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.emailLabel = QLabel(self.registryTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.registryRightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.registryTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setReadOnly(True)
        self.emailEdit.setFrame(False)

        self.registryRightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailAccountsLabel = QLabel(self.registryTab)
        self.emailAccountsLabel.setObjectName(u"emailAccountsLabel")

        self.registryRightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailAccountsLabel)

        self.emailAccountsEdit = QLineEdit(self.registryTab)
        self.emailAccountsEdit.setObjectName(u"emailAccountsEdit")
        self.emailAccountsEdit.setReadOnly(True)
        self.emailAccountsEdit.setFrame(False)

        self.registryRightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailAccountsEdit)

        self.domainsLabel = QLabel(self.registryTab)
        self.domainsLabel.setObjectName(u"domainsLabel")

        self.registryRightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.domainsLabel)

        self.domainsEdit = QLineEdit(self.registryTab)
        self.domainsEdit.setObjectName(u"domainsEdit")
        self.domainsEdit.setReadOnly(True)
        self.domainsEdit.setFrame(False)

        self.registryRightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.domainsEdit)


        self.registryColumns.addLayout(self.registryRightForm)


        self.registryLayout.addLayout(self.registryColumns)

        self.addressGroup = QGroupBox(self.registryTab)
        self.addressGroup.setObjectName(u"addressGroup")
        self.registryWideForm = QFormLayout(self.addressGroup)
        self.registryWideForm.setObjectName(u"registryWideForm")
        self.registryWideForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registryWideForm.setHorizontalSpacing(10)
        self.registryWideForm.setVerticalSpacing(4)
        self.addressLabel = QLabel(self.addressGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.registryWideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.addressGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setReadOnly(True)
        self.addressEdit.setFrame(False)

        self.registryWideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.installAddressLabel = QLabel(self.addressGroup)
        self.installAddressLabel.setObjectName(u"installAddressLabel")

        self.registryWideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.installAddressLabel)

        self.installAddressEdit = QLineEdit(self.addressGroup)
        self.installAddressEdit.setObjectName(u"installAddressEdit")
        self.installAddressEdit.setReadOnly(True)
        self.installAddressEdit.setFrame(False)

        self.registryWideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.installAddressEdit)

        self.referenceLabel = QLabel(self.addressGroup)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.registryWideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.addressGroup)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setReadOnly(True)
        self.referenceEdit.setFrame(False)

        self.registryWideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.notesLabel = QLabel(self.addressGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.registryWideForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.addressGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setReadOnly(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.registryWideForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.registryLayout.addWidget(self.addressGroup)

        self.registrySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.registryLayout.addItem(self.registrySpacer)

        self.tabWidget.addTab(self.registryTab, "")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansTabLayout = QVBoxLayout(self.plansTab)
        self.plansTabLayout.setObjectName(u"plansTabLayout")
        self.plansTabLayout.setContentsMargins(0, 0, 0, 0)
        self.plansScroll = QScrollArea(self.plansTab)
        self.plansScroll.setObjectName(u"plansScroll")
        self.plansScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plansScroll.setWidgetResizable(True)
        self.plansScrollContents = QWidget()
        self.plansScrollContents.setObjectName(u"plansScrollContents")
        self.plansLayout = QVBoxLayout(self.plansScrollContents)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansMessageLabel = QLabel(self.plansScrollContents)
        self.plansMessageLabel.setObjectName(u"plansMessageLabel")
        self.plansMessageLabel.setStyleSheet(u"color: #52606d;")
        self.plansMessageLabel.setWordWrap(True)

        self.plansLayout.addWidget(self.plansMessageLabel)

        self.subscriptionsTable = QTableView(self.plansScrollContents)
        self.subscriptionsTable.setObjectName(u"subscriptionsTable")
        self.subscriptionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriptionsTable.setAlternatingRowColors(True)
        self.subscriptionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subscriptionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptionsTable.setSortingEnabled(True)
        self.subscriptionsTable.setWordWrap(False)
        self.subscriptionsTable.setTabKeyNavigation(False)
        self.subscriptionsTable.setMaximumSize(QSize(16777215, 150))
        self.subscriptionsTable.horizontalHeader().setStretchLastSection(True)
        self.subscriptionsTable.verticalHeader().setVisible(False)

        self.plansLayout.addWidget(self.subscriptionsTable)

        self.plansDetailLayout = QHBoxLayout()
        self.plansDetailLayout.setSpacing(10)
        self.plansDetailLayout.setObjectName(u"plansDetailLayout")
        self.connectionGroup = QGroupBox(self.plansScrollContents)
        self.connectionGroup.setObjectName(u"connectionGroup")
        self.connectionForm = QFormLayout(self.connectionGroup)
        self.connectionForm.setObjectName(u"connectionForm")
        self.connectionForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.connectionForm.setHorizontalSpacing(10)
        self.connectionForm.setVerticalSpacing(4)
        self.connLoginLabel = QLabel(self.connectionGroup)
        self.connLoginLabel.setObjectName(u"connLoginLabel")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.connLoginLabel)

        self.connLoginEdit = QLineEdit(self.connectionGroup)
        self.connLoginEdit.setObjectName(u"connLoginEdit")
        self.connLoginEdit.setReadOnly(True)
        self.connLoginEdit.setFrame(False)

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.connLoginEdit)

        self.connIpLabel = QLabel(self.connectionGroup)
        self.connIpLabel.setObjectName(u"connIpLabel")

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.connIpLabel)

        self.connIpEdit = QLineEdit(self.connectionGroup)
        self.connIpEdit.setObjectName(u"connIpEdit")
        self.connIpEdit.setReadOnly(True)
        self.connIpEdit.setFrame(False)

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.connIpEdit)

        self.connMacLabel = QLabel(self.connectionGroup)
        self.connMacLabel.setObjectName(u"connMacLabel")

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.connMacLabel)

        self.connMacEdit = QLineEdit(self.connectionGroup)
        self.connMacEdit.setObjectName(u"connMacEdit")
        self.connMacEdit.setReadOnly(True)
        self.connMacEdit.setFrame(False)

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.connMacEdit)

        self.connMac2Label = QLabel(self.connectionGroup)
        self.connMac2Label.setObjectName(u"connMac2Label")

        self.connectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.connMac2Label)

        self.connMac2Edit = QLineEdit(self.connectionGroup)
        self.connMac2Edit.setObjectName(u"connMac2Edit")
        self.connMac2Edit.setReadOnly(True)
        self.connMac2Edit.setFrame(False)

        self.connectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.connMac2Edit)

        self.connMacOnuLabel = QLabel(self.connectionGroup)
        self.connMacOnuLabel.setObjectName(u"connMacOnuLabel")

        self.connectionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.connMacOnuLabel)

        self.connMacOnuEdit = QLineEdit(self.connectionGroup)
        self.connMacOnuEdit.setObjectName(u"connMacOnuEdit")
        self.connMacOnuEdit.setReadOnly(True)
        self.connMacOnuEdit.setFrame(False)

        self.connectionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.connMacOnuEdit)

        self.connRoutingPointLabel = QLabel(self.connectionGroup)
        self.connRoutingPointLabel.setObjectName(u"connRoutingPointLabel")

        self.connectionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.connRoutingPointLabel)

        self.connRoutingPointEdit = QLineEdit(self.connectionGroup)
        self.connRoutingPointEdit.setObjectName(u"connRoutingPointEdit")
        self.connRoutingPointEdit.setReadOnly(True)
        self.connRoutingPointEdit.setFrame(False)

        self.connectionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.connRoutingPointEdit)

        self.connNetworkLabel = QLabel(self.connectionGroup)
        self.connNetworkLabel.setObjectName(u"connNetworkLabel")

        self.connectionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.connNetworkLabel)

        self.connNetworkEdit = QLineEdit(self.connectionGroup)
        self.connNetworkEdit.setObjectName(u"connNetworkEdit")
        self.connNetworkEdit.setReadOnly(True)
        self.connNetworkEdit.setFrame(False)

        self.connectionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.connNetworkEdit)

        self.connPlanLabel = QLabel(self.connectionGroup)
        self.connPlanLabel.setObjectName(u"connPlanLabel")

        self.connectionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.connPlanLabel)

        self.connPlanEdit = QLineEdit(self.connectionGroup)
        self.connPlanEdit.setObjectName(u"connPlanEdit")
        self.connPlanEdit.setReadOnly(True)
        self.connPlanEdit.setFrame(False)

        self.connectionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.connPlanEdit)

        self.connSerialLabel = QLabel(self.connectionGroup)
        self.connSerialLabel.setObjectName(u"connSerialLabel")

        self.connectionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.connSerialLabel)

        self.connSerialEdit = QLineEdit(self.connectionGroup)
        self.connSerialEdit.setObjectName(u"connSerialEdit")
        self.connSerialEdit.setReadOnly(True)
        self.connSerialEdit.setFrame(False)

        self.connectionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.connSerialEdit)

        self.connInstallLabel = QLabel(self.connectionGroup)
        self.connInstallLabel.setObjectName(u"connInstallLabel")

        self.connectionForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.connInstallLabel)

        self.connInstallEdit = QLineEdit(self.connectionGroup)
        self.connInstallEdit.setObjectName(u"connInstallEdit")
        self.connInstallEdit.setReadOnly(True)
        self.connInstallEdit.setFrame(False)

        self.connectionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.connInstallEdit)


        self.plansDetailLayout.addWidget(self.connectionGroup)

        self.plansRightLayout = QVBoxLayout()
        self.plansRightLayout.setObjectName(u"plansRightLayout")
        self.contractsGroup = QGroupBox(self.plansScrollContents)
        self.contractsGroup.setObjectName(u"contractsGroup")
        self.contractsLayout = QVBoxLayout(self.contractsGroup)
        self.contractsLayout.setObjectName(u"contractsLayout")
        self.contractsTable = QTableView(self.contractsGroup)
        self.contractsTable.setObjectName(u"contractsTable")
        self.contractsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contractsTable.setAlternatingRowColors(True)
        self.contractsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contractsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contractsTable.setSortingEnabled(True)
        self.contractsTable.setWordWrap(False)
        self.contractsTable.setTabKeyNavigation(False)
        self.contractsTable.horizontalHeader().setStretchLastSection(True)
        self.contractsTable.verticalHeader().setVisible(False)

        self.contractsLayout.addWidget(self.contractsTable)


        self.plansRightLayout.addWidget(self.contractsGroup)

        self.mikrotikPanelHost = QGroupBox(self.plansScrollContents)
        self.mikrotikPanelHost.setObjectName(u"mikrotikPanelHost")
        self.mikrotikPanelLayout = QVBoxLayout(self.mikrotikPanelHost)
        self.mikrotikPanelLayout.setObjectName(u"mikrotikPanelLayout")
        self.mikrotikPlaceholderLabel = QLabel(self.mikrotikPanelHost)
        self.mikrotikPlaceholderLabel.setObjectName(u"mikrotikPlaceholderLabel")
        self.mikrotikPlaceholderLabel.setStyleSheet(u"color: #7b8794;")
        self.mikrotikPlaceholderLabel.setWordWrap(True)

        self.mikrotikPanelLayout.addWidget(self.mikrotikPlaceholderLabel)


        self.plansRightLayout.addWidget(self.mikrotikPanelHost)


        self.plansDetailLayout.addLayout(self.plansRightLayout)


        self.plansLayout.addLayout(self.plansDetailLayout)

        self.plansScroll.setWidget(self.plansScrollContents)

        self.plansTabLayout.addWidget(self.plansScroll)

        self.tabWidget.addTab(self.plansTab, "")
        self.financialTab = QWidget()
        self.financialTab.setObjectName(u"financialTab")
        self.financialLayout = QVBoxLayout(self.financialTab)
        self.financialLayout.setObjectName(u"financialLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setSpacing(8)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.financialTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.financialTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.financialTab)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.financialTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.periodLayout.addWidget(self.toDate)

        self.filterButton = QPushButton(self.financialTab)
        self.filterButton.setObjectName(u"filterButton")
        self.filterButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.filterButton)

        self.invoicesBusy = QProgressBar(self.financialTab)
        self.invoicesBusy.setObjectName(u"invoicesBusy")
        self.invoicesBusy.setMaximumSize(QSize(90, 14))
        self.invoicesBusy.setMinimumSize(QSize(90, 14))
        self.invoicesBusy.setMaximum(0)
        self.invoicesBusy.setTextVisible(False)

        self.periodLayout.addWidget(self.invoicesBusy)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.financialLayout.addLayout(self.periodLayout)

        self.invoicesMessageLabel = QLabel(self.financialTab)
        self.invoicesMessageLabel.setObjectName(u"invoicesMessageLabel")
        self.invoicesMessageLabel.setWordWrap(True)

        self.financialLayout.addWidget(self.invoicesMessageLabel)

        self.invoicesTable = QTableView(self.financialTab)
        self.invoicesTable.setObjectName(u"invoicesTable")
        self.invoicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoicesTable.setAlternatingRowColors(True)
        self.invoicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoicesTable.setSortingEnabled(True)
        self.invoicesTable.setWordWrap(False)
        self.invoicesTable.setTabKeyNavigation(False)
        self.invoicesTable.horizontalHeader().setStretchLastSection(True)
        self.invoicesTable.verticalHeader().setVisible(False)

        self.financialLayout.addWidget(self.invoicesTable)

        self.totalsLayout = QHBoxLayout()
        self.totalsLayout.setSpacing(18)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.invoicesCountLabel = QLabel(self.financialTab)
        self.invoicesCountLabel.setObjectName(u"invoicesCountLabel")
        self.invoicesCountLabel.setStyleSheet(u"color: #52606d;")

        self.totalsLayout.addWidget(self.invoicesCountLabel)

        self.totalsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalsLayout.addItem(self.totalsSpacer)

        self.totalLabel = QLabel(self.financialTab)
        self.totalLabel.setObjectName(u"totalLabel")

        self.totalsLayout.addWidget(self.totalLabel)

        self.paidLabel = QLabel(self.financialTab)
        self.paidLabel.setObjectName(u"paidLabel")

        self.totalsLayout.addWidget(self.paidLabel)

        self.openLabel = QLabel(self.financialTab)
        self.openLabel.setObjectName(u"openLabel")

        self.totalsLayout.addWidget(self.openLabel)

        self.overdueLabel = QLabel(self.financialTab)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.totalsLayout.addWidget(self.overdueLabel)


        self.financialLayout.addLayout(self.totalsLayout)

        self.tabWidget.addTab(self.financialTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsMessageLabel = QLabel(self.contactsTab)
        self.contactsMessageLabel.setObjectName(u"contactsMessageLabel")
        self.contactsMessageLabel.setStyleSheet(u"color: #52606d;")
        self.contactsMessageLabel.setWordWrap(True)

        self.contactsLayout.addWidget(self.contactsMessageLabel)

        self.contactsTable = QTableView(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSortingEnabled(True)
        self.contactsTable.setWordWrap(False)
        self.contactsTable.setTabKeyNavigation(False)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtonsLayout = QHBoxLayout()
        self.contactButtonsLayout.setObjectName(u"contactButtonsLayout")
        self.addContactButton = QPushButton(self.contactsTab)
        self.addContactButton.setObjectName(u"addContactButton")
        self.addContactButton.setAutoDefault(False)

        self.contactButtonsLayout.addWidget(self.addContactButton)

        self.editContactButton = QPushButton(self.contactsTab)
        self.editContactButton.setObjectName(u"editContactButton")
        self.editContactButton.setAutoDefault(False)

        self.contactButtonsLayout.addWidget(self.editContactButton)

        self.deleteContactButton = QPushButton(self.contactsTab)
        self.deleteContactButton.setObjectName(u"deleteContactButton")
        self.deleteContactButton.setAutoDefault(False)

        self.contactButtonsLayout.addWidget(self.deleteContactButton)

        self.contactButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtonsLayout.addItem(self.contactButtonsSpacer)

        self.contactsCountLabel = QLabel(self.contactsTab)
        self.contactsCountLabel.setObjectName(u"contactsCountLabel")
        self.contactsCountLabel.setStyleSheet(u"color: #52606d;")

        self.contactButtonsLayout.addWidget(self.contactsCountLabel)


        self.contactsLayout.addLayout(self.contactButtonsLayout)

        self.tabWidget.addTab(self.contactsTab, "")
        self.ticketsTab = QWidget()
        self.ticketsTab.setObjectName(u"ticketsTab")
        self.ticketsLayout = QVBoxLayout(self.ticketsTab)
        self.ticketsLayout.setObjectName(u"ticketsLayout")
        self.tabWidget.addTab(self.ticketsTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reloadButton = QPushButton(ClientDetailWindow)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.reloadButton)

        self.closeButton = QPushButton(ClientDetailWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.personTypeLabel.setBuddy(self.personTypeEdit)
        self.nameFieldLabel.setBuddy(self.nameEdit)
        self.tradeNameLabel.setBuddy(self.tradeNameEdit)
        self.documentLabel.setBuddy(self.documentEdit)
        self.rgIeLabel.setBuddy(self.rgIeEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.registryStatusLabel.setBuddy(self.registryStatusValue)
        self.pendingLabel.setBuddy(self.pendingValue)
        self.openTicketsLabel.setBuddy(self.openTicketsEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.emailAccountsLabel.setBuddy(self.emailAccountsEdit)
        self.domainsLabel.setBuddy(self.domainsEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.installAddressLabel.setBuddy(self.installAddressEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.connLoginLabel.setBuddy(self.connLoginEdit)
        self.connIpLabel.setBuddy(self.connIpEdit)
        self.connMacLabel.setBuddy(self.connMacEdit)
        self.connMac2Label.setBuddy(self.connMac2Edit)
        self.connMacOnuLabel.setBuddy(self.connMacOnuEdit)
        self.connRoutingPointLabel.setBuddy(self.connRoutingPointEdit)
        self.connNetworkLabel.setBuddy(self.connNetworkEdit)
        self.connPlanLabel.setBuddy(self.connPlanEdit)
        self.connSerialLabel.setBuddy(self.connSerialEdit)
        self.connInstallLabel.setBuddy(self.connInstallEdit)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDetailWindow)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientDetailWindow)
    # setupUi

    def retranslateUi(self, ClientDetailWindow):
        ClientDetailWindow.setWindowTitle(QCoreApplication.translate("ClientDetailWindow", u"Cliente", None))
        self.nameLabel.setText("")
        self.subtitleLabel.setText("")
        self.statusLabel.setText("")
        self.loadMessageLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"C\u00f3digo:", None))
        self.personTypeLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Tipo:", None))
        self.nameFieldLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Nome / Raz\u00e3o social:", None))
        self.tradeNameLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Nome fantasia:", None))
        self.documentLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"CPF/CNPJ:", None))
        self.rgIeLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"RG / Inscr. estadual:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Nascimento:", None))
        self.startDateLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Cliente desde:", None))
        self.registryStatusLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Status:", None))
        self.pendingLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Financeiro em aberto:", None))
        self.openTicketsLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Atendimentos abertos:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Telefone:", None))
        self.mobileLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Celular:", None))
        self.emailLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"E-mail:", None))
        self.emailAccountsLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Contas de e-mail:", None))
        self.domainsLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Dom\u00ednios:", None))
        self.addressGroup.setTitle(QCoreApplication.translate("ClientDetailWindow", u"Endere\u00e7os e observa\u00e7\u00f5es", None))
        self.addressLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Endere\u00e7o:", None))
        self.installAddressLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Endere\u00e7o de instala\u00e7\u00e3o:", None))
        self.referenceLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Refer\u00eancia:", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Observa\u00e7\u00f5es:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ClientDetailWindow", u"Sem observa\u00e7\u00f5es.", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.registryTab), QCoreApplication.translate("ClientDetailWindow", u"&Cadastro", None))
        self.plansMessageLabel.setText("")
        self.connectionGroup.setTitle(QCoreApplication.translate("ClientDetailWindow", u"Conex\u00e3o", None))
        self.connLoginLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Login:", None))
        self.connIpLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"IP:", None))
        self.connMacLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"MAC:", None))
        self.connMac2Label.setText(QCoreApplication.translate("ClientDetailWindow", u"MAC2:", None))
        self.connMacOnuLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"MAC ONU:", None))
        self.connRoutingPointLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Ponto de roteamento:", None))
        self.connNetworkLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Rede:", None))
        self.connPlanLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Plano:", None))
        self.connSerialLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Serial / Circuito:", None))
        self.connInstallLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Instala\u00e7\u00e3o:", None))
        self.contractsGroup.setTitle(QCoreApplication.translate("ClientDetailWindow", u"Contratos", None))
        self.mikrotikPlaceholderLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"Dados do Servidor Mikrotik: dispon\u00edveis quando o roteador estiver configurado", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.plansTab), QCoreApplication.translate("ClientDetailWindow", u"&Planos", None))
        self.fromLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"D&e:", None))
        self.toLabel.setText(QCoreApplication.translate("ClientDetailWindow", u"A&t\u00e9:", None))
        self.filterButton.setText(QCoreApplication.translate("ClientDetailWindow", u"Filt&rar", None))
#if QT_CONFIG(tooltip)
        self.filterButton.setToolTip(QCoreApplication.translate("ClientDetailWindow", u"Buscar as faturas com vencimento no per\u00edodo", None))
#endif // QT_CONFIG(tooltip)
        self.invoicesMessageLabel.setText("")
        self.invoicesCountLabel.setText("")
        self.totalLabel.setText("")
        self.paidLabel.setText("")
        self.openLabel.setText("")
        self.overdueLabel.setText("")
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.financialTab), QCoreApplication.translate("ClientDetailWindow", u"&Financeiro", None))
        self.contactsMessageLabel.setText("")
        self.addContactButton.setText(QCoreApplication.translate("ClientDetailWindow", u"Adicio&nar", None))
#if QT_CONFIG(tooltip)
        self.addContactButton.setToolTip(QCoreApplication.translate("ClientDetailWindow", u"Novo contato (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editContactButton.setText(QCoreApplication.translate("ClientDetailWindow", u"&Editar", None))
#if QT_CONFIG(tooltip)
        self.editContactButton.setToolTip(QCoreApplication.translate("ClientDetailWindow", u"Editar o contato selecionado (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteContactButton.setText(QCoreApplication.translate("ClientDetailWindow", u"Apa&gar", None))
#if QT_CONFIG(tooltip)
        self.deleteContactButton.setToolTip(QCoreApplication.translate("ClientDetailWindow", u"Apagar o contato selecionado (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.contactsCountLabel.setText("")
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.contactsTab), QCoreApplication.translate("ClientDetailWindow", u"C&ontatos", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.ticketsTab), QCoreApplication.translate("ClientDetailWindow", u"Aten&dimentos", None))
        self.reloadButton.setText(QCoreApplication.translate("ClientDetailWindow", u"Rec&arregar", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ClientDetailWindow", u"Buscar de novo os dados do cliente no servidor (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ClientDetailWindow", u"Fec&har", None))
    # retranslateUi

