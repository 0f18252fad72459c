"""The client window's Atendimentos tab against a real server process: the shared ticket list with the
client as its base filter — count, pager, sorting on the server; Enter opens the ticket window through
the workspace's opener; a ticket of the client changed through the API refreshes the tab (change bus).
Moved from tests/client/test_client_window_tickets.py (issue 8), its checks unchanged (the wiring, the pager,
the sorting and Enter in tests/client/workspace_support.py, shared with the canned-JSON test there): the
server pages and sorts the client's tickets and its change feed brings the forward and the close."""
from __future__ import annotations

import pytest

from desk_client.tickets.ticket_list import PAGE_SIZE
from desk_server.db import make_engine, make_session_factory
from tests.waits import GUI_WAIT_MS

from ..client.workspace_support import client_workspace, desk, tab_pages_sorts_and_opens  # noqa: F401  (fixture)
from ..server.ticket_support import make_world_in
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(180)]

WAIT_MS = GUI_WAIT_MS
EXTRA = 3  # tickets past the first page


@pytest.fixture(scope="module")
def busy_client(desk):  # noqa: F811
    """A client of its own (no other test adds tickets to it) with more than one page of tickets."""
    engine = make_engine(desk.server.env["DESK_DATABASE_URL"], pool_size=1)
    world = make_world_in(make_session_factory(engine))
    engine.dispose()
    mine = {"client_id": world.client_a, "subscription_id": world.sub_a, "contact_id": world.contact_a}
    tickets = [desk.open("operador", **mine) for _ in range(PAGE_SIZE + EXTRA)]
    return world.client_a, tickets


@pytest.fixture
def workspace(qtbot, logged_api):  # noqa: F811
    clients, controller = client_workspace(qtbot, logged_api)
    yield clients, controller
    controller.stop()


def test_the_tab_pages_sorts_opens_and_follows_changes(qtbot, workspace, busy_client, desk):  # noqa: F811
    clients, controller = workspace
    client_id, tickets = busy_client
    total = len(tickets)
    controller.start()
    qtbot.waitUntil(lambda: controller.bus.last_seq is not None, timeout=WAIT_MS)
    window = clients.open_client(client_id)
    window.resize(1366 - 80, 768 - 80)
    listing = window.tickets
    qtbot.waitUntil(lambda: listing.total == total and window.client is not None, timeout=WAIT_MS)
    chosen = tab_pages_sorts_and_opens(qtbot, window, controller, tickets)

    # a ticket forwarded through the API: the row shows its new destination, no reload pressed
    desk.post("supervisor", f"/tickets/{chosen['id']}/forward",
              {"user_id": desk.world.users["supervisor"], "reason": "Cliente pediu retorno do supervisor"})

    def destination_of(ticket_id):
        row = listing.model.row_of(lambda r: r["id"] == ticket_id)
        return (listing.model.rows[row].get("destination") or {}).get("user_id") if row >= 0 else None
    qtbot.waitUntil(lambda: destination_of(chosen["id"]) == desk.world.users["supervisor"], timeout=WAIT_MS)
    assert listing.current()["id"] == chosen["id"]  # the selection stays on the row

    # a ticket closed through the API: the open count of the header follows
    desk.post("supervisor", f"/tickets/{tickets[0]['id']}/close", {"outcome": "done", "reason": "Resolvido"})
    qtbot.waitUntil(lambda: window.ui.openTicketsEdit.text() == str(total - 1), timeout=WAIT_MS)
    assert f"{total - 1} atendimentos abertos" in window.ui.subtitleLabel.text()
    window.close()
