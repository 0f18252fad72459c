"""Issue 9 items 3 and 7 in the Novo Atendimento wizard, driven by the keyboard: validation lands the
focus on the field in error and its message goes away once the field is right without moving the form;
the account holder is listed once and switching Usuário/Cargo keeps what was chosen.
The session runs on canned JSON (tests/client/fake_api.py): the login dialog, the main window and the
wizard on a FakeApi answering with what the live demo server answered to the same session, recorded once
into tests/client/canned/first_hour_wizard_validation_session.json. (Recovering after an outage, with a
real server stopped and started again: tests/e2e/test_first_hour_wizard_e2e.py.)"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt

from ..e2e import helpers as e2e
from ..e2e.helpers import CTRL, KEY_WAIT_MS, Key, focused, login, open_wizard, press, type_text
from .session_support import recorded_api

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]
ALT = Qt.KeyboardModifier.AltModifier

RECORDED = json.loads((Path(__file__).resolve().parent / "canned" / "first_hour_wizard_validation_session.json")
                      .read_text(encoding="utf-8"))
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers


@pytest.fixture
def api(qapp, controller):
    """The login dialog makes this FakeApi, which answers as the live server answered the recorded session."""
    yield from recorded_api(controller, RECORDED["requests"])


def recorded_client() -> dict:
    """The demo client of the recording (tests/e2e/helpers.py demo_client's pick): its GET /clients/{id}."""
    path = f"/clients/{RECORDED['client_id']}"
    return next(e["body"] for e in RECORDED["requests"] if (e["method"], e["path"]) == ("GET", path))


def _pages_top(wizard) -> int:
    return wizard.ui.pages.mapTo(wizard, QPoint(0, 0)).y()


def test_validation_focuses_the_field_clears_when_right_and_never_moves_the_form(qtbot, controller, api):
    client = recorded_client()
    assert client["contacts"]                            # demo_client(..., with_contacts=True) picked it
    window = login(qtbot, controller, SERVER)
    wizard = open_wizard(qtbot, window)
    e2e.to_client_step(qtbot, wizard, client)
    assert api.sent("POST", "/auth/login")[0]["json"] == {"username": "operador", "password": "demo123"}
    assert len(api.sent("POST", "/protocols")) == 1       # F2 reserved one protocol
    assert [r["params"]["q"] for r in api.sent("GET", "/clients/search")][-1] == client["document"]

    # the holder is listed once (their own contact), and preselected
    combo = wizard.pages["client"].ui.contactCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "(o próprio titular)" not in texts and texts[0].startswith(client["name"])
    assert wizard.state.contact_id == client["contacts"][0]["id"]
    press(qtbot, Key.Key_Return)

    service = wizard.pages["service"]
    assert wizard.current.key == "service" and focused() is service.ui.problemEdit  # the plan is preselected
    service.ui.subscriptionCombo.setFocus()             # where the operator happened to be
    top = _pages_top(wizard)
    press(qtbot, Key.Key_Return, CTRL)
    assert "Descreva o problema" in wizard.ui.errorLabel.text() and wizard.ui.errorLabel.isVisible()
    assert focused() is service.ui.problemEdit           # not the Plano combo's type-ahead
    assert _pages_top(wizard) == top                     # the message did not push the form down
    type_text(qtbot, "Sem sinal.")
    assert not wizard.ui.errorLabel.isVisible()          # right now: the message went away

    press(qtbot, Key.Key_Return, CTRL)
    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types") and wizard.ctx.catalog.ready("cargos"),
                    timeout=KEY_WAIT_MS)
    page.ui.channelCombo.setFocus()
    press(qtbot, Key.Key_Return, CTRL)                   # Finalizar with no type
    assert "Escolha o tipo de atendimento." in wizard.ui.errorLabel.text()
    assert focused() is page.ui.ticketTypeCombo
    type_text(qtbot, "sem")
    qtbot.waitUntil(lambda: (wizard.state.ticket_type or {}).get("name") == "Sem conexão", timeout=KEY_WAIT_MS)
    assert not wizard.ui.errorLabel.isVisible()          # type chosen, its destination filled in
    default = dict(wizard.state.destination)
    assert default["kind"] == "cargo"

    # Usuário and back to Cargo: nothing chosen is lost
    press(qtbot, Key.Key_U, ALT)
    qtbot.waitUntil(lambda: page.ui.userRadio.isChecked(), timeout=KEY_WAIT_MS)
    page.ui.destinationCombo.setFocus()
    press(qtbot, Key.Key_Down)
    user = dict(wizard.state.destination)
    assert user["kind"] == "user"
    press(qtbot, Key.Key_G, ALT)
    qtbot.waitUntil(lambda: page.ui.cargoRadio.isChecked(), timeout=KEY_WAIT_MS)
    assert wizard.state.destination == default
    press(qtbot, Key.Key_U, ALT)
    qtbot.waitUntil(lambda: page.ui.userRadio.isChecked(), timeout=KEY_WAIT_MS)
    assert wizard.state.destination["id"] == user["id"]
    # a cargo nobody is in says so where it is chosen
    press(qtbot, Key.Key_G, ALT)
    qtbot.waitUntil(lambda: page.ui.cargoRadio.isChecked(), timeout=KEY_WAIT_MS)
    combo = page.ui.destinationCombo
    empty = [combo.itemText(i) for i in range(combo.count()) if "sem membros" in combo.itemText(i)]
    cargos = wizard.ctx.catalog.items("cargos")
    assert len(empty) == sum(1 for c in cargos if not c.get("member_ids"))
    wizard.park()
    assert api.sent("POST", "/tickets") == []            # validation only: nothing was sent
