"""Adicionar Anexo and Enviar E-mail in the wizard, with the keyboard, against a real server: a file
over the limit is refused before any upload, files travel with the ticket through the outbox, the
template's variables are filled by the server and an unresolved one keeps Finalizar from going on,
naming it; the protocol receipt is ticked by default when the contact has an e-mail.
Moved from tests/client/test_mail_wizard.py (issue 8): the server fills the template, the ticket, files and
e-mails go through the outbox and are read back from the server."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt

from .helpers import (
    ALT,
    CTRL,
    KEY_WAIT_MS,
    Key,
    api_get,
    choose_type_and_checks,
    demo_client,
    fill_to_first_contact,
    focused,
    login,
    open_wizard,
    press,
    type_text,
)

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name


def client_with_contact_email(server, token) -> dict:
    skip: list[int] = []
    while True:
        client = demo_client(server, token, with_contacts=True, skip=tuple(skip))
        if client["contacts"][0].get("email"):
            return client
        skip.append(client["id"])


def test_attachment_and_email_steps_with_the_keyboard(qtbot, controller, live_server, tmp_path, monkeypatch):
    from desk_client.attachments import picker

    server = live_server
    token = server.token("operador")
    client = client_with_contact_email(server, token)
    contact_email = client["contacts"][0]["email"]
    name = f"Visita {uuid.uuid4().hex[:6]}"
    created = httpx.post(f"{server.url}/api/v1/email-templates", headers={"Authorization": f"Bearer {server.token('supervisor')}"},
                         json={"name": name, "subject": "Atendimento {protocolo}",
                               "body": "Olá, {cliente.nome}.\nPlano {plano}, login {login}.\n{atendente}"})
    assert created.status_code == 201, created.text
    photo, sheet, big = tmp_path / "foto da ONU.png", tmp_path / "laudo.pdf", tmp_path / "video.mp4"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 5000)
    sheet.write_bytes(b"%PDF-1.4 laudo")
    with open(big, "wb") as out:
        out.truncate(21 * 1024 * 1024)  # over the 20 MB default: refused before anything is copied
    picks = [[str(big), str(photo)], [str(sheet)]]
    monkeypatch.setattr(picker, "ask_paths", lambda parent: picks.pop(0))

    window = login(qtbot, controller, server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    fill_to_first_contact(qtbot, wizard, client, "Sem sinal desde ontem.")
    choose_type_and_checks(qtbot, wizard, "Sem", "Luz LOS vermelha.")
    first = wizard.pages["first_contact"]
    press(qtbot, Key.Key_A, ALT)                                   # Adicionar &Anexo
    qtbot.waitUntil(lambda: first.ui.attachButton.isChecked(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_M, ALT)                                   # Enviar E-&mail
    qtbot.waitUntil(lambda: first.ui.emailButton.isChecked(), timeout=KEY_WAIT_MS)
    assert [s.key for s in wizard.registry.applicable(wizard.state)][-2:] == ["attachment", "email"] or \
        "attachment" in [s.key for s in wizard.registry.applicable(wizard.state)]
    assert wizard.receipt_option.isChecked() and contact_email in wizard.receipt_option.text()

    press(qtbot, Key.Key_Return, CTRL)
    while wizard.current.key != "attachment":                      # past other issues' optional steps
        press(qtbot, Key.Key_Return, CTRL)
    page = wizard.pages["attachment"]
    assert focused() is page.ui.addButton
    press(qtbot, Key.Key_Space)                                    # Anexar...: the big file and the photo
    assert [e["name"] for e in page.entries] == ["foto da ONU.png"]
    assert "video.mp4" in page.ui.errorLabel.text() and "limite é 20 MB" in page.ui.errorLabel.text()
    assert focused() is page.ui.noteEdit
    type_text(qtbot, "Foto da caixa")
    assert page.entries[0]["note"] == "Foto da caixa"
    wizard.grab().save(str(shot("wizard-anexo.png")))

    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "email"
    email = wizard.pages["email"]
    assert focused() is email.ui.templateCombo
    qtbot.waitUntil(lambda: email.ui.templateCombo.findText(name) > 0, timeout=KEY_WAIT_MS)
    type_text(qtbot, "Visita")                                     # keyboard search in the combo
    qtbot.waitUntil(lambda: wizard.state.email["subject"].startswith("Atendimento "), timeout=KEY_WAIT_MS)
    d = wizard.state.email
    assert d["subject"] == f"Atendimento {wizard.state.protocol_formatted}"
    assert client["name"] in d["body"] and "{" not in d["body"]
    assert email.ui.recipientsList.item(0).checkState() == Qt.CheckState.Checked
    press(qtbot, Key.Key_C, ALT)                                   # &Cópia E-mail
    type_text(qtbot, "gerente@exemplo.com.br")
    press(qtbot, Key.Key_L, ALT)                                   # Solicitar confirmação de &leitura
    qtbot.waitUntil(lambda: d["read_receipt"] is True, timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_D, ALT)                                   # Conteú&do: an unknown variable
    assert focused() is email.ui.bodyEdit
    press(qtbot, Key.Key_End, CTRL)
    type_text(qtbot, " Boleto: {boleto}")
    assert "{boleto}" in email.ui.previewLabel.text()
    press(qtbot, Key.Key_F, ALT)                                   # Finalizar is refused, naming it
    qtbot.waitUntil(lambda: "{boleto}" in wizard.ui.errorLabel.text(), timeout=KEY_WAIT_MS)
    assert wizard.current.key == "email"
    assert focused() is email.ui.bodyEdit
    for _ in range(len(" Boleto: {boleto}")):
        press(qtbot, Key.Key_Backspace)
    qtbot.waitUntil(lambda: not wizard.ui.errorLabel.isVisible(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT)                                   # A&nexar arquivo...: the PDF
    qtbot.waitUntil(lambda: [f["name"] for f in d["files"]] == ["laudo.pdf"], timeout=KEY_WAIT_MS)
    wizard.grab().save(str(shot("wizard-email.png")))

    press(qtbot, Key.Key_F, ALT)                                   # &Finalizar
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=45_000)
    summary = launcher.last_summary
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=45_000)
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=45_000)
    ticket_id = summary.ticket["id"]
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
