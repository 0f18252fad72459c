"""Issue 9 item 8 in the Novo Atendimento wizard, driven by the keyboard against a real server process
that is stopped under it and started again: after the outage the wizard recovers by itself (protocol,
search). The server going away and coming back is the client's and the server's together, so this stays
end to end (moved unchanged from tests/client/test_first_hour_wizard.py for issue 8)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import KEY_WAIT_MS, Key, demo_client, login, press, type_text

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: GUI objects die on the GUI thread
ALT = Qt.KeyboardModifier.AltModifier


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
