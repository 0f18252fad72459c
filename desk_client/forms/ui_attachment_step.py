# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_step.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AttachmentStep(object):
    def setupUi(self, AttachmentStep):
        if not AttachmentStep.objectName():
            AttachmentStep.setObjectName(u"AttachmentStep")
        AttachmentStep.resize(640, 360)
        self.pageLayout = QVBoxLayout(AttachmentStep)
        self.pageLayout.setObjectName(u"pageLayout")
        self.limitLabel = QLabel(AttachmentStep)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.limitLabel)

        self.filesTable = QTableWidget(AttachmentStep)
        if (self.filesTable.columnCount() < 3):
            self.filesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesTable.setAlternatingRowColors(True)
        self.filesTable.setMaximumSize(QSize(16777215, 240))

        self.pageLayout.addWidget(self.filesTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(AttachmentStep)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(AttachmentStep)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(AttachmentStep)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.errorLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.noteLabel = QLabel(AttachmentStep)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 0, 0, 1, 1)

        self.noteEdit = QLineEdit(AttachmentStep)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.grid.addWidget(self.noteEdit, 0, 1, 1, 1)


        self.pageLayout.addLayout(self.grid)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttachmentStep)

        QMetaObject.connectSlotsByName(AttachmentStep)
    # setupUi

    def retranslateUi(self, AttachmentStep):
        self.limitLabel.setText(QCoreApplication.translate("AttachmentStep", u"Arquivos anexados ao atendimento (at\u00e9 20 MB cada). Eles seguem com o atendimento, mesmo se o servidor estiver fora do ar.", None))
        self.limitLabel.setStyleSheet(QCoreApplication.translate("AttachmentStep", u"color: #616e7c;", None))
        ___qtablewidgetitem = self.filesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttachmentStep", u"Arquivo", None))
        ___qtablewidgetitem1 = self.filesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttachmentStep", u"Tamanho", None))
        ___qtablewidgetitem2 = self.filesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttachmentStep", u"Observa\u00e7\u00f5es", None))
        self.addButton.setText(QCoreApplication.translate("AttachmentStep", u"&Anexar...", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AttachmentStep", u"Escolher um arquivo (Pesquisar ou Criar)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("AttachmentStep", u"&Remover", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AttachmentStep", u"Tirar o arquivo selecionado da lista", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AttachmentStep", u"color: #b42318;", None))
        self.noteLabel.setText(QCoreApplication.translate("AttachmentStep", u"&Observa\u00e7\u00f5es:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AttachmentStep", u"Observa\u00e7\u00e3o sobre o arquivo selecionado", None))
        pass
    # retranslateUi

