# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ImportWindow(object):
    def setupUi(self, ImportWindow):
        if not ImportWindow.objectName():
            ImportWindow.setObjectName(u"ImportWindow")
        ImportWindow.resize(820, 560)
        self.mainLayout = QVBoxLayout(ImportWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ImportWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setOpenExternalLinks(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportWindow)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportWindow)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportWindow)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.dryRunButton = QPushButton(ImportWindow)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.actionsLayout.addWidget(self.dryRunButton)

        self.importButton = QPushButton(ImportWindow)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.saveReportButton = QPushButton(ImportWindow)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.actionsLayout.addWidget(self.saveReportButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.progressBar = QProgressBar(ImportWindow)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.summaryLabel = QLabel(ImportWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.refusedTable = QTableView(ImportWindow)
        self.refusedTable.setObjectName(u"refusedTable")

        self.mainLayout.addWidget(self.refusedTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ImportWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.dryRunButton)
        QWidget.setTabOrder(self.dryRunButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.refusedTable)

        self.retranslateUi(ImportWindow)

        self.dryRunButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWindow)
    # setupUi

    def retranslateUi(self, ImportWindow):
        ImportWindow.setWindowTitle(QCoreApplication.translate("ImportWindow", u"Importar clientes", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWindow", u"&Arquivo CSV:", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWindow", u"&Escolher\u2026", None))
        self.dryRunButton.setText(QCoreApplication.translate("ImportWindow", u"&Simular (n\u00e3o grava)", None))
        self.importButton.setText(QCoreApplication.translate("ImportWindow", u"&Importar", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWindow", u"Salvar &relat\u00f3rio\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWindow", u"&Fechar", None))
    # retranslateUi

