# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_window.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_WizardWindow(object):
    def setupUi(self, WizardWindow):
        if not WizardWindow.objectName():
            WizardWindow.setObjectName(u"WizardWindow")
        WizardWindow.resize(1080, 700)
        WizardWindow.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(WizardWindow)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.headerFrame = QFrame(WizardWindow)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.headerFrame.setStyleSheet(u"QFrame#headerFrame { background: #ffffff; border: 1px solid #d3dae3; border-radius: 6px; }")
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(16, 10, 16, 10)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(self.headerFrame)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 700;")

        self.titleLayout.addWidget(self.titleLabel)

        self.subjectLabel = QLabel(self.headerFrame)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setStyleSheet(u"color: #52606d;")
        self.subjectLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.subjectLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.protocolHeaderLayout = QVBoxLayout()
        self.protocolHeaderLayout.setSpacing(0)
        self.protocolHeaderLayout.setObjectName(u"protocolHeaderLayout")
        self.protocolCaptionLabel = QLabel(self.headerFrame)
        self.protocolCaptionLabel.setObjectName(u"protocolCaptionLabel")
        self.protocolCaptionLabel.setStyleSheet(u"color: #52606d;")
        self.protocolCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.protocolHeaderLayout.addWidget(self.protocolCaptionLabel)

        self.protocolHeaderLabel = QLabel(self.headerFrame)
        self.protocolHeaderLabel.setObjectName(u"protocolHeaderLabel")
        self.protocolHeaderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.protocolHeaderLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.protocolHeaderLayout.addWidget(self.protocolHeaderLabel)


        self.headerLayout.addLayout(self.protocolHeaderLayout)

        self.headerCopyButton = QToolButton(self.headerFrame)
        self.headerCopyButton.setObjectName(u"headerCopyButton")
        self.headerCopyButton.setAutoRaise(True)
        self.headerCopyButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.headerCopyButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

        self.headerLayout.addWidget(self.headerCopyButton)


        self.mainLayout.addWidget(self.headerFrame)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.stepList = QListWidget(WizardWindow)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stepList.setMinimumSize(QSize(170, 0))
        self.stepList.setMaximumSize(QSize(190, 16777215))
        self.stepList.setStyleSheet(u"QListWidget { background: transparent; border: none; font-size: 10.5pt; } QListWidget::item { padding: 6px 4px; } QListWidget::item:selected { background: #2b6cb0; color: white; border-radius: 4px; }")

        self.bodyLayout.addWidget(self.stepList)

        self.pageLayout = QVBoxLayout()
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.stepTitleLabel = QLabel(WizardWindow)
        self.stepTitleLabel.setObjectName(u"stepTitleLabel")
        self.stepTitleLabel.setStyleSheet(u"font-size: 13pt; font-weight: 700;")

        self.pageLayout.addWidget(self.stepTitleLabel)

        self.pages = QStackedWidget(WizardWindow)
        self.pages.setObjectName(u"pages")

        self.pageLayout.addWidget(self.pages)

        self.errorLabel = QLabel(WizardWindow)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828; font-weight: 600;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.errorLabel)


        self.bodyLayout.addLayout(self.pageLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.busyBar = QProgressBar(WizardWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(100, 14))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(WizardWindow)
        self.busyLabel.setObjectName(u"busyLabel")

        self.buttonLayout.addWidget(self.busyLabel)

        self.keysLabel = QLabel(WizardWindow)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"color: #7b8794;")

        self.buttonLayout.addWidget(self.keysLabel)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backgroundButton = QPushButton(WizardWindow)
        self.backgroundButton.setObjectName(u"backgroundButton")
        self.backgroundButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backgroundButton)

        self.cancelButton = QPushButton(WizardWindow)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.backButton = QPushButton(WizardWindow)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(WizardWindow)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.finishButton = QPushButton(WizardWindow)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.finishButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(WizardWindow)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(WizardWindow)
    # setupUi

    def retranslateUi(self, WizardWindow):
        WizardWindow.setWindowTitle(QCoreApplication.translate("WizardWindow", u"Novo Atendimento", None))
        self.titleLabel.setText(QCoreApplication.translate("WizardWindow", u"Novo Atendimento", None))
        self.protocolCaptionLabel.setText(QCoreApplication.translate("WizardWindow", u"Protocolo", None))
        self.protocolHeaderLabel.setText(QCoreApplication.translate("WizardWindow", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.protocolHeaderLabel.setAccessibleName(QCoreApplication.translate("WizardWindow", u"N\u00famero do protocolo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.headerCopyButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Copiar o n\u00famero do protocolo (Ctrl+Shift+C)", None))
#endif // QT_CONFIG(tooltip)
        self.headerCopyButton.setText(QCoreApplication.translate("WizardWindow", u"Copiar", None))
#if QT_CONFIG(accessibility)
        self.stepList.setAccessibleName(QCoreApplication.translate("WizardWindow", u"Etapas do atendimento", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("WizardWindow", u"Mensagens de valida\u00e7\u00e3o", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText(QCoreApplication.translate("WizardWindow", u"Enviando atendimento\u2026", None))
        self.keysLabel.setText(QCoreApplication.translate("WizardWindow", u"Enter avan\u00e7a \u00b7 Ctrl+Enter nos textos \u00b7 Alt+\u2190 volta \u00b7 Esc abandona", None))
        self.backgroundButton.setText(QCoreApplication.translate("WizardWindow", u"Continuar em segundo plano", None))
#if QT_CONFIG(tooltip)
        self.backgroundButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Fecha o assistente; o atendimento fica guardado e \u00e9 enviado quando o servidor responder.", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("WizardWindow", u"Cancelar", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Abandonar o atendimento (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("WizardWindow", u"Voltar", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Etapa anterior (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("WizardWindow", u"Avan\u00e7ar", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Pr\u00f3xima etapa (Enter ou Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.finishButton.setText(QCoreApplication.translate("WizardWindow", u"&Finalizar", None))
#if QT_CONFIG(tooltip)
        self.finishButton.setToolTip(QCoreApplication.translate("WizardWindow", u"Registrar o atendimento (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

