"""The MikroTik panel against a real server process whose router is the RouterOS simulator: the
simulator's PPPoE session shown live (a point of the live chart about every 2 s); Desconectar with the
reason, the session really dropped on the router and the customer's re-login followed live; an operator
without the server's permission gets the server's refusal in Portuguese.
Moved unchanged from tests/client/test_routers_panel.py and test_workspace_disconnect.py (issue 8): the
panel's and the Roteadores window's display, charts and requests are tested on the live server's captured
answers in tests/client/test_routers_panel.py, test_routers_window.py and test_workspace_disconnect.py."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

from contextlib import contextmanager

import pytest

from tests.waits import GUI_WAIT_MS

from ..client.routers_support import _mac, clean_sim, opened_panel, show_panel, world  # noqa: F401
from ..client.routers_support import badge as _badge
from ..client.routers_support import confirm_disconnect as _confirm

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]


@pytest.fixture
def panel(qtbot, clean_sim, qapp):
    api = clean_sim.api("operador")
    widget = show_panel(qtbot, qapp, api)
    yield widget
    widget.stop()
    api.close()


@contextmanager
def _panel(qtbot, qapp, world, username):
    """The connection panel as `username`, shown; stopped (and its ApiClient closed) after the block."""
    with opened_panel(qtbot, qapp, world.api(username)) as panel:
        yield panel


def test_online_session_with_a_live_chart(qtbot, panel, clean_sim):
    sub_id, login, ip, _mac = clean_sim.subs["online"]
    panel.set_subscription(sub_id)
    assert panel.state == "checking" and "verificando" in _badge(panel)
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert "online" in _badge(panel) and "status_ok" in _badge(panel)
    assert panel.ui.loginValue.text() == login
    assert panel.ui.routerValue.text() == "RB-Centro (simulado)"
    assert panel.ui.ipValue.text() == ip
    assert panel.ui.uptimeValue.text() not in ("", "—")
    assert "confere" in panel.ui.macValue.text() and "diferente" not in panel.ui.macValue.text()
    assert "Mbps" in panel.ui.trafficValue.text()
    assert panel.polling
    qtbot.waitUntil(lambda: panel.live_chart.count >= 3, timeout=12000)  # a point about every 2 s
    assert not panel.ui.errorLabel.isVisible()


def test_supervisor_disconnects_and_sees_the_relogin(qtbot, qapp, clean_sim):
    with _panel(qtbot, qapp, clean_sim, "supervisor") as panel:
        sub_id, login, ip, mac = clean_sim.subs["second"]
        panel.set_subscription(sub_id)
        qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
        assert panel.disconnect_flow.button.isEnabled()
        _confirm(qtbot, panel, "Cliente pediu para renovar a conexao")
        label = panel.disconnect_flow.label
        qtbot.waitUntil(lambda: "aguardando o cliente reconectar" in label.text(), timeout=15000)
        clean_sim.sim.add_session(login, address=ip if ip and ":" not in ip else None, caller_id=_mac(mac))
        with qtbot.waitSignal(panel.disconnect_flow.finished, timeout=40000) as done:
            pass
        assert done.args == ["reconnected"] and "reconectou" in label.text()
        assert panel.disconnect_flow.button.isEnabled()


def test_operator_without_permission_gets_the_refusal(qtbot, qapp, clean_sim):
    with _panel(qtbot, qapp, clean_sim, "operador") as panel:
        sub_id, *_ = clean_sim.subs["online"]
        panel.set_subscription(sub_id)
        _confirm(qtbot, panel, "Teste de permissao")
        with qtbot.waitSignal(panel.disconnect_flow.finished, timeout=15000) as done:
            pass
        assert done.args == ["failed"] and "permissão" in panel.disconnect_flow.label.text()
