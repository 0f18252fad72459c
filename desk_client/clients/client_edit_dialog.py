"""Cadastro do cliente: create (POST /clients) or edit (PATCH /clients/{id}) a client; supervisors
and admins. The server checks CPF/CNPJ (python-stdnum), phones, CEP and UF and its Portuguese
message is shown inline.

    dialog = ClientEditDialog(api, client=None or GET /clients/{id}, parent); dialog.saved  # Signal(dict)
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from ..api import ApiClient, clients
from ..forms.ui_client_edit import Ui_ClientEditDialog
from ..ui.saving_dialog import SavingDialog
from . import record_rules as rr

TIMEOUT_S = 15.0
WIDGETS = {"name": "nameEdit", "trade_name": "tradeNameEdit", "document": "documentEdit", "rg_ie": "rgIeEdit",
           "email": "emailEdit", "phone": "phoneEdit", "mobile": "mobileEdit", "street": "streetEdit",
           "number": "numberEdit", "complement": "complementEdit", "district": "districtEdit",
           "city": "cityEdit", "uf": "ufEdit", "cep": "cepEdit", "reference": "referenceEdit",
           "notes": "notesEdit"}


class ClientEditDialog(SavingDialog):
    saved = Signal(dict)

    def __init__(self, api: ApiClient, client: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClientEditDialog()
        self.ui.setupUi(self)
        self.api = api
        self.client = client
        self.ui.personTypeCombo.addItem(self.tr("Pessoa física (CPF)"), "PF")
        self.ui.personTypeCombo.addItem(self.tr("Pessoa jurídica (CNPJ)"), "PJ")
        for key, word in rr.STATUSES.items():
            self.ui.statusCombo.addItem(QCoreApplication.translate(rr.CONTEXT, word), key)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._error("")
        if client:
            self.setWindowTitle(self.tr("Editar cliente %s") % client.get("code", ""))
            values = rr.client_form_values(client)
            for key, name in WIDGETS.items():
                widget = getattr(self.ui, name)
                (widget.setPlainText if isinstance(widget, QPlainTextEdit) else widget.setText)(values.get(key, ""))
            self.ui.personTypeCombo.setCurrentIndex(self.ui.personTypeCombo.findData(values["person_type"]))
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(values["status"]))
        else:
            self.setWindowTitle(self.tr("Novo cliente"))

    def form(self) -> dict:
        values = {}
        for key, name in WIDGETS.items():
            widget = getattr(self.ui, name)
            values[key] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        values["person_type"] = self.ui.personTypeCombo.currentData()
        values["status"] = self.ui.statusCombo.currentData()
        return values

    def save(self) -> None:
        body, problem = rr.client_body(self.form(), self.client)
        if body is None:
            self._error(QCoreApplication.translate(rr.CONTEXT, problem))
            return
        if self.client and not body:
            self.reject()  # nothing changed
            return
        if self.client:
            call = clients.update(self.api, self.client["id"], body, timeout=TIMEOUT_S)
        else:
            call = clients.create(self.api, body, timeout=TIMEOUT_S)
        self.submit(call)

    def on_saved(self, record: dict) -> None:
        self.saved.emit(record)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

