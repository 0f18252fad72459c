# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_step.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EmailStep(object):
    def setupUi(self, EmailStep):
        if not EmailStep.objectName():
            EmailStep.setObjectName(u"EmailStep")
        EmailStep.resize(700, 560)
        self.pageLayout = QVBoxLayout(EmailStep)
        self.pageLayout.setObjectName(u"pageLayout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.templateLabel = QLabel(EmailStep)
        self.templateLabel.setObjectName(u"templateLabel")

        self.grid.addWidget(self.templateLabel, 0, 0, 1, 1)

        self.templateCombo = QComboBox(EmailStep)
        self.templateCombo.setObjectName(u"templateCombo")

        self.grid.addWidget(self.templateCombo, 0, 1, 1, 1)

        self.recipientsLabel = QLabel(EmailStep)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.grid.addWidget(self.recipientsLabel, 1, 0, 1, 1)

        self.recipientsList = QListWidget(EmailStep)
        self.recipientsList.setObjectName(u"recipientsList")
        self.recipientsList.setMaximumSize(QSize(16777215, 90))

        self.grid.addWidget(self.recipientsList, 1, 1, 1, 1)

        self.othersLabel = QLabel(EmailStep)
        self.othersLabel.setObjectName(u"othersLabel")

        self.grid.addWidget(self.othersLabel, 2, 0, 1, 1)

        self.othersEdit = QLineEdit(EmailStep)
        self.othersEdit.setObjectName(u"othersEdit")

        self.grid.addWidget(self.othersEdit, 2, 1, 1, 1)

        self.ccLabel = QLabel(EmailStep)
        self.ccLabel.setObjectName(u"ccLabel")

        self.grid.addWidget(self.ccLabel, 3, 0, 1, 1)

        self.ccEdit = QLineEdit(EmailStep)
        self.ccEdit.setObjectName(u"ccEdit")

        self.grid.addWidget(self.ccEdit, 3, 1, 1, 1)

        self.subjectLabel = QLabel(EmailStep)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.grid.addWidget(self.subjectLabel, 4, 0, 1, 1)

        self.subjectEdit = QLineEdit(EmailStep)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.grid.addWidget(self.subjectEdit, 4, 1, 1, 1)

        self.readReceiptCheck = QCheckBox(EmailStep)
        self.readReceiptCheck.setObjectName(u"readReceiptCheck")

        self.grid.addWidget(self.readReceiptCheck, 5, 0, 1, 2)

        self.bodyLabel = QLabel(EmailStep)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.grid.addWidget(self.bodyLabel, 6, 0, 1, 1)

        self.bodyEdit = QPlainTextEdit(EmailStep)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setMaximumSize(QSize(16777215, 150))

        self.grid.addWidget(self.bodyEdit, 6, 1, 1, 1)

        self.previewLabel = QLabel(EmailStep)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.grid.addWidget(self.previewLabel, 7, 0, 1, 2)

        self.filesLabel = QLabel(EmailStep)
        self.filesLabel.setObjectName(u"filesLabel")

        self.grid.addWidget(self.filesLabel, 8, 0, 1, 1)

        self.filesList = QListWidget(EmailStep)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMaximumSize(QSize(16777215, 70))

        self.grid.addWidget(self.filesList, 8, 1, 1, 1)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.attachButton = QPushButton(EmailStep)
        self.attachButton.setObjectName(u"attachButton")

        self.fileButtons.addWidget(self.attachButton)

        self.removeFileButton = QPushButton(EmailStep)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.grid.addLayout(self.fileButtons, 9, 0, 1, 2)


        self.pageLayout.addLayout(self.grid)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.recipientsLabel.setBuddy(self.recipientsList)
        self.othersLabel.setBuddy(self.othersEdit)
        self.ccLabel.setBuddy(self.ccEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.filesLabel.setBuddy(self.filesList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EmailStep)

        QMetaObject.connectSlotsByName(EmailStep)
    # setupUi

    def retranslateUi(self, EmailStep):
        self.templateLabel.setText(QCoreApplication.translate("EmailStep", u"&Modelo de e-mail:", None))
        self.recipientsLabel.setText(QCoreApplication.translate("EmailStep", u"&Enviar para:", None))
        self.othersLabel.setText(QCoreApplication.translate("EmailStep", u"&Outros endere\u00e7os:", None))
        self.othersEdit.setPlaceholderText(QCoreApplication.translate("EmailStep", u"endere\u00e7os separados por v\u00edrgula", None))
        self.ccLabel.setText(QCoreApplication.translate("EmailStep", u"&C\u00f3pia E-mail:", None))
        self.ccEdit.setPlaceholderText(QCoreApplication.translate("EmailStep", u"quem recebe uma c\u00f3pia", None))
        self.subjectLabel.setText(QCoreApplication.translate("EmailStep", u"A&ssunto:", None))
        self.readReceiptCheck.setText(QCoreApplication.translate("EmailStep", u"Solicitar confirma\u00e7\u00e3o de &leitura", None))
#if QT_CONFIG(tooltip)
        self.readReceiptCheck.setToolTip(QCoreApplication.translate("EmailStep", u"Pede ao programa de e-mail do cliente que confirme a leitura (o cliente pode recusar: n\u00e3o \u00e9 prova de leitura).", None))
#endif // QT_CONFIG(tooltip)
        self.bodyLabel.setText(QCoreApplication.translate("EmailStep", u"Conte\u00fa&do do E-mail:", None))
        self.previewLabel.setText("")
        self.previewLabel.setStyleSheet(QCoreApplication.translate("EmailStep", u"color: #616e7c;", None))
        self.filesLabel.setText(QCoreApplication.translate("EmailStep", u"Anexos:", None))
        self.attachButton.setText(QCoreApplication.translate("EmailStep", u"A&nexar arquivo...", None))
        self.removeFileButton.setText(QCoreApplication.translate("EmailStep", u"Remo&ver anexo", None))
        pass
    # retranslateUi

