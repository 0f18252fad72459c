"""Converter prospecto em cliente (supervisors and admins): the person type and CPF/CNPJ the prospect
never had; the server copies name, phone, e-mail, address and contacts (POST /prospects/{id}/convert)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..api import ApiClient, prospects
from ..forms.ui_prospect_convert import Ui_ProspectConvertDialog
from ..ui.saving_dialog import SavingDialog
from . import rules

TIMEOUT_S = 15.0


class ConvertDialog(SavingDialog):
    saved = Signal(dict)

    def __init__(self, api: ApiClient, prospect: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProspectConvertDialog()
        self.ui.setupUi(self)
        self.api = api
        self.prospect = prospect
        self.ui.introLabel.setText(self.tr(
            "Um cliente novo será criado com o nome, telefone, e-mail, endereço e contatos de “%s”.")
            % prospect.get("name", ""))
        pj = prospect.get("kind") in ("empresarial", "condominio")
        self.ui.personTypeCombo.addItem(self.tr("Pessoa física (CPF)"), "PF")
        self.ui.personTypeCombo.addItem(self.tr("Pessoa jurídica (CNPJ)"), "PJ")
        self.ui.personTypeCombo.setCurrentIndex(1 if pj else 0)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Converter"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._error("")

    def save(self) -> None:
        body = rules.convert_body(self.ui.personTypeCombo.currentData(), self.ui.documentEdit.text())
        self.submit(prospects.convert(self.api, self.prospect["id"], body, timeout=TIMEOUT_S))

    def on_saved(self, record: dict) -> None:
        self.saved.emit(record)

    def _busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

