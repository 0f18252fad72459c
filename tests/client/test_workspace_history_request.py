"""Pedido de histórico on the client window on canned JSON (tests/client/fake_api.py): the live demo
server's answers to the window, captured once into tests/client/canned/workspace_history_request_session.json
(a client with no request yet; by Correio, then Marcar como enviado): what the dialog sends, the deadline
and the sent date worded from the server's answers, each step reloading the list once. The request
created on the server and read back runs against a real server process in
tests/e2e/test_workspace_history_request_e2e.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_client.ui.formats import show_date
from tests.waits import GUI_WAIT_MS

from .workspace_support import canned, shot, workspace_api  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui
ADDRESS = "Rua das Flores, 10, Centro, Campinas"


def test_history_request_sends_the_channel_and_address_and_words_the_answers(qtbot, workspace_api):  # noqa: F811
    from desk_client.clients.client_detail_window import ClientDetailWindow

    session = canned("workspace_history_request_session")
    client_id = session["client_id"]
    recorded = {r["path"]: r for r in session["requests"]}
    invoices = f"/clients/{client_id}/invoices"
    # the invoices' period is counted from today: asked today, answered as recorded on the capture day
    workspace_api.replay(session["requests"],
                        same=lambda path, params: recorded[invoices]["params"] if path == invoices else params)
    listed = f"/clients/{client_id}/history-requests"
    window = ClientDetailWindow(workspace_api, client_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.client is not None, timeout=GUI_WAIT_MS)
    flow = window.history_requests
    qtbot.waitUntil(lambda: len(workspace_api.sent("GET", listed)) == 1 and workspace_api.pending_count == 0,
                    timeout=GUI_WAIT_MS)
    assert flow.label.text() == "" and flow.sent_button.isHidden()  # nothing asked yet
    flow.request_button.click()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
    dialog = flow.dialog
    dialog.channel.setCurrentIndex(1)  # Correio
    dialog.address.setText(ADDRESS)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "enviar até" in flow.label.text(), timeout=GUI_WAIT_MS)
    [created] = workspace_api.sent("POST", listed)
    assert created["json"] == {"channel": "mail", "address": ADDRESS}
    due_at = recorded[listed]["body"]["items"][0]["due_at"]  # the last list recorded
    assert flow.label.text() == f"Pedido de histórico: enviar até {show_date(due_at)}"
    assert not flow.sent_button.isHidden() and len(workspace_api.sent("GET", listed)) == 2
    window.ui.tabWidget.setCurrentWidget(window.ui.ticketsTab)
    shot(window, "client-history-request.png")
    flow.sent_button.click()
    qtbot.waitUntil(lambda: "enviado em" in flow.label.text(), timeout=GUI_WAIT_MS)
    [marked] = workspace_api.sent("POST", "/history-requests/1/sent")
    assert marked["json"] is None
    sent_at = recorded["/history-requests/1/sent"]["body"]["sent_at"]
    assert flow.label.text() == f"Histórico enviado em {show_date(sent_at)}" and flow.sent_button.isHidden()
    qtbot.waitUntil(lambda: len(workspace_api.sent("GET", listed)) == 3, timeout=GUI_WAIT_MS)
    window.close()
