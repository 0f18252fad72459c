"""Adicionar Anexo and Enviar E-mail in the wizard, with the keyboard, on a recorded session
(tests/client/fake_api.py): a file over the limit is refused before any upload, files travel with the
ticket through the outbox, the template's variables are filled by the server's answer and an
unresolved one keeps Finalizar from going on, naming it; the protocol receipt is ticked by default when
the contact has an e-mail. The live demo server's answers were captured once into
tests/client/canned/mail_wizard_session.json ("requests": {method, path, params, json, headers, status,
body} in the order sent; an upload with its file name and form data). The same against a real server
process, the ticket's attachments and e-mails read back from it, is in tests/e2e/test_mail_wizard_e2e.py."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from ..e2e.helpers import (
    ALT,
    CTRL,
    KEY_WAIT_MS,
    Key,
    choose_type_and_checks,
    fill_to_first_contact,
    focused,
    login,
    open_wizard,
    press,
    type_text,
)
from .fake_api import FakeApi

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "mail_wizard_session.json")
                     .read_text(encoding="utf-8"))
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name


@pytest.fixture
def api(qapp, controller):
    """The login dialog makes this FakeApi, which answers as the live server answered the session."""
    fake = FakeApi()
    fake.replay_as_recorded(SESSION["requests"])
    controller.make_api = lambda _url: fake
    yield fake
    assert fake.unanswered == []  # every request of the session had its recorded answer
    fake.close()


def test_attachment_and_email_steps_with_the_keyboard(qtbot, controller, api, tmp_path, monkeypatch):
    from desk_client.attachments import picker

    client = SESSION["client"]
    contact_email = client["contacts"][0]["email"]
    name = SESSION["template_name"]
    photo, sheet, big = tmp_path / "foto da ONU.png", tmp_path / "laudo.pdf", tmp_path / "video.mp4"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 5000)
    sheet.write_bytes(b"%PDF-1.4 laudo")
    with open(big, "wb") as out:
        out.truncate(21 * 1024 * 1024)  # over the 20 MB default: refused before anything is copied
    picks = [[str(big), str(photo)], [str(sheet)]]
    monkeypatch.setattr(picker, "ask_paths", lambda parent: picks.pop(0))

    window = login(qtbot, controller, SERVER)
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
    [render] = api.sent("POST", "/email-templates/render")       # the server fills the variables
    assert render["json"]["client_id"] == client["id"] and render["json"]["protocol"] == wizard.state.protocol
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
    assert api.sent("POST", "/tickets") == []                      # nothing sent while refused
    for _ in range(len(" Boleto: {boleto}")):
        press(qtbot, Key.Key_Backspace)
    qtbot.waitUntil(lambda: not wizard.ui.errorLabel.isVisible(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT)                                   # A&nexar arquivo...: the PDF
    qtbot.waitUntil(lambda: [f["name"] for f in d["files"]] == ["laudo.pdf"], timeout=KEY_WAIT_MS)
    wizard.grab().save(str(shot("wizard-email.png")))

    press(qtbot, Key.Key_F, ALT)                                   # &Finalizar
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=KEY_WAIT_MS)
    summary = launcher.last_summary
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=KEY_WAIT_MS)
    ticket_id = summary.ticket["id"]
    # what the outbox sent after the ticket: the two files (the big one never), the message, the receipt
    uploads = api.sent("POST", f"/tickets/{ticket_id}/attachments")
    assert [(u["file_path"].name, u["data"]) for u in uploads] == [("foto da ONU.png", {"note": "Foto da caixa"}),
                                                                   ("laudo.pdf", {"note": None})]  # (None: not sent)
    laudo = [e for e in SESSION["requests"] if e["path"] == f"/tickets/{ticket_id}/attachments"][1]["body"]
    assert laudo["name"] == "laudo.pdf"
    [message] = api.sent("POST", f"/tickets/{ticket_id}/emails")
    m = message["json"]
    assert m["to"] == [contact_email] and m["cc"] == ["gerente@exemplo.com.br"]
    assert m["read_receipt"] is True and m["subject"] == d["subject"] and "{" not in m["body"]
    assert m["attachment_keys"] == [uploads[1]["headers"]["Idempotency-Key"]]  # the PDF, by its upload's key
    answered = next(e for e in SESSION["requests"] if e["path"] == f"/tickets/{ticket_id}/emails")["body"]
    assert answered["attachment_ids"] == [laudo["id"]]             # which the server resolved to the PDF
    [receipt] = api.sent("POST", f"/tickets/{ticket_id}/receipt")
    assert receipt["json"] == {"to": contact_email}
    keys = [r["headers"]["Idempotency-Key"] for r in (*api.sent("POST", "/tickets"), *uploads, message, receipt)]
    assert all(keys) and len(set(keys)) == 5                       # each request its own key
    summary.close()
