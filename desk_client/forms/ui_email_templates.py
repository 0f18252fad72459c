# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_templates.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EmailTemplatesWindow(object):
    def setupUi(self, EmailTemplatesWindow):
        if not EmailTemplatesWindow.objectName():
            EmailTemplatesWindow.setObjectName(u"EmailTemplatesWindow")
        EmailTemplatesWindow.resize(900, 560)
        self.mainLayout = QHBoxLayout(EmailTemplatesWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.templatesList = QListWidget(EmailTemplatesWindow)
        self.templatesList.setObjectName(u"templatesList")
        self.templatesList.setMaximumSize(QSize(260, 16777215))

        self.listLayout.addWidget(self.templatesList)

        self.newButton = QPushButton(EmailTemplatesWindow)
        self.newButton.setObjectName(u"newButton")

        self.listLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.listLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.nameLabel = QLabel(EmailTemplatesWindow)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(EmailTemplatesWindow)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.grid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.subjectLabel = QLabel(EmailTemplatesWindow)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.grid.addWidget(self.subjectLabel, 1, 0, 1, 1)

        self.subjectEdit = QLineEdit(EmailTemplatesWindow)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(200)

        self.grid.addWidget(self.subjectEdit, 1, 1, 1, 1)

        self.bodyLabel = QLabel(EmailTemplatesWindow)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.grid.addWidget(self.bodyLabel, 2, 0, 1, 1)

        self.bodyEdit = QPlainTextEdit(EmailTemplatesWindow)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.bodyEdit, 2, 1, 1, 1)

        self.variablesLabel = QLabel(EmailTemplatesWindow)
        self.variablesLabel.setObjectName(u"variablesLabel")

        self.grid.addWidget(self.variablesLabel, 3, 0, 1, 1)

        self.variablesList = QListWidget(EmailTemplatesWindow)
        self.variablesList.setObjectName(u"variablesList")
        self.variablesList.setMaximumSize(QSize(16777215, 110))

        self.grid.addWidget(self.variablesList, 3, 1, 1, 1)

        self.cargosLabel = QLabel(EmailTemplatesWindow)
        self.cargosLabel.setObjectName(u"cargosLabel")

        self.grid.addWidget(self.cargosLabel, 4, 0, 1, 1)

        self.cargosList = QListWidget(EmailTemplatesWindow)
        self.cargosList.setObjectName(u"cargosList")
        self.cargosList.setMaximumSize(QSize(16777215, 110))

        self.grid.addWidget(self.cargosList, 4, 1, 1, 1)

        self.activeCheck = QCheckBox(EmailTemplatesWindow)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.grid.addWidget(self.activeCheck, 5, 0, 1, 2)


        self.editLayout.addLayout(self.grid)

        self.statusLabel = QLabel(EmailTemplatesWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.editLayout.addWidget(self.statusLabel)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(EmailTemplatesWindow)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.editLayout.addLayout(self.saveLayout)


        self.mainLayout.addLayout(self.editLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.variablesLabel.setBuddy(self.variablesList)
        self.cargosLabel.setBuddy(self.cargosList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EmailTemplatesWindow)

        QMetaObject.connectSlotsByName(EmailTemplatesWindow)
    # setupUi

    def retranslateUi(self, EmailTemplatesWindow):
        self.newButton.setText(QCoreApplication.translate("EmailTemplatesWindow", u"&Novo modelo", None))
        self.nameLabel.setText(QCoreApplication.translate("EmailTemplatesWindow", u"No&me:", None))
        self.subjectLabel.setText(QCoreApplication.translate("EmailTemplatesWindow", u"Ass&unto:", None))
        self.bodyLabel.setText(QCoreApplication.translate("EmailTemplatesWindow", u"&Conte\u00fado:", None))
        self.variablesLabel.setText(QCoreApplication.translate("EmailTemplatesWindow", u"&Vari\u00e1veis:", None))
#if QT_CONFIG(tooltip)
        self.variablesList.setToolTip(QCoreApplication.translate("EmailTemplatesWindow", u"Enter ou duplo clique insere a vari\u00e1vel no conte\u00fado", None))
#endif // QT_CONFIG(tooltip)
        self.cargosLabel.setText(QCoreApplication.translate("EmailTemplatesWindow", u"Vis\u00edvel para os car&gos:", None))
#if QT_CONFIG(tooltip)
        self.cargosList.setToolTip(QCoreApplication.translate("EmailTemplatesWindow", u"Nenhum marcado: todos os cargos veem o modelo", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("EmailTemplatesWindow", u"&Ativo", None))
        self.statusLabel.setText("")
        self.statusLabel.setStyleSheet(QCoreApplication.translate("EmailTemplatesWindow", u"color: #616e7c;", None))
        self.saveButton.setText(QCoreApplication.translate("EmailTemplatesWindow", u"&Salvar", None))
        pass
    # retranslateUi

