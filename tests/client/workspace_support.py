"""Helpers for the workspace tests: tickets made on the live server over plain HTTP (the e2e tests), and a
FakeApi answering with the live demo server's recorded answers (tests/client/canned/workspace_*.json)."""
from __future__ import annotations

import json
import os
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest

from desk_server.db import make_engine, make_session_factory
from tests.waits import GUI_WAIT_MS

from ..server.ticket_support import make_world_in, ticket_body

CANNED = Path(__file__).resolve().parent / "canned"
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


class Desk:
    """Opens tickets on the live server as any demo user."""

    def __init__(self, server):
        self.server = server
        self.tokens: dict[str, str] = {}
        engine = make_engine(server.env["DESK_DATABASE_URL"], pool_size=1)
        self.world = make_world_in(make_session_factory(engine))
        engine.dispose()

    def h(self, user: str) -> dict:
        if user not in self.tokens:
            self.tokens[user] = self.server.token(user)
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def post(self, user: str, path: str, body=None) -> dict:
        response = httpx.post(f"{self.server.url}/api/v1{path}", json=body, headers=self.h(user), timeout=15)
        assert response.status_code in (200, 201), response.text
        return response.json()

    def open(self, user: str = "operador", **overrides) -> dict:
        number = self.post(user, "/protocols", {})["number"]
        response = httpx.post(f"{self.server.url}/api/v1/tickets", json=ticket_body(self.world, number, **overrides),
                              headers={**self.h(user), "Idempotency-Key": uuid.uuid4().hex}, timeout=15)
        assert response.status_code == 201, response.text
        return response.json()


@pytest.fixture(scope="session")
def desk(live_server) -> Desk:
    return Desk(live_server)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))



def prim_contato_page(qtbot, api):
    """A stand-in for the wizard's Prim. Contato page, shown: `ctx.api` is `api` and the parent-ticket
    banner is first in its layout (a DuplicateWarning puts its banner right under it). (page, banner)."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    parent_banner = QLabel("pai", page)
    QVBoxLayout(page).addWidget(parent_banner)
    page.ctx = SimpleNamespace(api=api)
    page.show()
    return page, parent_banner

@pytest.fixture
def ticket_window(qtbot):
    """`ticket_window(api, ticket_id)`: a TicketWindow on `ticket_id` with its catalogue loaded, shown
    inside a host widget kept until the test ends (the window is the host's child: the host must live
    as long as the test)."""
    from PySide6.QtWidgets import QWidget

    from desk_client.tickets.controller import TicketCatalog
    from desk_client.tickets.ticket_window import TicketWindow

    hosts: list = []

    def open_window(api, ticket_id: int):
        host = QWidget()
        qtbot.addWidget(host)
        catalog = TicketCatalog(api, host)
        catalog.load()
        window = TicketWindow(api, ticket_id, catalog, host)
        window.show()
        qtbot.waitUntil(lambda: bool(window.ticket) and bool(catalog.statuses) and bool(catalog.users),
                        timeout=GUI_WAIT_MS)
        hosts.append(host)
        return window

    yield open_window
    hosts.clear()


def canned(name: str) -> dict:
    """tests/client/canned/<name>.json: {"about", "captured_on", ..., "requests": [{method, path, params,
    json, status, body}, ...]} as the widget sent them to the live demo server and the server answered."""
    return json.loads((CANNED / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def workspace_api(qapp):
    """A FakeApi signed in as the demo operator (pt_BR locale and style, like the app): a test replays its
    recorded session on it (`workspace_api.replay(canned(name)["requests"])`); every request the widgets
    send must have had its recorded answer."""
    from .session_support import checked, operator_fake_api

    yield from checked(operator_fake_api(qapp, id=1))


def client_workspace(qtbot, api):
    """The main window's wiring of the two areas (clients.ticket_opener / ticket_bus, as
    desk_client/tickets/__init__.install sets them) on a plain host widget: (clients, controller); the
    caller stops the controller."""
    from PySide6.QtWidgets import QWidget

    from desk_client.clients.find_client_window import ClientWindows
    from desk_client.tickets.controller import TicketWindows

    host = QWidget()
    qtbot.addWidget(host)
    clients = ClientWindows(api, None, host)
    controller = TicketWindows(api, host, open_client=clients.open_client)
    clients.ticket_opener = controller.open_ticket
    clients.ticket_bus = controller.bus
    return clients, controller


def tab_pages_sorts_and_opens(qtbot, window, controller, tickets: list[dict]) -> dict:
    """The client window's Atendimentos tab (`window`, its list loaded) on the client's `tickets`, oldest
    first, more than a page of them: the count and the pager (the newest first), Próxima, a click on the
    Protocolo header (the server sorts, from the first page), Enter on the third row opens that ticket's
    window through the workspace's opener (closed again). The ticket opened."""
    from PySide6.QtCore import Qt

    from desk_client.tickets.ticket_list import PAGE_SIZE

    listing, total = window.tickets, len(tickets)
    window.ui.tabWidget.setCurrentWidget(window.ui.ticketsTab)
    table = listing.ui.ticketsTable

    # the count and the pager: the newest first, one page of PAGE_SIZE
    assert listing.model.rowCount() == PAGE_SIZE
    assert listing.ui.countLabel.text() == f"1–{PAGE_SIZE} de {total} atendimentos"
    assert not listing.ui.prevButton.isEnabled() and listing.ui.nextButton.isEnabled()
    assert listing.model.rows[0]["id"] == tickets[-1]["id"]
    assert window.ui.openTicketsEdit.text() == str(total) and f"{total} atendimentos abertos" in \
        window.ui.subtitleLabel.text()
    shot(window, "client-window-atendimentos.png")
    qtbot.mouseClick(listing.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.ui.countLabel.text() == f"{PAGE_SIZE + 1}–{total} de {total} atendimentos",
                    timeout=GUI_WAIT_MS)
    assert listing.model.rowCount() == total - PAGE_SIZE and listing.ui.prevButton.isEnabled()
    assert not listing.ui.nextButton.isEnabled()

    # sorting asks the server again, from the first page: protocol ascending → the oldest first
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: listing.offset == 0 and listing.model.rowCount() == PAGE_SIZE
                    and listing.model.rows[0]["id"] == tickets[0]["id"], timeout=GUI_WAIT_MS)
    protocols = [r["protocol"] for r in listing.model.rows]
    assert protocols == sorted(protocols) == [t["protocol"] for t in tickets[:PAGE_SIZE]]

    # Enter on a row opens that ticket's window (the workspace's opener)
    chosen = tickets[2]
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen["id"] in controller.windows, timeout=GUI_WAIT_MS)
    ticket_window = controller.windows[chosen["id"]]
    qtbot.waitUntil(lambda: ticket_window.ui.protocolLabel.text() == chosen["protocol_formatted"], timeout=GUI_WAIT_MS)
    ticket_window.close()
    return chosen
