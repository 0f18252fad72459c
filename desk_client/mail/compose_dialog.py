"""Enviar e-mail from the ticket window: the wizard's Enviar E-mail form on a ticket that exists (the
same rules: recipients from the client's contacts, Cópia, Assunto, confirmação de leitura, variables
filled by the server and refused while unresolved, attachments). Files go up first, each with its
Idempotency-Key, then the e-mail names them by those keys."""
from __future__ import annotations

import uuid
from types import SimpleNamespace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..api import attachments, mail
from ..wizard.state import WizardState
from . import rules
from .wizard_page import EmailPage

ERROR_STYLE = "color: #b42318;"


def state_for(ticket: dict, client: dict | None) -> WizardState:
    contacts = (client or {}).get("contacts") or []
    contact = next((c for c in contacts if c.get("id") == ticket.get("contact_id")), None)
    return WizardState(protocol=ticket.get("protocol"), kind=ticket.get("kind") or "client", client=client,
                       contact=contact,
                       subscription={"id": ticket["subscription_id"]} if ticket.get("subscription_id") else None,
                       ticket_type={"id": ticket["ticket_type_id"]} if ticket.get("ticket_type_id") else None)


class ComposeDialog(QDialog):
    sent = Signal(object)  # the queued e-mail

    def __init__(self, api, ticket: dict, client: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enviar e-mail — atendimento %s") % (ticket.get("protocol_formatted") or ""))
        self.api, self.ticket = api, ticket
        self.state = state_for(ticket, client)
        self.ctx = SimpleNamespace(api=api, state=self.state, notify=lambda _what: self._clear_errors())
        self.page = EmailPage(self.ctx, self)
        self.errors = QLabel(self)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Envia&r"))  # &Enviar para: is E
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.page.enter()
        self.resize(720, 640)
        self._pending: list[dict] = []

    def _clear_errors(self) -> None:
        if self.errors.isVisible() and not rules.validate(self.state):
            self.errors.hide()

    def send(self) -> None:
        problems = rules.validate(self.state)
        if problems:
            self.errors.setText("\n".join(f"• {p}" for p in problems))
            self.errors.show()
            field = self.page.field_for(problems[0])
            (field or self.page.ui.subjectEdit).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.buttons.setEnabled(False)
        self._pending = list(rules.data(self.state)["files"])
        self._next()

    def _next(self) -> None:
        ticket_id = self.ticket["id"]
        if self._pending:
            entry = self._pending[0]
            call = attachments.upload(self.api, ticket_id, entry["file"], None, entry["key"])
            call.succeeded.connect(lambda _a: (self._pending.pop(0), self._next()))
        else:
            body = rules.follow_ups(self.state)[-1]["json"]
            call = mail.send(self.api, ticket_id, body, rules.data(self.state).get("key") or str(uuid.uuid4()))
            call.succeeded.connect(self._queued)
        call.failed.connect(self._failed)
        self.call = call

    def _queued(self, email: dict) -> None:
        from ..attachments import files

        for entry in rules.data(self.state)["files"]:
            files.discard(entry)
        self.sent.emit(email)
        self.accept()

    def _failed(self, error) -> None:
        self.buttons.setEnabled(True)
        self.errors.setText(error.message)
        self.errors.show()
