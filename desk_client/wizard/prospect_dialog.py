"""Novo Prospecto from the wizard's Localizar step: name, kind, phone, e-mail, city → POST /prospects."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, prospects
from ..forms.ui_wizard_prospect import Ui_WizardProspectDialog
from ..ui.saving_dialog import SavingDialog

KINDS = (("residencial", "Residencial"), ("empresarial", "Empresarial"), ("condominio", "Condomínio"),
         ("residente_condominio", "Residente em Condomínio"))


class ProspectDialog(SavingDialog):
    prospect_saved = Signal(dict)

    def __init__(self, api: ApiClient, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WizardProspectDialog()
        self.ui.setupUi(self)
        self.api = api
        self._call = None
        for value, label in KINDS:
            self.ui.kindCombo.addItem(self.tr(label), value)
        self.ui.nameEdit.setText(name)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._busy(False)
        self._error("")

    def save(self) -> None:
        if self._call is not None:
            return
        name = self.ui.nameEdit.text().strip()
        if not name:
            self._error(self.tr("Informe o nome do prospecto."))
            self.ui.nameEdit.setFocus()
            return
        phone = "".join(ch for ch in self.ui.phoneEdit.text() if ch.isdigit())
        body = {"kind": self.ui.kindCombo.currentData(), "name": name, "phone": phone or None,
                "email": self.ui.emailEdit.text().strip() or None, "city": self.ui.cityEdit.text().strip() or None}
        self.submit(prospects.create(self.api, {k: v for k, v in body.items() if v is not None}, timeout=10))

    def on_saved(self, prospect: dict) -> None:
        self.prospect_saved.emit(prospect)
