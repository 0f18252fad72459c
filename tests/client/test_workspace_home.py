"""The workspace home and the Atendimentos search on canned JSON (tests/client/fake_api.py): the queues with
their counts, unread in bold, the notice of a forward to me, Enter opening the ticket; the search by protocol
with the keyboard, every situation, server-side pagination and sorting; on the live demo server's answers
captured once into tests/client/canned/workspace_home_{queues,search}.json, checking the requests sent;
and the Qt-free rules' words. A ticket forwarded to me arriving by the change feed runs against a real
server process in tests/e2e/test_workspace_home_e2e.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_client.tickets import rules
from tests.waits import GUI_WAIT_MS

from .workspace_support import canned, shot, workspace_api  # noqa: F401  (fixture)


@pytest.mark.gui
def test_search_by_protocol_with_the_keyboard_and_paging(qtbot, workspace_api):  # noqa: F811
    from PySide6.QtWidgets import QWidget

    from desk_client.tickets.controller import TicketCatalog
    from desk_client.tickets.search_window import TicketSearchWindow

    session = canned("workspace_home_search")
    logged_api = workspace_api
    logged_api.replay(session["requests"])
    created = session["created"]  # the two tickets opened for the capture

    def searched():
        return [r["params"] for r in logged_api.sent("GET", "/tickets")]
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
    assert searched() == [{"protocol": created[1]["protocol"], "status": "open,forwarded", "order": "-opened_at",
                           "limit": 50, "offset": 0}]  # the dashes taken off, the open situations checked
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
    assert searched()[-1] == {"protocol": created[0]["protocol"], "order": "-opened_at", "limit": 50, "offset": 0,
                              "status": "open,forwarded,closed_done,closed_unsolved,cancelled"}
    window.ui.textEdit.clear()
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS):
        qtbot.keyClick(window.ui.textEdit, Qt.Key.Key_Return)
    total = window.list.total
    assert total >= 2 and window.list.model.rowCount() == min(total, 50)
    with qtbot.waitSignal(window.list.loaded, timeout=GUI_WAIT_MS):
        window.list.model.sort(0, Qt.SortOrder.AscendingOrder)  # a header click: the server sorts
    assert window.list.order == "protocol"
    assert searched()[-2:] == [{"status": "open,forwarded,closed_done,closed_unsolved,cancelled", "order": order,
                                "limit": 50, "offset": 0} for order in ("-opened_at", "protocol")]
    assert all(len(logged_api.sent("GET", path)) == 1 for path in
               ("/ticket-statuses", "/ticket-types", "/users", "/cargos", "/routing-points"))  # the catalogue once
    protocols = [r["protocol"] for r in window.list.model.rows]
    assert protocols == sorted(protocols)
    shot(window, "workspace-search.png")
    window.close()



@pytest.mark.gui
def test_my_queue_counts_unread_bold_the_forward_notice_and_enter_opens(qtbot, workspace_api):  # noqa: F811
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desk_client.tickets.controller import TicketWindows

    session = canned("workspace_home_queues")
    workspace_api.replay(session["requests"])
    workspace_api.user["id"] = session["operator_id"]
    ticket = session["ticket"]  # forwarded to the operator just before the capture, not read yet
    host = QWidget()
    qtbot.addWidget(host)
    controller = TicketWindows(workspace_api, host)
    home = controller.make_home(host)
    QVBoxLayout(host).addWidget(home)
    host.resize(1100, 560)
    host.show()
    mine = home.lists["mine"]

    def listed():
        return mine.model.row_of(lambda r: r["id"] == ticket["id"])
    qtbot.waitUntil(lambda: bool(home.counts) and listed() >= 0, timeout=GUI_WAIT_MS)
    assert [r["params"] for r in workspace_api.sent("GET", "/tickets")] == [
        {**base, "limit": 50, "offset": 0} for _title, base in rules.QUEUES.values()]
    qtbot.waitUntil(lambda: home.ui.queueTabs.tabText(2) == session["tabs"][2], timeout=GUI_WAIT_MS)
    assert [home.ui.queueTabs.tabText(i) for i in range(3)] == session["tabs"]
    assert session["tabs"][0] == "&Meus atendimentos (16, 1 novos)"  # the count and the unread ones
    row = listed()
    font = mine.model.data(mine.model.index(row, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()  # unread
    read_row = mine.model.row_of(lambda r: r.get("read") is not False)
    assert read_row >= 0 and mine.model.data(mine.model.index(read_row, 0), Qt.ItemDataRole.FontRole) is None
    # the change feed's entry for the forward: a notice in words, and the queues asked again
    assert not home.ui.noticeLabel.isVisible()
    home.notify_forwarded(session["change"])
    assert home.ui.noticeLabel.isVisible()
    assert home.ui.noticeLabel.text() == (f"Novo atendimento para você: {rules.grouped_protocol(ticket['protocol'])}"
                                          " — veja em Meus atendimentos.")
    qtbot.waitUntil(lambda: len(workspace_api.sent("GET", "/tickets/queue-counts")) == 2, timeout=GUI_WAIT_MS)
    shot(host, "workspace-home-canned.png")
    # Enter on the row opens the ticket window, and it is marked read
    mine.ui.ticketsTable.setFocus()
    mine.ui.ticketsTable.selectRow(listed())
    qtbot.keyClick(mine.ui.ticketsTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ticket["id"] in controller.windows, timeout=GUI_WAIT_MS)
    window = controller.windows[ticket["id"]]
    qtbot.waitUntil(lambda: window.ui.protocolLabel.text() == ticket["protocol_formatted"], timeout=GUI_WAIT_MS)
    qtbot.waitUntil(lambda: len(workspace_api.sent("POST", f"/tickets/{ticket['id']}/read")) == 1,
                    timeout=GUI_WAIT_MS)
    window.close()  # the server is told the operator stopped viewing it
    qtbot.waitUntil(lambda: [r["params"] for r in workspace_api.sent("POST", f"/tickets/{ticket['id']}/viewing")]
                    == [{"open_": "true"}, {"open_": "false"}], timeout=GUI_WAIT_MS)
    controller.stop()

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
