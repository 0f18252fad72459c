# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'script_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ScriptEditorWindow(object):
    def setupUi(self, ScriptEditorWindow):
        if not ScriptEditorWindow.objectName():
            ScriptEditorWindow.setObjectName(u"ScriptEditorWindow")
        ScriptEditorWindow.resize(1320, 740)
        self.central = QWidget(ScriptEditorWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.scriptsCaption = QLabel(self.listPane)
        self.scriptsCaption.setObjectName(u"scriptsCaption")
        self.scriptsCaption.setStyleSheet(u"font-weight: 600;")

        self.listLayout.addWidget(self.scriptsCaption)

        self.scriptsList = QListWidget(self.listPane)
        self.scriptsList.setObjectName(u"scriptsList")

        self.listLayout.addWidget(self.scriptsList)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.fileLayout.addWidget(self.newButton)

        self.importButton = QPushButton(self.listPane)
        self.importButton.setObjectName(u"importButton")

        self.fileLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(self.listPane)
        self.exportButton.setObjectName(u"exportButton")

        self.fileLayout.addWidget(self.exportButton)


        self.listLayout.addLayout(self.fileLayout)

        self.versionsCaption = QLabel(self.listPane)
        self.versionsCaption.setObjectName(u"versionsCaption")
        self.versionsCaption.setStyleSheet(u"font-weight: 600;")

        self.listLayout.addWidget(self.versionsCaption)

        self.versionsList = QListWidget(self.listPane)
        self.versionsList.setObjectName(u"versionsList")

        self.listLayout.addWidget(self.versionsList)

        self.splitter.addWidget(self.listPane)
        self.treePane = QWidget(self.splitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(4, 0, 4, 0)
        self.scriptForm = QFormLayout()
        self.scriptForm.setObjectName(u"scriptForm")
        self.nameCaption = QLabel(self.treePane)
        self.nameCaption.setObjectName(u"nameCaption")

        self.scriptForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(self.treePane)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.scriptForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.descriptionCaption = QLabel(self.treePane)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.scriptForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionEdit = QLineEdit(self.treePane)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.scriptForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.treeLayout.addLayout(self.scriptForm)

        self.nodeTree = QTreeWidget(self.treePane)
        self.nodeTree.setObjectName(u"nodeTree")
        self.nodeTree.setHeaderHidden(True)

        self.treeLayout.addWidget(self.nodeTree)

        self.nodeButtonsLayout = QHBoxLayout()
        self.nodeButtonsLayout.setObjectName(u"nodeButtonsLayout")
        self.addNodeButton = QPushButton(self.treePane)
        self.addNodeButton.setObjectName(u"addNodeButton")

        self.nodeButtonsLayout.addWidget(self.addNodeButton)

        self.deleteNodeButton = QPushButton(self.treePane)
        self.deleteNodeButton.setObjectName(u"deleteNodeButton")

        self.nodeButtonsLayout.addWidget(self.deleteNodeButton)

        self.startButton = QPushButton(self.treePane)
        self.startButton.setObjectName(u"startButton")

        self.nodeButtonsLayout.addWidget(self.startButton)


        self.treeLayout.addLayout(self.nodeButtonsLayout)

        self.splitter.addWidget(self.treePane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.nodeTab = QWidget()
        self.nodeTab.setObjectName(u"nodeTab")
        self.nodeLayout = QVBoxLayout(self.nodeTab)
        self.nodeLayout.setObjectName(u"nodeLayout")
        self.nodeIdLabel = QLabel(self.nodeTab)
        self.nodeIdLabel.setObjectName(u"nodeIdLabel")
        self.nodeIdLabel.setStyleSheet(u"color: #52606d;")

        self.nodeLayout.addWidget(self.nodeIdLabel)

        self.questionCaption = QLabel(self.nodeTab)
        self.questionCaption.setObjectName(u"questionCaption")

        self.nodeLayout.addWidget(self.questionCaption)

        self.questionEdit = QPlainTextEdit(self.nodeTab)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setMaximumSize(QSize(16777215, 44))
        self.questionEdit.setTabChangesFocus(True)

        self.nodeLayout.addWidget(self.questionEdit)

        self.clientCaption = QLabel(self.nodeTab)
        self.clientCaption.setObjectName(u"clientCaption")

        self.nodeLayout.addWidget(self.clientCaption)

        self.clientEdit = QPlainTextEdit(self.nodeTab)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setMaximumSize(QSize(16777215, 52))
        self.clientEdit.setTabChangesFocus(True)

        self.nodeLayout.addWidget(self.clientEdit)

        self.operatorCaption = QLabel(self.nodeTab)
        self.operatorCaption.setObjectName(u"operatorCaption")

        self.nodeLayout.addWidget(self.operatorCaption)

        self.operatorEdit = QPlainTextEdit(self.nodeTab)
        self.operatorEdit.setObjectName(u"operatorEdit")
        self.operatorEdit.setMaximumSize(QSize(16777215, 52))
        self.operatorEdit.setTabChangesFocus(True)

        self.nodeLayout.addWidget(self.operatorEdit)

        self.variablesLabel = QLabel(self.nodeTab)
        self.variablesLabel.setObjectName(u"variablesLabel")
        self.variablesLabel.setStyleSheet(u"color: #52606d; font-size: 9pt;")

        self.nodeLayout.addWidget(self.variablesLabel)

        self.optionsCaption = QLabel(self.nodeTab)
        self.optionsCaption.setObjectName(u"optionsCaption")

        self.nodeLayout.addWidget(self.optionsCaption)

        self.optionsTable = QTableWidget(self.nodeTab)
        if (self.optionsTable.columnCount() < 3):
            self.optionsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.optionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.optionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.optionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.optionsTable.setObjectName(u"optionsTable")
        self.optionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.optionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.optionsTable.horizontalHeader().setStretchLastSection(False)
        self.optionsTable.verticalHeader().setVisible(False)

        self.nodeLayout.addWidget(self.optionsTable)

        self.optionButtonsLayout = QHBoxLayout()
        self.optionButtonsLayout.setObjectName(u"optionButtonsLayout")
        self.addOptionButton = QPushButton(self.nodeTab)
        self.addOptionButton.setObjectName(u"addOptionButton")

        self.optionButtonsLayout.addWidget(self.addOptionButton)

        self.deleteOptionButton = QPushButton(self.nodeTab)
        self.deleteOptionButton.setObjectName(u"deleteOptionButton")

        self.optionButtonsLayout.addWidget(self.deleteOptionButton)

        self.upOptionButton = QPushButton(self.nodeTab)
        self.upOptionButton.setObjectName(u"upOptionButton")

        self.optionButtonsLayout.addWidget(self.upOptionButton)

        self.downOptionButton = QPushButton(self.nodeTab)
        self.downOptionButton.setObjectName(u"downOptionButton")

        self.optionButtonsLayout.addWidget(self.downOptionButton)


        self.nodeLayout.addLayout(self.optionButtonsLayout)

        self.outcomeGroup = QGroupBox(self.nodeTab)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeLayout = QGridLayout(self.outcomeGroup)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.typeCaption = QLabel(self.outcomeGroup)
        self.typeCaption.setObjectName(u"typeCaption")

        self.outcomeLayout.addWidget(self.typeCaption, 0, 0, 1, 1)

        self.typeCombo = QComboBox(self.outcomeGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.outcomeLayout.addWidget(self.typeCombo, 0, 1, 1, 1)

        self.resolveCheck = QCheckBox(self.outcomeGroup)
        self.resolveCheck.setObjectName(u"resolveCheck")

        self.outcomeLayout.addWidget(self.resolveCheck, 0, 2, 1, 1)

        self.serviceOrderCheck = QCheckBox(self.outcomeGroup)
        self.serviceOrderCheck.setObjectName(u"serviceOrderCheck")

        self.outcomeLayout.addWidget(self.serviceOrderCheck, 0, 3, 1, 1)

        self.solutionCaption = QLabel(self.outcomeGroup)
        self.solutionCaption.setObjectName(u"solutionCaption")

        self.outcomeLayout.addWidget(self.solutionCaption, 1, 0, 1, 1)

        self.solutionEdit = QLineEdit(self.outcomeGroup)
        self.solutionEdit.setObjectName(u"solutionEdit")

        self.outcomeLayout.addWidget(self.solutionEdit, 1, 1, 1, 3)


        self.nodeLayout.addWidget(self.outcomeGroup)

        self.tabs.addTab(self.nodeTab, "")
        self.pathsTab = QWidget()
        self.pathsTab.setObjectName(u"pathsTab")
        self.pathsLayout = QVBoxLayout(self.pathsTab)
        self.pathsLayout.setObjectName(u"pathsLayout")
        self.pathsHelp = QLabel(self.pathsTab)
        self.pathsHelp.setObjectName(u"pathsHelp")
        self.pathsHelp.setWordWrap(True)

        self.pathsLayout.addWidget(self.pathsHelp)

        self.pathsTable = QTableWidget(self.pathsTab)
        if (self.pathsTable.columnCount() < 3):
            self.pathsTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.pathsTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.pathsTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.pathsTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.pathsTable.setObjectName(u"pathsTable")
        self.pathsTable.horizontalHeader().setStretchLastSection(True)
        self.pathsTable.verticalHeader().setVisible(False)

        self.pathsLayout.addWidget(self.pathsTable)

        self.pathButtonsLayout = QHBoxLayout()
        self.pathButtonsLayout.setObjectName(u"pathButtonsLayout")
        self.addPathButton = QPushButton(self.pathsTab)
        self.addPathButton.setObjectName(u"addPathButton")

        self.pathButtonsLayout.addWidget(self.addPathButton)

        self.deletePathButton = QPushButton(self.pathsTab)
        self.deletePathButton.setObjectName(u"deletePathButton")

        self.pathButtonsLayout.addWidget(self.deletePathButton)

        self.pathSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pathButtonsLayout.addItem(self.pathSpacer)

        self.testButton = QPushButton(self.pathsTab)
        self.testButton.setObjectName(u"testButton")

        self.pathButtonsLayout.addWidget(self.testButton)


        self.pathsLayout.addLayout(self.pathButtonsLayout)

        self.tabs.addTab(self.pathsTab, "")
        self.analyticsTab = QWidget()
        self.analyticsTab.setObjectName(u"analyticsTab")
        self.analyticsLayout = QVBoxLayout(self.analyticsTab)
        self.analyticsLayout.setObjectName(u"analyticsLayout")
        self.analyticsLabel = QLabel(self.analyticsTab)
        self.analyticsLabel.setObjectName(u"analyticsLabel")
        self.analyticsLabel.setWordWrap(True)

        self.analyticsLayout.addWidget(self.analyticsLabel)

        self.chartHost = QWidget(self.analyticsTab)
        self.chartHost.setObjectName(u"chartHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chartHost.sizePolicy().hasHeightForWidth())
        self.chartHost.setSizePolicy(sizePolicy)

        self.analyticsLayout.addWidget(self.chartHost)

        self.endsLabel = QLabel(self.analyticsTab)
        self.endsLabel.setObjectName(u"endsLabel")
        self.endsLabel.setWordWrap(True)

        self.analyticsLayout.addWidget(self.endsLabel)

        self.tabs.addTab(self.analyticsTab, "")
        self.splitter.addWidget(self.tabs)

        self.centralLayout.addWidget(self.splitter)

        self.problemsCaption = QLabel(self.central)
        self.problemsCaption.setObjectName(u"problemsCaption")

        self.centralLayout.addWidget(self.problemsCaption)

        self.problemsList = QListWidget(self.central)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 96))

        self.centralLayout.addWidget(self.problemsList)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(self.central)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.previewButton = QPushButton(self.central)
        self.previewButton.setObjectName(u"previewButton")

        self.bottomLayout.addWidget(self.previewButton)

        self.publishButton = QPushButton(self.central)
        self.publishButton.setObjectName(u"publishButton")

        self.bottomLayout.addWidget(self.publishButton)


        self.centralLayout.addLayout(self.bottomLayout)

        ScriptEditorWindow.setCentralWidget(self.central)
#if QT_CONFIG(shortcut)
        self.scriptsCaption.setBuddy(self.scriptsList)
        self.versionsCaption.setBuddy(self.versionsList)
        self.nameCaption.setBuddy(self.nameEdit)
        self.descriptionCaption.setBuddy(self.descriptionEdit)
        self.questionCaption.setBuddy(self.questionEdit)
        self.clientCaption.setBuddy(self.clientEdit)
        self.operatorCaption.setBuddy(self.operatorEdit)
        self.optionsCaption.setBuddy(self.optionsTable)
        self.typeCaption.setBuddy(self.typeCombo)
        self.solutionCaption.setBuddy(self.solutionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScriptEditorWindow)

        QMetaObject.connectSlotsByName(ScriptEditorWindow)
    # setupUi

    def retranslateUi(self, ScriptEditorWindow):
        ScriptEditorWindow.setWindowTitle(QCoreApplication.translate("ScriptEditorWindow", u"Scripts de atendimento", None))
        self.scriptsCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Scripts", None))
        self.newButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Novo", None))
        self.importButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Importar\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"Abre um script exportado (JSON) como rascunho", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"E&xportar\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"Salva o rascunho em um arquivo JSON", None))
#endif // QT_CONFIG(tooltip)
        self.versionsCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Vers\u00f5es publicadas", None))
#if QT_CONFIG(tooltip)
        self.versionsList.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"Uma vers\u00e3o publicada nunca muda; abrir uma vers\u00e3o antiga cria um rascunho a partir dela", None))
#endif // QT_CONFIG(tooltip)
        self.nameCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"No&me:", None))
        self.descriptionCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Descri\u00e7\u00e3o:", None))
        ___qtreewidgetitem = self.nodeTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ScriptEditorWindow", u"Perguntas e respostas", None))
        self.addNodeButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Nova &pergunta", None))
        self.deleteNodeButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Excluir pergunta", None))
        self.startButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Perg&unta inicial", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"O script come\u00e7a pela pergunta selecionada", None))
#endif // QT_CONFIG(tooltip)
        self.questionCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"Per&gunta:", None))
        self.clientCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"Explica\u00e7\u00e3o para o &cliente:", None))
        self.operatorCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"Explica\u00e7\u00e3o para o op&erador:", None))
        self.variablesLabel.setText(QCoreApplication.translate("ScriptEditorWindow", u"Vari\u00e1veis: {cliente.nome} {plano} {login} {ip} {protocolo}", None))
        self.optionsCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"Op\u00e7&\u00f5es de resposta:", None))
        ___qtablewidgetitem = self.optionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ScriptEditorWindow", u"Resposta", None))
        ___qtablewidgetitem1 = self.optionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ScriptEditorWindow", u"Leva a", None))
        ___qtablewidgetitem2 = self.optionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ScriptEditorWindow", u"Condi\u00e7\u00e3o ao vivo", None))
        self.addOptionButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Adicionar", None))
        self.deleteOptionButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Remover", None))
        self.upOptionButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Subir", None))
        self.downOptionButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Descer", None))
        self.outcomeGroup.setTitle(QCoreApplication.translate("ScriptEditorWindow", u"Resultado da op\u00e7\u00e3o que encerra (preenche Prim. Contato)", None))
        self.typeCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Tipo:", None))
        self.resolveCheck.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Resolvido", None))
        self.serviceOrderCheck.setText(QCoreApplication.translate("ScriptEditorWindow", u"Pedir &O.S.", None))
        self.solutionCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"So&lu\u00e7\u00e3o:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.nodeTab), QCoreApplication.translate("ScriptEditorWindow", u"Pergunta", None))
        self.pathsHelp.setText(QCoreApplication.translate("ScriptEditorWindow", u"Cada caminho: as respostas dadas desde a primeira pergunta (texto da op\u00e7\u00e3o ou seu n\u00famero a partir de 0, separados por \u2192) e o n\u00f3 onde deve terminar. Publicar roda todos e recusa a vers\u00e3o se algum falhar.", None))
        ___qtablewidgetitem3 = self.pathsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ScriptEditorWindow", u"Nome", None))
        ___qtablewidgetitem4 = self.pathsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ScriptEditorWindow", u"Respostas", None))
        ___qtablewidgetitem5 = self.pathsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ScriptEditorWindow", u"Termina em", None))
        self.addPathButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Novo caminho", None))
        self.deletePathButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Remover caminho", None))
        self.testButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"&Testar agora", None))
        self.tabs.setTabText(self.tabs.indexOf(self.pathsTab), QCoreApplication.translate("ScriptEditorWindow", u"Caminhos de teste", None))
        self.tabs.setTabText(self.tabs.indexOf(self.analyticsTab), QCoreApplication.translate("ScriptEditorWindow", u"An\u00e1lise", None))
        self.problemsCaption.setText(QCoreApplication.translate("ScriptEditorWindow", u"Problemas (clique para ir \u00e0 pergunta):", None))
        self.previewButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Pr\u00e9-visuali&zar", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"Roda o rascunho no mesmo executor do assistente", None))
#endif // QT_CONFIG(tooltip)
        self.publishButton.setText(QCoreApplication.translate("ScriptEditorWindow", u"Pu&blicar", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("ScriptEditorWindow", u"Cria uma nova vers\u00e3o (imut\u00e1vel) depois de validar e rodar os caminhos de teste", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

