"""The data of one invoice ("os dados desse débito", seed 004 5.1.1), opened by a click in Financeiro."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..forms.ui_client_invoice_details import Ui_InvoiceDetailsDialog
from . import record_rules as rr


class InvoiceDetailsDialog(QDialog):
    def __init__(self, invoice: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InvoiceDetailsDialog()
        self.ui.setupUi(self)
        self.invoice = invoice
        self.values: dict[str, str] = {}
        for label, text in rr.invoice_details(invoice):
            word = QCoreApplication.translate(rr.CONTEXT, label)
            value = QLabel(QCoreApplication.translate(rr.CONTEXT, text) if label == "Situação" else text, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.ui.formLayout.addRow(word + ":", value)
            self.values[label] = value.text()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
