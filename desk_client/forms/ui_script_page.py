# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'script_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ScriptPage(object):
    def setupUi(self, ScriptPage):
        if not ScriptPage.objectName():
            ScriptPage.setObjectName(u"ScriptPage")
        ScriptPage.resize(760, 560)
        self.mainLayout = QVBoxLayout(ScriptPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.scriptCaption = QLabel(ScriptPage)
        self.scriptCaption.setObjectName(u"scriptCaption")

        self.chooseLayout.addWidget(self.scriptCaption)

        self.scriptCombo = QComboBox(ScriptPage)
        self.scriptCombo.setObjectName(u"scriptCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scriptCombo.sizePolicy().hasHeightForWidth())
        self.scriptCombo.setSizePolicy(sizePolicy)
        self.scriptCombo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.chooseLayout.addWidget(self.scriptCombo)

        self.scriptHintLabel = QLabel(ScriptPage)
        self.scriptHintLabel.setObjectName(u"scriptHintLabel")
        self.scriptHintLabel.setStyleSheet(u"color: #52606d;")

        self.chooseLayout.addWidget(self.scriptHintLabel)


        self.mainLayout.addLayout(self.chooseLayout)

        self.statusLabel = QLabel(ScriptPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.runnerHost = QWidget(ScriptPage)
        self.runnerHost.setObjectName(u"runnerHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.runnerHost.sizePolicy().hasHeightForWidth())
        self.runnerHost.setSizePolicy(sizePolicy1)

        self.mainLayout.addWidget(self.runnerHost)

#if QT_CONFIG(shortcut)
        self.scriptCaption.setBuddy(self.scriptCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScriptPage)

        QMetaObject.connectSlotsByName(ScriptPage)
    # setupUi

    def retranslateUi(self, ScriptPage):
        self.scriptCaption.setText(QCoreApplication.translate("ScriptPage", u"&Script:", None))
        pass
    # retranslateUi

