# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QWidget)

class Ui_TaskForm(object):
    def setupUi(self, TaskForm):
        if not TaskForm.objectName():
            TaskForm.setObjectName(u"TaskForm")
        TaskForm.resize(560, 300)
        self.fieldsLayout = QFormLayout(TaskForm)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.fieldsLayout.setHorizontalSpacing(10)
        self.fieldsLayout.setVerticalSpacing(8)
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(TaskForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.assigneeLabel = QLabel(TaskForm)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeLayout = QHBoxLayout()
        self.assigneeLayout.setObjectName(u"assigneeLayout")
        self.userRadio = QRadioButton(TaskForm)
        self.userRadio.setObjectName(u"userRadio")

        self.assigneeLayout.addWidget(self.userRadio)

        self.cargoRadio = QRadioButton(TaskForm)
        self.cargoRadio.setObjectName(u"cargoRadio")
        self.cargoRadio.setChecked(True)

        self.assigneeLayout.addWidget(self.cargoRadio)

        self.assigneeCombo = QComboBox(TaskForm)
        self.assigneeCombo.setObjectName(u"assigneeCombo")
        self.assigneeCombo.setMinimumSize(QSize(240, 0))

        self.assigneeLayout.addWidget(self.assigneeCombo)


        self.fieldsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.assigneeLayout)

        self.dueLabel = QLabel(TaskForm)
        self.dueLabel.setObjectName(u"dueLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(TaskForm)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.descriptionLabel = QLabel(TaskForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(TaskForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.assigneeCombo)
        QWidget.setTabOrder(self.assigneeCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.descriptionEdit)

        self.retranslateUi(TaskForm)

        QMetaObject.connectSlotsByName(TaskForm)
    # setupUi

    def retranslateUi(self, TaskForm):
        self.titleLabel.setText(QCoreApplication.translate("TaskForm", u"T&\u00edtulo:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TaskForm", u"O que precisa ser feito", None))
        self.assigneeLabel.setText(QCoreApplication.translate("TaskForm", u"&Para:", None))
        self.userRadio.setText(QCoreApplication.translate("TaskForm", u"Usu\u00e1rio", None))
        self.cargoRadio.setText(QCoreApplication.translate("TaskForm", u"Cargo", None))
        self.dueLabel.setText(QCoreApplication.translate("TaskForm", u"P&razo:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TaskForm", u"Descri&\u00e7\u00e3o:", None))
        pass
    # retranslateUi

