"""Issue 9 items 3, 7 and 8 in the Novo Atendimento wizard, driven by the keyboard against a real
server process: validation lands the focus on the field in error and its message goes away once
the field is right without moving the form; after an outage the wizard recovers by itself; the
account holder is listed once and switching Usuário/Cargo keeps what was chosen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ..e2e import helpers as e2e
from ..e2e.helpers import CTRL, KEY_WAIT_MS, Key, demo_client, focused, login, open_wizard, press, type_text

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]
ALT = Qt.KeyboardModifier.AltModifier


def _pages_top(wizard) -> int:
    return wizard.ui.pages.mapTo(wizard, QPoint(0, 0)).y()


def test_validation_focuses_the_field_clears_when_right_and_never_moves_the_form(qtbot, controller, live_server):
    token = live_server.token("operador")
    client = demo_client(live_server, token, with_contacts=True)
    window = login(qtbot, controller, live_server)
    wizard = open_wizard(qtbot, window)
    e2e.to_client_step(qtbot, wizard, client)

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


def test_after_an_outage_the_wizard_recovers_by_itself(qtbot, controller, private_live_server):
    server = private_live_server
    client = demo_client(server, server.token("operador"))
    window = login(qtbot, controller, server)
    server.stop()
    press(qtbot, Key.Key_F2)
    launcher = window.wizard_launcher
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    qtbot.waitUntil(lambda: wizard.ctx.protocol_status == "failed", timeout=KEY_WAIT_MS)
    assert wizard.ui.protocolHeaderLabel.text() == "sem protocolo"
    protocol_label = wizard.pages["protocol"].ui.protocolLabel.text()
    assert protocol_label and protocol_label != "—"     # words, not a dash drawn as a black bar
    press(qtbot, Key.Key_Return)
    search = wizard.pages["locate"].search
    type_text(qtbot, client["document"])
    qtbot.waitUntil(lambda: bool(search.last_error), timeout=KEY_WAIT_MS)

    server.start()                                       # nobody touches anything
    qtbot.waitUntil(lambda: wizard.state.protocol is not None, timeout=20_000)
    assert wizard.ui.protocolHeaderLabel.text() == wizard.state.protocol_formatted
    qtbot.waitUntil(lambda: not search.last_error and [r["id"] for r in search.results] == [client["id"]],
                    timeout=KEY_WAIT_MS)
    assert not search.ui.messageLabel.isVisible()

    press(qtbot, Key.Key_Return)                         # the client → step 3
    qtbot.waitUntil(lambda: wizard.current.key == "client", timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Left, ALT)
    press(qtbot, Key.Key_Left, ALT)                      # back to step 1: step 2 keeps its check mark
    assert wizard.current.key == "protocol"
    steps = wizard.ui.stepList
    locate = next(steps.item(i) for i in range(steps.count())
                  if steps.item(i).data(Qt.ItemDataRole.UserRole) == "locate")
    assert locate.toolTip() == "etapa concluída"
    wizard.park()
