"""Modelos de E-mail (a supervisor writes a template with the keyboard; an unknown variable is refused,
named) and E-mails não entregues (a refused message listed with its reason, Reenviar puts it back) on
canned JSON (tests/client/fake_api.py): the live demo server's answers, captured once into
tests/client/canned/mail_windows_<test>.json ("requests": {method, path, params, json, status, body} in
the order the window sent them). The same, saved and read back from a real server process (the
server's variable rule, the e-mail back in the queue), is in tests/e2e/test_mail_windows_e2e.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desk_client.api.errors import detail_from_body
from desk_client.ui.formats import format_protocol

from ..e2e.helpers import ALT, KEY_WAIT_MS, Key, press
from .fake_api import FakeApi
from .live_support import DEMO_USERS
from .mail_windows_support import listed_template, resend, shown, write_template
from .wizard_support import shot

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


def test_supervisor_writes_a_template_with_the_keyboard(qtbot, api_for):
    from desk_client.mail.templates_window import EmailTemplatesWindow

    session = canned("templates")
    api = api_for("supervisor")
    api.replay_as_recorded(session["requests"])
    window = shown(qtbot, EmailTemplatesWindow, api, 960, 600)
    name = session["template_name"]

    def refused():
        refused = api.sent("POST", "/email-templates")
        assert [r["json"] for r in refused] == [{"name": name, "subject": "Protocolo {protocolo}",
                                                 "body": "Seu boleto: {boleto} ", "cargo_ids": [], "active": True}]
        assert window.ui.statusLabel.text() == detail_from_body(session["requests"][3]["body"])

    write_template(qtbot, window, name, on_refused=refused)
    with qtbot.waitSignal(window.ui.templatesList.model().rowsInserted, timeout=KEY_WAIT_MS):
        press(qtbot, Key.Key_S, ALT)
    listed_template(qtbot, window, name)
    assert "salvo" in window.ui.statusLabel.text()
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
    window = shown(qtbot, EmailUndeliveredWindow, api, 960, 420)

    def listed(row):
        assert window.ui.emailsTable.item(row, 4).text() == queued["last_error"]

    resend(qtbot, window, queued["id"], on_listed=listed)
    assert [(r["method"], r["path"]) for r in api.requests] == [
        ("GET", "/emails/undelivered"), ("POST", f"/emails/{email_id}/resend"), ("GET", "/emails/undelivered")]
    assert session["requests"][1]["body"]["status"] in ("pending", "sending")  # the server put it back
    # the confirmation stays in front of the count the reload brings (it used to be overwritten at once)
    protocol = format_protocol(queued["protocol"])
    qtbot.waitUntil(lambda: window.ui.statusLabel.text() == f"E-mail do protocolo {protocol} de volta à fila de "
                    "envio.  0 e-mail(s) não entregue(s)", timeout=KEY_WAIT_MS)
    assert window.ui.emailsTable.rowCount() == 0 and not window.ui.resendButton.isEnabled()
    QApplication.processEvents()  # the label's new width is laid out before the grab
    window.grab().save(str(shot("email-undelivered-resent.png")))
    window.close()
