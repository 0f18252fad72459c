"""The workspace home and the Atendimentos search against a real server process: queues with counts,
unread in bold, a ticket forwarded to me arriving by the change feed within 2 s with a notice, the
search by protocol with the keyboard, server-side pagination and sorting."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desk_client.tickets import rules
from tests.waits import GUI_WAIT_MS

from .workspace_support import desk, shot  # noqa: F401  (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]


@pytest.fixture
def workspace(qtbot, logged_api):
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


def test_search_by_protocol_with_the_keyboard_and_paging(qtbot, logged_api, desk):  # noqa: F811
    from PySide6.QtWidgets import QWidget

    from desk_client.tickets.controller import TicketCatalog
    from desk_client.tickets.search_window import TicketSearchWindow

    created = [desk.open("operador") for _ in range(2)]
    host = QWidget()
    qtbot.addWidget(host)
    catalog = TicketCatalog(logged_api, host)
    catalog.load()
    window = TicketSearchWindow(logged_api, catalog, host)
    window.show()
    qtbot.waitUntil(lambda: window.ui.typeCombo.count() > 1, timeout=GUI_WAIT_MS)
    qtbot.keyClicks(window.ui.textEdit, created[1]["protocol_formatted"])
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS) as loaded:
        qtbot.keyClick(window.ui.textEdit, Qt.Key.Key_Return)
    assert loaded.args == [1]
    assert window.list.model.record(0)["id"] == created[1]["id"]
    assert window.list.ui.countLabel.text() == "1–1 de 1 atendimento"
    # without the dashes, and every situation, sorted by the server
    window.ui.textEdit.clear()
    qtbot.keyClicks(window.ui.textEdit, created[0]["protocol"])
    for box in window.status_checks.values():
        box.setChecked(True)
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS):
        qtbot.keyClick(window.ui.textEdit, Qt.Key.Key_Return)
    assert window.list.total == 1
    window.ui.textEdit.clear()
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS):
        qtbot.keyClick(window.ui.textEdit, Qt.Key.Key_Return)
    total = window.list.total
    assert total >= 2 and window.list.model.rowCount() == min(total, 50)
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS):
        window.list.model.sort(0, Qt.SortOrder.AscendingOrder)  # a header click: the server sorts
    assert window.list.order == "protocol"
    protocols = [r["protocol"] for r in window.list.model.rows]
    assert protocols == sorted(protocols)
    shot(window, "workspace-search.png")
    window.close()


def test_rules_words_and_params():
    ticket = {"status": "open", "sla": {"state": "late", "due_at": "2026-12-01T10:00:00+00:00"},
              "destination": {"cargo_id": 3, "name": "Suporte N1"}}
    text, kind = rules.sla_text(ticket)
    assert text.startswith("atrasado há") and kind == "bad"
    assert rules.destination_text(ticket) == "Suporte N1 (Usuário indeterminado)"
    assert rules.status_word({"status": "closed_unsolved", "cancelled_at": "x"}) == ("Cancelado", "neutral")
    assert rules.status_word({"status": "open", "status_name": "Aguardando cliente",
                              "status_category": "waiting_customer"}) == ("Aguardando cliente", "wait")
    params = rules.SearchFilters(text="20261122-000123-7", statuses=["open"], sla="late",
                                 destination=("cargo", 4)).params()
    assert params == {"protocol": "202611220001237", "status": "open", "sla": "late", "cargo_id": "4"}
    assert rules.SearchFilters(text="Maria 12").params() == {"q": "Maria 12"}
    assert rules.span_text(3 * 86400 + 7200) == "3 d 2 h" and rules.span_text(30) == "menos de 1 min"
    assert rules.page_text(50, 50, 312) == "51–100 de 312 atendimentos"
    before = {"status": "open", "last_event_id": 5, "destination": {"cargo_id": 1, "name": "N1"}}
    after = {"status": "forwarded", "last_event_id": 7, "destination": {"user_id": 2, "name": "Bruno"}}
    lines = rules.changes_since(before, after, [{"id": 6, "kind": "forwarded", "user_name": "Carla",
                                                 "text": "Visita"}])
    assert lines == ["Situação: Aberto → Encaminhado", "Destino: N1 (Usuário indeterminado) → Bruno",
                     "Encaminhado por Carla: Visita"]
    # The operator's own last action (its reload still on the way) is no news to warn about
    mine = [{"id": 6, "kind": "commented", "user_id": 2}, {"id": 7, "kind": "forwarded", "user_id": 2}]
    assert rules.only_mine_since(before, mine, 2)
    assert not rules.only_mine_since(before, [*mine, {"id": 8, "kind": "commented", "user_id": 3}], 2)
    assert not rules.only_mine_since(before, [{"id": 5, "kind": "opened", "user_id": 2}], 2)
    assert not rules.only_mine_since(before, mine, None)
    assert rules.is_forward_to_me({"assigned_user_id": 2, "user_id": 3, "data": {"action": "forwarded"}}, 2)
    assert not rules.is_forward_to_me({"assigned_user_id": 2, "user_id": 2, "data": {"action": "forwarded"}}, 2)
