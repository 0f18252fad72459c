"""Adicionar Anexo and Enviar E-mail in the wizard, with the keyboard, against a real server: a file
over the limit is refused before any upload, files travel with the ticket through the outbox, the
template's variables are filled by the server and an unresolved one keeps Finalizar from going on,
naming it; the protocol receipt is ticked by default when the contact has an e-mail.
Moved from tests/client/test_mail_wizard.py (issue 8): the server fills the template, the ticket, files and
e-mails go through the outbox and are read back from the server."""
from __future__ import annotations

import uuid

import httpx
import pytest

from ..client.wizard_support import (
    attachment_and_email_with_the_keyboard,
    attachment_files,
    delivered,
    finalized,
    wizard_at_first_contact,
)
from .helpers import ALT, Key, api_get, demo_client, press

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def client_with_contact_email(server, token) -> dict:
    skip: list[int] = []
    while True:
        client = demo_client(server, token, with_contacts=True, skip=tuple(skip))
        if client["contacts"][0].get("email"):
            return client
        skip.append(client["id"])


def test_attachment_and_email_steps_with_the_keyboard(qtbot, controller, live_server, tmp_path, monkeypatch):
    server = live_server
    token = server.token("operador")
    client = client_with_contact_email(server, token)
    contact_email = client["contacts"][0]["email"]
    name = f"Visita {uuid.uuid4().hex[:6]}"
    created = httpx.post(f"{server.url}/api/v1/email-templates", headers={"Authorization": f"Bearer {server.token('supervisor')}"},
                         json={"name": name, "subject": "Atendimento {protocolo}",
                               "body": "Olá, {cliente.nome}.\nPlano {plano}, login {login}.\n{atendente}"})
    assert created.status_code == 201, created.text
    attachment_files(tmp_path, monkeypatch)
    launcher, wizard = wizard_at_first_contact(qtbot, controller, server, client)
    d = attachment_and_email_with_the_keyboard(qtbot, wizard, client, name)

    press(qtbot, Key.Key_F, ALT)                                   # &Finalizar
    summary = finalized(qtbot, launcher, 45_000)
    ticket_id = delivered(qtbot, launcher, summary, 45_000)
    attachments = api_get(server, token, f"/tickets/{ticket_id}/attachments")["items"]
    assert sorted((a["name"], a["note"]) for a in attachments) == [("foto da ONU.png", "Foto da caixa"),
                                                                   ("laudo.pdf", None)]
    emails = api_get(server, token, f"/tickets/{ticket_id}/emails")["items"]
    message = next(e for e in emails if e["kind"] == "message")
    assert message["to"] == [contact_email] and message["cc"] == ["gerente@exemplo.com.br"]
    assert message["read_receipt_label"] == "solicitada" and message["subject"] == d["subject"]
    assert message["attachment_ids"] == [next(a["id"] for a in attachments if a["name"] == "laudo.pdf")]
    receipt = next(e for e in emails if e["kind"] == "receipt")
    assert receipt["to"] == [contact_email]
    assert api_get(server, token, f"/tickets/{ticket_id}")["receipt"]["status"] == "pending"
    summary.close()
