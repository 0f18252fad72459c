"""The client window's Atendimentos tab on canned JSON (tests/client/fake_api.py): the shared ticket list
with the client as its base filter — count, pager, sorting asked of the server; Enter opens the ticket
window through the workspace's opener; on the live demo server's answers captured once into
tests/client/canned/client_window_tickets_session.json (a client of its own with 53 open tickets),
checking the pages and the order asked. A ticket of the client changed through the API refreshing the
tab (the change feed) runs against a real server process in tests/e2e/test_client_window_tickets_e2e.py."""
from __future__ import annotations

import pytest

from desk_client.tickets.ticket_list import PAGE_SIZE
from tests.waits import GUI_WAIT_MS

from .workspace_support import canned, client_workspace, tab_pages_sorts_and_opens, workspace_api  # noqa: F401

pytestmark = pytest.mark.gui


def test_the_tab_counts_pages_sorts_and_opens_on_the_recorded_session(qtbot, workspace_api):  # noqa: F811
    session = canned("client_window_tickets_session")
    client_id, tickets = session["client_id"], session["tickets"]
    invoices = [r for r in session["requests"] if r["path"] == f"/clients/{client_id}/invoices"]
    # the invoices' period is counted from today: asked today, answered as recorded on the capture day
    workspace_api.replay(session["requests"], same=lambda path, params: invoices[0]["params"]
                         if path == invoices[0]["path"] else params)
    clients, controller = client_workspace(qtbot, workspace_api)
    window = clients.open_client(client_id)
    window.resize(1366 - 80, 768 - 80)
    qtbot.waitUntil(lambda: window.tickets.total == len(tickets) and window.client is not None,
                    timeout=GUI_WAIT_MS)
    assert len(tickets) == PAGE_SIZE + 3
    chosen = tab_pages_sorts_and_opens(qtbot, window, controller, tickets)
    pages = [(r["params"]["order"], r["params"]["offset"]) for r in workspace_api.sent("GET", "/tickets")
             if r["params"].get("client_id") == client_id]
    assert pages[:3] == [("-opened_at", 0), ("-opened_at", PAGE_SIZE), ("protocol", 0)]
    assert set(pages[3:]) <= {("protocol", 0)}  # a header click may ask once more for the same page
    assert all(r["params"]["limit"] == PAGE_SIZE for r in workspace_api.sent("GET", "/tickets")
               if r["params"].get("client_id") == client_id)
    assert workspace_api.sent("GET", f"/tickets/{chosen['id']}")  # the ticket window asked for it
    qtbot.waitUntil(lambda: [r["params"] for r in workspace_api.sent("POST", f"/tickets/{chosen['id']}/viewing")]
                    == [{"open_": "true"}, {"open_": "false"}], timeout=GUI_WAIT_MS)
    window.close()
    controller.stop()
