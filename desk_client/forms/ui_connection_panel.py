# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ConnectionPanel(object):
    def setupUi(self, ConnectionPanel):
        if not ConnectionPanel.objectName():
            ConnectionPanel.setObjectName(u"ConnectionPanel")
        ConnectionPanel.resize(640, 520)
        self.mainLayout = QVBoxLayout(ConnectionPanel)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(4, 4, 4, 4)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ConnectionPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: 700;")

        self.headerLayout.addWidget(self.titleLabel)

        self.statusBadge = QLabel(ConnectionPanel)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.statusBadge)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.checkedLabel = QLabel(ConnectionPanel)
        self.checkedLabel.setObjectName(u"checkedLabel")
        self.checkedLabel.setStyleSheet(u"color: #52606d;")

        self.headerLayout.addWidget(self.checkedLabel)

        self.refreshButton = QPushButton(ConnectionPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.errorLabel = QLabel(ConnectionPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(12)
        self.detailsGrid.setVerticalSpacing(4)
        self.uptimeCaption = QLabel(ConnectionPanel)
        self.uptimeCaption.setObjectName(u"uptimeCaption")
        self.uptimeCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.uptimeCaption, 0, 0, 1, 1)

        self.uptimeValue = QLabel(ConnectionPanel)
        self.uptimeValue.setObjectName(u"uptimeValue")
        self.uptimeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.uptimeValue, 0, 1, 1, 1)

        self.routerCaption = QLabel(ConnectionPanel)
        self.routerCaption.setObjectName(u"routerCaption")
        self.routerCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.routerCaption, 0, 2, 1, 1)

        self.routerValue = QLabel(ConnectionPanel)
        self.routerValue.setObjectName(u"routerValue")
        self.routerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.routerValue, 0, 3, 1, 1)

        self.ipCaption = QLabel(ConnectionPanel)
        self.ipCaption.setObjectName(u"ipCaption")
        self.ipCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.ipCaption, 1, 0, 1, 1)

        self.ipValue = QLabel(ConnectionPanel)
        self.ipValue.setObjectName(u"ipValue")
        self.ipValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.ipValue, 1, 1, 1, 1)

        self.loginCaption = QLabel(ConnectionPanel)
        self.loginCaption.setObjectName(u"loginCaption")
        self.loginCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.loginCaption, 1, 2, 1, 1)

        self.loginValue = QLabel(ConnectionPanel)
        self.loginValue.setObjectName(u"loginValue")
        self.loginValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.loginValue, 1, 3, 1, 1)

        self.macCaption = QLabel(ConnectionPanel)
        self.macCaption.setObjectName(u"macCaption")
        self.macCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.macCaption, 2, 0, 1, 1)

        self.macValue = QLabel(ConnectionPanel)
        self.macValue.setObjectName(u"macValue")
        self.macValue.setTextFormat(Qt.TextFormat.RichText)
        self.macValue.setWordWrap(True)
        self.macValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.macValue, 2, 1, 1, 3)

        self.trafficCaption = QLabel(ConnectionPanel)
        self.trafficCaption.setObjectName(u"trafficCaption")
        self.trafficCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.trafficCaption, 3, 0, 1, 1)

        self.trafficValue = QLabel(ConnectionPanel)
        self.trafficValue.setObjectName(u"trafficValue")

        self.detailsGrid.addWidget(self.trafficValue, 3, 1, 1, 1)

        self.lastSeenCaption = QLabel(ConnectionPanel)
        self.lastSeenCaption.setObjectName(u"lastSeenCaption")
        self.lastSeenCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.detailsGrid.addWidget(self.lastSeenCaption, 3, 2, 1, 1)

        self.lastSeenValue = QLabel(ConnectionPanel)
        self.lastSeenValue.setObjectName(u"lastSeenValue")

        self.detailsGrid.addWidget(self.lastSeenValue, 3, 3, 1, 1)

        self.gridSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsGrid.addItem(self.gridSpacer, 0, 4, 1, 1)


        self.mainLayout.addLayout(self.detailsGrid)

        self.chartTabs = QTabWidget(ConnectionPanel)
        self.chartTabs.setObjectName(u"chartTabs")
        self.liveTab = QWidget()
        self.liveTab.setObjectName(u"liveTab")
        self.liveLayout = QVBoxLayout(self.liveTab)
        self.liveLayout.setObjectName(u"liveLayout")
        self.liveLayout.setContentsMargins(2, 2, 2, 2)
        self.liveChartHost = QWidget(self.liveTab)
        self.liveChartHost.setObjectName(u"liveChartHost")
        self.liveChartHost.setMinimumSize(QSize(0, 200))

        self.liveLayout.addWidget(self.liveChartHost)

        self.chartTabs.addTab(self.liveTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(2, 2, 2, 2)
        self.historyInfoLabel = QLabel(self.historyTab)
        self.historyInfoLabel.setObjectName(u"historyInfoLabel")
        self.historyInfoLabel.setStyleSheet(u"color: #52606d;")
        self.historyInfoLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyInfoLabel)

        self.historyChartHost = QWidget(self.historyTab)
        self.historyChartHost.setObjectName(u"historyChartHost")
        self.historyChartHost.setMinimumSize(QSize(0, 200))

        self.historyLayout.addWidget(self.historyChartHost)

        self.chartTabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.chartTabs)


        self.retranslateUi(ConnectionPanel)

        self.chartTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ConnectionPanel)
    # setupUi

    def retranslateUi(self, ConnectionPanel):
        ConnectionPanel.setWindowTitle(QCoreApplication.translate("ConnectionPanel", u"Dados do Servidor Mikrotik", None))
        self.titleLabel.setText(QCoreApplication.translate("ConnectionPanel", u"Dados do Servidor Mikrotik", None))
#if QT_CONFIG(tooltip)
        self.statusBadge.setToolTip(QCoreApplication.translate("ConnectionPanel", u"Situa\u00e7\u00e3o da sess\u00e3o PPPoE no concentrador", None))
#endif // QT_CONFIG(tooltip)
        self.statusBadge.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.checkedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ConnectionPanel", u"Consultar o roteador agora", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ConnectionPanel", u"At&ualizar", None))
        self.errorLabel.setText("")
        self.uptimeCaption.setText(QCoreApplication.translate("ConnectionPanel", u"Tempo conectado:", None))
        self.uptimeValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.routerCaption.setText(QCoreApplication.translate("ConnectionPanel", u"Concentrador:", None))
        self.routerValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.ipCaption.setText(QCoreApplication.translate("ConnectionPanel", u"IP:", None))
        self.ipValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.loginCaption.setText(QCoreApplication.translate("ConnectionPanel", u"Login:", None))
        self.loginValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.macCaption.setText(QCoreApplication.translate("ConnectionPanel", u"MAC (caller-id):", None))
        self.macValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.trafficCaption.setText(QCoreApplication.translate("ConnectionPanel", u"Tr\u00e1fego agora:", None))
        self.trafficValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.lastSeenCaption.setText(QCoreApplication.translate("ConnectionPanel", u"Visto por \u00faltimo:", None))
        self.lastSeenValue.setText(QCoreApplication.translate("ConnectionPanel", u"\u2014", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.liveTab), QCoreApplication.translate("ConnectionPanel", u"Tr\u00e1fego em &tempo real", None))
        self.historyInfoLabel.setText("")
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.historyTab), QCoreApplication.translate("ConnectionPanel", u"Hist\u00f3rico (&24 h)", None))
    # retranslateUi

