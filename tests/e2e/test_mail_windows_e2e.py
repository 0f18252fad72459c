"""Modelos de E-mail (a supervisor writes a template with the keyboard; an unknown variable is refused,
named) and E-mails não entregues (a refused message listed with its reason, Reenviar puts it back).
Moved from tests/client/test_mail_windows.py (issue 8): the server's variable rule, the template saved and
read back, a failed e-mail put back in the queue and read back."""
from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import create_engine, text

from ..client.mail_windows_support import listed_template, resend, shown, write_template
from .helpers import ALT, KEY_WAIT_MS, Key, press

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def api_for(qapp, server, username):
    from desk_client.api import ApiClient

    api = ApiClient(server.url)
    api.token = server.token(username)
    api.user = {"role": username}
    return api


def test_supervisor_writes_a_template_with_the_keyboard(qtbot, qapp, live_server):
    from desk_client.mail.templates_window import EmailTemplatesWindow

    api = api_for(qapp, live_server, "supervisor")
    window = shown(qtbot, EmailTemplatesWindow, api, 960, 600)
    name = f"Boas-vindas {uuid.uuid4().hex[:5]}"
    write_template(qtbot, window, name)
    press(qtbot, Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "salvo" in window.ui.statusLabel.text(), timeout=KEY_WAIT_MS)
    listed_template(qtbot, window, name)
    saved = next(t for t in httpx.get(f"{live_server.url}/api/v1/email-templates", headers={
        "Authorization": f"Bearer {api.token}"}).json()["items"] if t["name"] == name)
    assert saved["body"] == "Oi, {cliente.nome}" and saved["variables"] == ["protocolo", "cliente.nome"]
    window.close()
    api.close()


def test_undelivered_list_and_resend(qtbot, qapp, live_server):
    from desk_client.mail.undelivered_window import EmailUndeliveredWindow

    token = live_server.token("operador")
    h = {"Authorization": f"Bearer {token}"}
    ticket = httpx.get(f"{live_server.url}/api/v1/tickets", params={"limit": 1}, headers=h).json()["items"][0]
    queued = httpx.post(f"{live_server.url}/api/v1/tickets/{ticket['id']}/emails", headers=h,
                        json={"to": ["naoexiste@exemplo.com.br"], "subject": "Teste", "body": "Olá"}).json()
    engine = create_engine(live_server.env["DESK_DATABASE_URL"])
    with engine.begin() as conn:  # as the sender records a 550
        conn.execute(text("UPDATE emails SET status='failed', attempts=1, last_error=:e WHERE id=:id"),
                     {"e": "destinatário recusado: naoexiste@exemplo.com.br (550 5.1.1 Caixa postal inexistente)",
                      "id": queued["id"]})
    engine.dispose()
    api = api_for(qapp, live_server, "operador")
    window = shown(qtbot, EmailUndeliveredWindow, api, 960, 420)
    resend(qtbot, window, queued["id"])
    emails = httpx.get(f"{live_server.url}/api/v1/tickets/{ticket['id']}/emails", headers=h).json()["items"]
    assert next(e for e in emails if e["id"] == queued["id"])["status"] in ("pending", "sending")
    window.close()
    api.close()
