"""One dialog for the ticket actions that ask something (Encaminhar, Mudar status, Pausar, Fechar,
Cancelar, Reabrir, Comentário): each shows only its fields; the reason is required where the server
requires it, and a missing one moves the focus there (DESIGN §11)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_ticket_action import Ui_TicketActionDialog


@dataclass(frozen=True)
class ActionSpec:
    key: str  # also what it posts: desk_client.api.tickets.act(api, ticket_id, key, body)
    title: str
    ok_text: str
    reason_label: str = "M&otivo:"
    reason_required: bool = True
    reason_field: str = "reason"
    destination: bool = False
    status: bool = False
    close: bool = False


SPECS = {
    "forward": ActionSpec("forward", "Encaminhar atendimento", "&Encaminhar", destination=True),
    "status": ActionSpec("status", "Mudar status", "&Mudar status", reason_required=False, status=True),
    "pause": ActionSpec("pause", "Pausar atendimento", "&Pausar", status=True),
    "close": ActionSpec("close", "Fechar atendimento", "&Fechar atendimento", close=True),
    "cancel": ActionSpec("cancel", "Cancelar atendimento", "Cance&lar atendimento"),
    "reopen": ActionSpec("reopen", "Reabrir atendimento", "&Reabrir"),
    "comment": ActionSpec("comment", "Adicionar comentário", "&Adicionar",
                          reason_label="&Comentário:", reason_field="text"),
}


class TicketActionDialog(QDialog):
    submitted = Signal(dict)  # the request body; the window sends it and closes the dialog on success

    def __init__(self, spec: ActionSpec, ticket: dict, parent: QWidget | None = None, *,
                 destinations: list[tuple[str, dict]] = (), statuses: list[dict] = (),
                 ticket_types: list[dict] = (), open_children: int = 0, message: str = ""):
        super().__init__(parent)
        self.ui = Ui_TicketActionDialog()
        self.ui.setupUi(self)
        self.spec = spec
        self.setWindowTitle(f"{self.tr(spec.title)} — {ticket.get('protocol_formatted', '')}")
        ui = self.ui
        ui.messageLabel.setText(message)
        ui.messageLabel.setVisible(bool(message))
        ui.reasonLabel.setText(self.tr(spec.reason_label))
        ui.errorLabel.hide()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr(spec.ok_text))
        ui.buttonBox.accepted.connect(self._submit)
        ui.buttonBox.rejected.connect(self.reject)
        for label, combo, shown in ((ui.destinationLabel, ui.destinationCombo, spec.destination),
                                    (ui.statusLabel, ui.statusCombo, spec.status),
                                    (ui.outcomeLabel, ui.outcomeCombo, spec.close),
                                    (ui.closeTypeLabel, ui.closeTypeCombo, spec.close)):
            label.setVisible(shown)
            combo.setVisible(shown)
        ui.childrenCheck.setVisible(spec.close and open_children > 0)
        ui.childrenCheck.setChecked(True)
        if open_children:
            ui.childrenCheck.setText(self.tr("Fechar também os %d atendimento(s) &filho(s) abertos, com o mesmo "
                                             "motivo") % open_children)
        for text, data in destinations:
            ui.destinationCombo.addItem(text, data)
        for row in statuses:
            ui.statusCombo.addItem(row["name"], row["id"])
        if spec.close:
            ui.outcomeCombo.addItem(self.tr("Concluído"), "done")
            ui.outcomeCombo.addItem(self.tr("Sem solução"), "unsolved")
            for row in ticket_types:
                ui.closeTypeCombo.addItem(row["name"], row["id"])
            index = ui.closeTypeCombo.findData(ticket.get("ticket_type_id"))
            ui.closeTypeCombo.setCurrentIndex(max(index, 0))
        first = next((w for w, shown in ((ui.destinationCombo, spec.destination), (ui.statusCombo, spec.status),
                                         (ui.outcomeCombo, spec.close)) if shown), ui.reasonEdit)
        first.setFocus()
        ui.reasonEdit.textChanged.connect(self._clear_error)
        # Enter writes a new line in the reason; Ctrl+Enter sends from anywhere in the dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._submit)
        ui.reasonEdit.setToolTip(self.tr("Ctrl+Enter envia"))

    def body(self) -> dict:
        ui, spec = self.ui, self.spec
        reason = ui.reasonEdit.toPlainText().strip()
        body: dict = {spec.reason_field: reason} if reason or spec.reason_required else {}
        if spec.destination:
            body.update(ui.destinationCombo.currentData() or {})
        if spec.status and ui.statusCombo.currentData() is not None:
            body["status_id"] = ui.statusCombo.currentData()
        if spec.close:
            body["outcome"] = ui.outcomeCombo.currentData()
            body["ticket_type_id"] = ui.closeTypeCombo.currentData()
            if ui.childrenCheck.isVisible():
                body["close_children"] = ui.childrenCheck.isChecked()
        return body

    def _submit(self) -> None:
        ui = self.ui
        if not ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return  # already sent, waiting for the answer
        if self.spec.destination and not ui.destinationCombo.currentData():
            self.show_error(self.tr("Escolha para quem encaminhar."), ui.destinationCombo)
            return
        if self.spec.reason_required and not ui.reasonEdit.toPlainText().strip():
            what = self.tr("o comentário") if self.spec.key == "comment" else self.tr("o motivo")
            self.show_error(self.tr("Informe %s.") % what, ui.reasonEdit)
            return
        self.set_busy(True)
        self.submitted.emit(self.body())

    def set_busy(self, busy: bool) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy)
        ok.setText(self.tr("Enviando…") if busy else self.tr(self.spec.ok_text))

    def show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.set_busy(False)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        (focus or self.ui.reasonEdit).setFocus()

    def _clear_error(self) -> None:
        if self.ui.errorLabel.isVisible() and self.ui.reasonEdit.toPlainText().strip():
            self.ui.errorLabel.hide()
