"""The "Enviar protocolo por e-mail" option beside Finalizar (ANATEL: the protocol in writing within
24 h): ticked by default when the contact (or the client) has an e-mail; the operator may untick it."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ..wizard.context import WizardContext
from . import rules


class ReceiptOption(QCheckBox):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._showing = False
        self.toggled.connect(self._toggled)
        ctx.changed.connect(self._state_changed)
        self.show_state()

    def _state_changed(self, what: str) -> None:
        if what in ("client", "contact", "kind", "prospect", "access_point"):
            self.show_state()

    def show_state(self) -> None:
        address = rules.receipt_address(self.ctx.state)
        self._showing = True
        self.setText(self.tr("Enviar &protocolo por e-mail") + (f" ({address})" if address else ""))
        self.setEnabled(address is not None)
        self.setChecked(rules.receipt_wanted(self.ctx.state))
        self.setToolTip(self.tr("O cliente recebe o protocolo, a data e a hora, o tipo e um comprovante em PDF.")
                        if address else self.tr("O contato não tem e-mail cadastrado."))
        self._showing = False

    def _toggled(self, on: bool) -> None:
        if not self._showing:
            self.ctx.state.receipt["send"] = on
            self.ctx.notify(rules.RECEIPT)
