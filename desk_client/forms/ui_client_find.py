# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_find.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FindClientWindow(object):
    def setupUi(self, FindClientWindow):
        if not FindClientWindow.objectName():
            FindClientWindow.setObjectName(u"FindClientWindow")
        FindClientWindow.resize(1040, 560)
        FindClientWindow.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(FindClientWindow)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.titleLabel = QLabel(FindClientWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.mainLayout.addWidget(self.titleLabel)

        self.searchHost = QWidget(FindClientWindow)
        self.searchHost.setObjectName(u"searchHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.searchHost.sizePolicy().hasHeightForWidth())
        self.searchHost.setSizePolicy(sizePolicy)
        self.searchHostLayout = QVBoxLayout(self.searchHost)
        self.searchHostLayout.setObjectName(u"searchHostLayout")
        self.searchHostLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.searchHost)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.openButton = QPushButton(FindClientWindow)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openButton)

        self.closeButton = QPushButton(FindClientWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(FindClientWindow)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(FindClientWindow)
    # setupUi

    def retranslateUi(self, FindClientWindow):
        FindClientWindow.setWindowTitle(QCoreApplication.translate("FindClientWindow", u"Localizar Cliente", None))
        self.titleLabel.setText(QCoreApplication.translate("FindClientWindow", u"Localizar Cliente", None))
        self.openButton.setText(QCoreApplication.translate("FindClientWindow", u"&Abrir", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("FindClientWindow", u"Abrir o cadastro do cliente selecionado (Enter ou duplo clique)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("FindClientWindow", u"Fec&har", None))
    # retranslateUi

