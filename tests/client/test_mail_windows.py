"""Modelos de E-mail (a supervisor writes a template with the keyboard; an unknown variable is refused,
named) and E-mails não entregues (a refused message listed with its reason, Reenviar puts it back) on
canned JSON (tests/client/fake_api.py): the live demo server's answers, captured once into
tests/client/canned/mail_windows_<test>.json ("requests": {method, path, params, json, status, body} in
the order the window sent them). The same, saved and read back from a real server process (the
server's variable rule, the e-mail back in the queue), is in tests/e2e/test_mail_windows_e2e.py."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_client.api.errors import detail_from_body
from desk_client.ui.formats import format_protocol

from ..e2e.helpers import KEY_WAIT_MS, Key, focused, press, type_text
from .fake_api import FakeApi
from .live_support import DEMO_USERS

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
ALT = Qt.KeyboardModifier.AltModifier
CANNED = Path(__file__).resolve().parent / "canned"

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def canned(name: str) -> dict:
    return json.loads((CANNED / f"mail_windows_{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def api_for(qapp):
    """`api_for(username)`: a FakeApi signed in as that demo user; every request it is sent must have
    its recorded answer."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    made: list[FakeApi] = []

    def make(username: str) -> FakeApi:
        role, name = DEMO_USERS[username]
        made.append(FakeApi({"username": username, "role": role, "name": name}))
        return made[-1]

    yield make
    for api in made:
        assert api.unanswered == []
        api.close()


def show_active(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)


def test_supervisor_writes_a_template_with_the_keyboard(qtbot, api_for):
    from desk_client.mail.templates_window import EmailTemplatesWindow

    session = canned("templates")
    api = api_for("supervisor")
    api.replay_as_recorded(session["requests"])
    window = EmailTemplatesWindow(api)
    qtbot.addWidget(window)
    window.resize(960, 600)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.ui.variablesList.count() > 5 and window.ui.cargosList.count() > 0,
                    timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT, widget=window)                  # &Novo modelo
    qtbot.waitUntil(lambda: focused() is window.ui.nameEdit, timeout=KEY_WAIT_MS)
    name = session["template_name"]
    type_text(qtbot, name)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Protocolo {protocolo}")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Seu boleto: {boleto} ")
    press(qtbot, Key.Key_S, ALT)                                  # &Salvar: refused, the variable named
    qtbot.waitUntil(lambda: "{boleto}" in window.ui.statusLabel.text(), timeout=KEY_WAIT_MS)
    refused = api.sent("POST", "/email-templates")
    assert [r["json"] for r in refused] == [{"name": name, "subject": "Protocolo {protocolo}",
                                             "body": "Seu boleto: {boleto} ", "cargo_ids": [], "active": True}]
    assert window.ui.statusLabel.text() == detail_from_body(session["requests"][3]["body"])
    window.ui.bodyEdit.clear()
    window.ui.bodyEdit.setFocus()
    type_text(qtbot, "Oi, ")  # (QTest types ASCII only)
    press(qtbot, Key.Key_V, ALT)                                  # &Variáveis: the list; Enter inserts
    assert focused() is window.ui.variablesList
    window.ui.variablesList.setCurrentRow(0)                      # {cliente.nome}
    press(qtbot, Key.Key_Return)
    assert window.ui.bodyEdit.toPlainText() == "Oi, {cliente.nome}"
    with qtbot.waitSignal(window.ui.templatesList.model().rowsInserted, timeout=KEY_WAIT_MS):
        press(qtbot, Key.Key_S, ALT)
    qtbot.waitUntil(lambda: any(name in window.ui.templatesList.item(r).text()
                                for r in range(window.ui.templatesList.count())), timeout=KEY_WAIT_MS)
    assert "salvo" in window.ui.statusLabel.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "email-templates.png"))
    saved = api.sent("POST", "/email-templates")[-1]["json"]
    assert saved == {"name": name, "subject": "Protocolo {protocolo}", "body": "Oi, {cliente.nome}",
                     "cargo_ids": [], "active": True}
    answer = session["requests"][4]["body"]   # what the server said it saved
    assert answer["body"] == "Oi, {cliente.nome}" and answer["variables"] == ["protocolo", "cliente.nome"]
    assert window.current_id == answer["id"]
    assert len(api.sent("GET", "/email-templates")) == 2          # the list read again after the save
    window.close()


def test_undelivered_list_and_resend(qtbot, api_for):
    from desk_client.mail.undelivered_window import EmailUndeliveredWindow

    session = canned("undelivered")
    email_id = session["email_id"]
    queued = next(e for e in session["requests"][0]["body"]["items"] if e["id"] == email_id)
    assert queued["status"] == "failed" and "550" in queued["last_error"]   # as the sender records a 550
    api = api_for("operador")
    api.replay_as_recorded(session["requests"])
    window = EmailUndeliveredWindow(api)
    qtbot.addWidget(window)
    window.resize(960, 420)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: any(e["id"] == queued["id"] for e in window.items), timeout=KEY_WAIT_MS)
    row = next(i for i, e in enumerate(window.items) if e["id"] == queued["id"])
    assert "550" in window.ui.emailsTable.item(row, 4).text()
    assert window.ui.emailsTable.item(row, 4).text() == queued["last_error"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "email-undelivered.png"))
    window.ui.emailsTable.selectRow(row)
    press(qtbot, Key.Key_R, ALT, widget=window)                  # &Reenviar
    qtbot.waitUntil(lambda: all(e["id"] != queued["id"] for e in window.items), timeout=KEY_WAIT_MS)
    assert [(r["method"], r["path"]) for r in api.requests] == [
        ("GET", "/emails/undelivered"), ("POST", f"/emails/{email_id}/resend"), ("GET", "/emails/undelivered")]
    assert session["requests"][1]["body"]["status"] in ("pending", "sending")  # the server put it back
    # the confirmation stays in front of the count the reload brings (it used to be overwritten at once)
    protocol = format_protocol(queued["protocol"])
    qtbot.waitUntil(lambda: window.ui.statusLabel.text() == f"E-mail do protocolo {protocol} de volta à fila de "
                    "envio.  0 e-mail(s) não entregue(s)", timeout=KEY_WAIT_MS)
    assert window.ui.emailsTable.rowCount() == 0 and not window.ui.resendButton.isEnabled()
    window.close()
