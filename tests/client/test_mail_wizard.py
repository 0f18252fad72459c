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
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..e2e.helpers import ALT, KEY_WAIT_MS, Key, press
from .session_support import recorded_api
from .wizard_support import (
    attachment_and_email_with_the_keyboard,
    attachment_files,
    delivered,
    finalized,
    wizard_at_first_contact,
)

SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "mail_wizard_session.json")
                     .read_text(encoding="utf-8"))
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


@pytest.fixture
def api(qapp, controller):
    """The login dialog makes this FakeApi, which answers as the live server answered the session."""
    yield from recorded_api(controller, SESSION["requests"], as_recorded=True)


def test_attachment_and_email_steps_with_the_keyboard(qtbot, controller, api, tmp_path, monkeypatch):
    client = SESSION["client"]
    contact_email = client["contacts"][0]["email"]
    attachment_files(tmp_path, monkeypatch)
    launcher, wizard = wizard_at_first_contact(qtbot, controller, SERVER, client)

    def rendered():
        [render] = api.sent("POST", "/email-templates/render")   # the server fills the variables
        assert render["json"]["client_id"] == client["id"] and render["json"]["protocol"] == wizard.state.protocol

    def refused():
        assert api.sent("POST", "/tickets") == []                  # nothing sent while refused

    d = attachment_and_email_with_the_keyboard(qtbot, wizard, client, SESSION["template_name"],
                                               on_rendered=rendered, on_refused=refused)

    press(qtbot, Key.Key_F, ALT)                                   # &Finalizar
    summary = finalized(qtbot, launcher, KEY_WAIT_MS)
    ticket_id = delivered(qtbot, launcher, summary, KEY_WAIT_MS)
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
