"""The workspace home against a real server process: a ticket forwarded to me arrives by the change feed
within 2 s with a notice, in my queue with its count, unread in bold; Enter opens it.
Moved unchanged from tests/client/test_workspace_home.py (issue 8): the server's change feed is the point
of it. The search by protocol with the keyboard and its paging run on canned JSON there."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tests.waits import GUI_WAIT_MS

from ..client.workspace_support import desk, shot  # noqa: F401  (fixture)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]


@pytest.fixture
def workspace(qtbot, logged_api):  # noqa: F811
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desk_client.tickets.controller import TicketWindows

    host = QWidget()
    qtbot.addWidget(host)
    logged_api.user["id"] = _operator_id(logged_api)
    controller = TicketWindows(logged_api, host)
    home = controller.make_home(host)
    QVBoxLayout(host).addWidget(home)
    host.resize(1100, 560)
    host.show()
    yield controller, home
    controller.stop()


def host_of(widget):
    return widget.window()


def _operator_id(api) -> int:
    import httpx
    response = httpx.get(f"{api.base_url}/api/v1/users/me", headers={"Authorization": f"Bearer {api.token}"})
    return response.json()["id"]


def test_forwarded_ticket_reaches_my_queue_within_two_seconds(qtbot, workspace, desk):  # noqa: F811
    controller, home = workspace
    qtbot.waitUntil(lambda: bool(home.counts), timeout=15000)
    controller.start()
    qtbot.waitUntil(lambda: controller.bus.last_seq is not None, timeout=15000)
    ticket = desk.open("supervisor", destination={"cargo_id": desk.world.cargos["Suporte N1"]})
    with qtbot.waitSignal(controller.bus.forwarded_to_me, timeout=GUI_WAIT_MS) as arrived:
        sent = time.monotonic()
        desk.post("supervisor", f"/tickets/{ticket['id']}/forward",
                  {"user_id": desk.world.users["operador"], "reason": "Cliente pediu retorno da Ana"})
    assert time.monotonic() - sent < 2.0
    assert arrived.args[0]["ticket_id"] == ticket["id"]
    assert home.ui.noticeLabel.isVisible() and "Novo atendimento" in home.ui.noticeLabel.text()
    mine = home.lists["mine"]

    def listed():
        return mine.model.row_of(lambda r: r["id"] == ticket["id"]) >= 0
    qtbot.waitUntil(listed, timeout=5000)
    row = mine.model.row_of(lambda r: r["id"] == ticket["id"])
    font = mine.model.data(mine.model.index(row, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()  # unread
    assert "Meus atendimentos (" in home.ui.queueTabs.tabText(0)
    shot(host_of(home), "workspace-home.png")
    # Enter on the row opens the ticket window
    mine.ui.ticketsTable.setFocus()
    mine.ui.ticketsTable.selectRow(row)
    qtbot.keyClick(mine.ui.ticketsTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ticket["id"] in controller.windows, timeout=5000)
    window = controller.windows[ticket["id"]]
    qtbot.waitUntil(lambda: window.ui.protocolLabel.text() == ticket["protocol_formatted"], timeout=GUI_WAIT_MS)
    window.close()
