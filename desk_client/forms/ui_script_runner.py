# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'script_runner.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScriptRunner(object):
    def setupUi(self, ScriptRunner):
        if not ScriptRunner.objectName():
            ScriptRunner.setObjectName(u"ScriptRunner")
        ScriptRunner.resize(760, 520)
        self.mainLayout = QVBoxLayout(ScriptRunner)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel(ScriptRunner)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setStyleSheet(u"color: #52606d;")

        self.mainLayout.addWidget(self.progressLabel)

        self.questionLabel = QLabel(ScriptRunner)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questionLabel.setStyleSheet(u"font-size: 16pt; font-weight: 700;")

        self.mainLayout.addWidget(self.questionLabel)

        self.explanationsLayout = QHBoxLayout()
        self.explanationsLayout.setSpacing(10)
        self.explanationsLayout.setObjectName(u"explanationsLayout")
        self.clientFrame = QFrame(ScriptRunner)
        self.clientFrame.setObjectName(u"clientFrame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.clientFrame.sizePolicy().hasHeightForWidth())
        self.clientFrame.setSizePolicy(sizePolicy)
        self.clientFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.clientLayout = QVBoxLayout(self.clientFrame)
        self.clientLayout.setSpacing(4)
        self.clientLayout.setObjectName(u"clientLayout")
        self.clientCheck = QCheckBox(self.clientFrame)
        self.clientCheck.setObjectName(u"clientCheck")
        self.clientCheck.setChecked(True)
        self.clientCheck.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clientCheck.setStyleSheet(u"font-weight: 600;")

        self.clientLayout.addWidget(self.clientCheck)

        self.clientLabel = QLabel(self.clientFrame)
        self.clientLabel.setObjectName(u"clientLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.clientLabel.sizePolicy().hasHeightForWidth())
        self.clientLabel.setSizePolicy(sizePolicy1)
        self.clientLabel.setWordWrap(True)
        self.clientLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.clientLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clientLabel.setStyleSheet(u"font-size: 11pt;")

        self.clientLayout.addWidget(self.clientLabel)


        self.explanationsLayout.addWidget(self.clientFrame)

        self.operatorFrame = QFrame(ScriptRunner)
        self.operatorFrame.setObjectName(u"operatorFrame")
        sizePolicy.setHeightForWidth(self.operatorFrame.sizePolicy().hasHeightForWidth())
        self.operatorFrame.setSizePolicy(sizePolicy)
        self.operatorFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.operatorLayout = QVBoxLayout(self.operatorFrame)
        self.operatorLayout.setSpacing(4)
        self.operatorLayout.setObjectName(u"operatorLayout")
        self.operatorCheck = QCheckBox(self.operatorFrame)
        self.operatorCheck.setObjectName(u"operatorCheck")
        self.operatorCheck.setChecked(True)
        self.operatorCheck.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.operatorCheck.setStyleSheet(u"font-weight: 600;")

        self.operatorLayout.addWidget(self.operatorCheck)

        self.operatorLabel = QLabel(self.operatorFrame)
        self.operatorLabel.setObjectName(u"operatorLabel")
        sizePolicy1.setHeightForWidth(self.operatorLabel.sizePolicy().hasHeightForWidth())
        self.operatorLabel.setSizePolicy(sizePolicy1)
        self.operatorLabel.setWordWrap(True)
        self.operatorLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.operatorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.operatorLabel.setStyleSheet(u"font-size: 10pt; color: #334e68;")

        self.operatorLayout.addWidget(self.operatorLabel)


        self.explanationsLayout.addWidget(self.operatorFrame)


        self.mainLayout.addLayout(self.explanationsLayout)

        self.optionsCaption = QLabel(ScriptRunner)
        self.optionsCaption.setObjectName(u"optionsCaption")

        self.mainLayout.addWidget(self.optionsCaption)

        self.optionsList = QListWidget(ScriptRunner)
        self.optionsList.setObjectName(u"optionsList")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.optionsList.sizePolicy().hasHeightForWidth())
        self.optionsList.setSizePolicy(sizePolicy2)
        self.optionsList.setStyleSheet(u"QListWidget { font-size: 12pt; } QListWidget::item { padding: 5px; }")
        self.optionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.optionsList.setWordWrap(True)

        self.mainLayout.addWidget(self.optionsList)

        self.suggestionLabel = QLabel(ScriptRunner)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setWordWrap(True)
        self.suggestionLabel.setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; padding: 5px; color: #5c4400;")

        self.mainLayout.addWidget(self.suggestionLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.previousButton = QPushButton(ScriptRunner)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.previousButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.stopButton = QPushButton(ScriptRunner)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.stopButton)

        self.nextButton = QPushButton(ScriptRunner)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.optionsCaption.setBuddy(self.optionsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScriptRunner)

        QMetaObject.connectSlotsByName(ScriptRunner)
    # setupUi

    def retranslateUi(self, ScriptRunner):
        self.clientCheck.setText(QCoreApplication.translate("ScriptRunner", u"Explica\u00e7\u00e3o para o &cliente", None))
#if QT_CONFIG(tooltip)
        self.clientCheck.setToolTip(QCoreApplication.translate("ScriptRunner", u"Mostra ou esconde a explica\u00e7\u00e3o que o operador l\u00ea para o cliente", None))
#endif // QT_CONFIG(tooltip)
        self.operatorCheck.setText(QCoreApplication.translate("ScriptRunner", u"Explica\u00e7\u00e3o para o &operador", None))
#if QT_CONFIG(tooltip)
        self.operatorCheck.setToolTip(QCoreApplication.translate("ScriptRunner", u"Mostra ou esconde a orienta\u00e7\u00e3o para o operador enquanto o cliente aguarda", None))
#endif // QT_CONFIG(tooltip)
        self.optionsCaption.setText(QCoreApplication.translate("ScriptRunner", u"Resposta do cliente (teclas 1 a 9, ou setas e Enter):", None))
        self.previousButton.setText(QCoreApplication.translate("ScriptRunner", u"&Anterior", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ScriptRunner", u"Volta \u00e0 pergunta anterior para mudar a resposta (as respostas depois dela s\u00e3o descartadas)", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("ScriptRunner", u"&Encerrar Script", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("ScriptRunner", u"Encerra o script aqui e mostra o relat\u00f3rio (Rel. Script)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ScriptRunner", u"&Pr\u00f3ximo", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ScriptRunner", u"Confirma a resposta marcada e vai para a pr\u00f3xima pergunta (Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

