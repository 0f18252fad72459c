"""Pedido de histórico on the client window against a real server: record the request, see its
deadline, mark it sent.
Moved unchanged from tests/client/test_workspace_history_request.py (issue 8): the request is created on the
server and read back."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from ..client.workspace_support import desk, shot  # noqa: F401  (fixture)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(90)]


def test_history_request_from_the_client_window(qtbot, logged_api, desk):  # noqa: F811
    from desk_client.clients.client_detail_window import ClientDetailWindow

    window = ClientDetailWindow(logged_api, desk.world.client_c)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.client is not None, timeout=GUI_WAIT_MS)
    flow = window.history_requests
    flow.request_button.click()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
    dialog = flow.dialog
    dialog.channel.setCurrentIndex(1)  # Correio
    dialog.address.setText("Rua das Flores, 10, Centro, Campinas")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "enviar até" in flow.label.text(), timeout=GUI_WAIT_MS)
    assert not flow.sent_button.isHidden()
    window.ui.tabWidget.setCurrentWidget(window.ui.ticketsTab)
    shot(window, "client-history-request.png")
    flow.sent_button.click()
    qtbot.waitUntil(lambda: "enviado em" in flow.label.text(), timeout=GUI_WAIT_MS)
    window.close()
