"""Desconectar from the MikroTik panel against a real server and the RouterOS simulator: confirmation
with the reason, then the customer's re-login followed live; an operator without the server's
permission gets the server's refusal in Portuguese."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from .routers_support import _mac, clean_sim, world  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]


@contextmanager
def _panel(qtbot, qapp, world, username):
    """The connection panel as `username`, shown; stopped (and its ApiClient closed) after the block."""
    from desk_client import style
    from desk_client.routers.connection_panel import ConnectionPanel

    style.apply(qapp)
    api = world.api(username)
    panel = ConnectionPanel(api)
    qtbot.addWidget(panel)
    panel.resize(760, 560)
    panel.show()
    try:
        yield panel
    finally:
        panel.stop()
        api.close()


def _confirm(qtbot, panel, reason):
    panel.disconnect_flow.button.click()
    qtbot.waitUntil(lambda: panel.disconnect_flow.dialog is not None and panel.disconnect_flow.dialog.isVisible(),
                    timeout=5000)
    dialog = panel.disconnect_flow.dialog
    panel.disconnect_flow.dialog.setTextValue(reason)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


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


def test_technician_has_no_button(qtbot, qapp, clean_sim):
    with _panel(qtbot, qapp, clean_sim, "tecnico") as panel:
        assert panel.disconnect_flow is None
