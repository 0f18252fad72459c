# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'script_report.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ScriptReportPage(object):
    def setupUi(self, ScriptReportPage):
        if not ScriptReportPage.objectName():
            ScriptReportPage.setObjectName(u"ScriptReportPage")
        ScriptReportPage.resize(760, 520)
        self.mainLayout = QVBoxLayout(ScriptReportPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headlineLabel = QLabel(ScriptReportPage)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setStyleSheet(u"font-size: 13pt; font-weight: 700;")

        self.mainLayout.addWidget(self.headlineLabel)

        self.reportView = QTextBrowser(ScriptReportPage)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setOpenLinks(False)

        self.mainLayout.addWidget(self.reportView)

        self.outcomeLabel = QLabel(ScriptReportPage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.outcomeLabel)


        self.retranslateUi(ScriptReportPage)

        QMetaObject.connectSlotsByName(ScriptReportPage)
    # setupUi

    def retranslateUi(self, ScriptReportPage):
        pass
    # retranslateUi

