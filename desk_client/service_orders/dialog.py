"""The O.S. dialog: book an O.S. for a ticket (POST, with its own Idempotency-Key) or change one
(PATCH: reschedule, technician, type, status, description, with an optional reason). The server's
overlap rule answers with its message, shown as it is (it names the O.S. in the way and the free
slots)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..api import service_orders
from ..forms.ui_service_order_dialog import Ui_ServiceOrderDialog
from . import rules
from .form import ServiceOrderForm

SAVE_TIMEOUT_S = 15.0
EDITABLE = ("technician_id", "type_id", "date", "start", "duration_minutes", "status", "description")


class ServiceOrderDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, api, *, ticket: dict | None = None, order: dict | None = None, prefill: dict | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ServiceOrderDialog()
        self.ui.setupUi(self)
        self.api, self.ticket, self.order = api, ticket, order
        self._call = None
        data = {k: order.get(k) for k in (*EDITABLE, "technician_name", "type_name")} if order else {}
        data.update(prefill or {})
        self.data = rules.defaults(data)  # today, an hour, scheduled, its own Idempotency-Key
        self.form = ServiceOrderForm(api, data, self.ui.formHost, exclude_id=order["id"] if order else None)
        self.ui.formLayout.addWidget(self.form)
        self.form.ui.agendaButton.hide()  # the dialog is opened from the agenda (or the ticket) already
        self.ui.errorLabel.hide()
        protocol = (order or ticket or {}).get("protocol_formatted") or (order or ticket or {}).get("protocol", "")
        if order:
            self.setWindowTitle(self.tr("O.S. nº %d") % order["id"])
            self.ui.headerLabel.setText(self.tr("O.S. nº %d — protocolo %s — %s") % (
                order["id"], protocol, order.get("client_name") or ""))
        else:
            self.setWindowTitle(self.tr("Nova O.S."))
            self.ui.headerLabel.setText(self.tr("Nova O.S. do atendimento %s") % protocol)
            self.ui.reasonLabel.hide()
            self.ui.reasonEdit.hide()
        self.ui.pdfButton.setVisible(order is not None)
        self.ui.pdfButton.clicked.connect(self._open_pdf)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.form.ui.technicianCombo.setFocus()

    def problems(self) -> list[str]:
        from ..wizard.model_text import tr_model

        return [tr_model(m) for m in rules.check(self.data)]

    def save(self) -> None:
        if self._call is not None:
            return
        problems = self.problems()
        if problems:
            self.show_error("\n".join(problems))
            return
        body = rules.body(self.data)
        if self.order is None:
            call = service_orders.create(self.api, self.ticket["id"], body, self.data["idempotency_key"],
                                         timeout=SAVE_TIMEOUT_S, owner=self)
        else:
            change = {k: v for k, v in body.items() if v != self.order.get(k)}
            if self.ui.reasonEdit.text().strip():
                change["reason"] = self.ui.reasonEdit.text().strip()
            call = service_orders.update(self.api, self.order["id"], change, timeout=SAVE_TIMEOUT_S, owner=self)
        self.ui.saveButton.setEnabled(False)
        self.ui.saveButton.setText(self.tr("Salvando…"))
        call.succeeded.connect(self._saved)
        call.failed.connect(self._failed)
        self._call = call

    def _saved(self, answer: dict) -> None:
        self._call = None
        self.saved.emit(answer)
        self.accept()

    def _failed(self, error) -> None:
        self._call = None
        self.ui.saveButton.setEnabled(True)
        self.ui.saveButton.setText(self.tr("&Salvar"))
        self.show_error(error.message)
        self.form.load_day()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _open_pdf(self) -> None:
        from .sheet import open_sheet

        open_sheet(self.api, self.order["id"], self)
