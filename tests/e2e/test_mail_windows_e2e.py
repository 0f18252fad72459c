"""Modelos de E-mail (a supervisor writes a template with the keyboard; an unknown variable is refused,
named) and E-mails não entregues (a refused message listed with its reason, Reenviar puts it back).
Moved from tests/client/test_mail_windows.py (issue 8): the server's variable rule, the template saved and
read back, a failed e-mail put back in the queue and read back."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from .helpers import KEY_WAIT_MS, Key, focused, press, type_text

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
ALT = Qt.KeyboardModifier.AltModifier


pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def show_active(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)


def api_for(qapp, server, username):
    from desk_client.api import ApiClient

    api = ApiClient(server.url)
    api.token = server.token(username)
    api.user = {"role": username}
    return api


def test_supervisor_writes_a_template_with_the_keyboard(qtbot, qapp, live_server):
    from desk_client.mail.templates_window import EmailTemplatesWindow

    api = api_for(qapp, live_server, "supervisor")
    window = EmailTemplatesWindow(api)
    qtbot.addWidget(window)
    window.resize(960, 600)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.ui.variablesList.count() > 5 and window.ui.cargosList.count() > 0,
                    timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT, widget=window)                  # &Novo modelo
    qtbot.waitUntil(lambda: focused() is window.ui.nameEdit, timeout=KEY_WAIT_MS)
    name = f"Boas-vindas {uuid.uuid4().hex[:5]}"
    type_text(qtbot, name)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Protocolo {protocolo}")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Seu boleto: {boleto} ")
    press(qtbot, Key.Key_S, ALT)                                  # &Salvar: refused, the variable named
    qtbot.waitUntil(lambda: "{boleto}" in window.ui.statusLabel.text(), timeout=KEY_WAIT_MS)
    window.ui.bodyEdit.clear()
    window.ui.bodyEdit.setFocus()
    type_text(qtbot, "Oi, ")  # (QTest types ASCII only)
    press(qtbot, Key.Key_V, ALT)                                  # &Variáveis: the list; Enter inserts
    assert focused() is window.ui.variablesList
    window.ui.variablesList.setCurrentRow(0)                      # {cliente.nome}
    press(qtbot, Key.Key_Return)
    assert window.ui.bodyEdit.toPlainText() == "Oi, {cliente.nome}"
    press(qtbot, Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "salvo" in window.ui.statusLabel.text(), timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: any(name in window.ui.templatesList.item(r).text()
                                for r in range(window.ui.templatesList.count())), timeout=KEY_WAIT_MS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "email-templates.png"))
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
    window = EmailUndeliveredWindow(api)
    qtbot.addWidget(window)
    window.resize(960, 420)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: any(e["id"] == queued["id"] for e in window.items), timeout=KEY_WAIT_MS)
    row = next(i for i, e in enumerate(window.items) if e["id"] == queued["id"])
    assert "550" in window.ui.emailsTable.item(row, 4).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "email-undelivered.png"))
    window.ui.emailsTable.selectRow(row)
    press(qtbot, Key.Key_R, ALT, widget=window)                  # &Reenviar
    qtbot.waitUntil(lambda: all(e["id"] != queued["id"] for e in window.items), timeout=KEY_WAIT_MS)
    emails = httpx.get(f"{live_server.url}/api/v1/tickets/{ticket['id']}/emails", headers=h).json()["items"]
    assert next(e for e in emails if e["id"] == queued["id"])["status"] in ("pending", "sending")
    window.close()
    api.close()
