"""Widgets against canned JSON (tests/client/fake_api.py): what a server cannot be made to do on
demand — answer out of order, fail with a 500 — and the rendering of exact rows, without a server
process. The same widgets meet the real server in the e2e tests (tests/e2e/test_client_search_e2e.py)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desk_client.api.errors import HTTP, ApiError

from .fake_api import FakeApi
from .gui_support import shown_search_widget

pytestmark = pytest.mark.gui
WAIT = 3000


@pytest.fixture
def api(qapp):
    fake = FakeApi()
    yield fake
    fake.close()


def _client(i: int, name: str) -> dict:
    return {"id": i, "code": f"{i:06d}", "name": name, "trade_name": None, "document": "52998224725",
            "city": "Campinas", "status": "active", "matched_field": "name", "matched_value": name}


def test_a_late_answer_to_an_older_search_never_replaces_the_newer_one(qtbot, api):
    queries = {"silva": [_client(1, "Resposta antiga da Silva")], "souza": [_client(2, "Maria Souza")]}
    api.answer("GET", "/clients/search",
               lambda request: {"items": queries[request["params"]["q"]], "truncated": False})
    widget = shown_search_widget(qtbot, api)
    api.hold()
    widget.set_query("silva")
    widget.set_query("souza")
    assert [r["params"]["q"] for r in api.sent("GET", "/clients/search")] == ["silva", "souza"]
    shown = []
    widget.results_shown.connect(shown.append)
    api.release(1, 0)  # the newer answer first, then the older one arrives late
    qtbot.waitUntil(lambda: api.pending_count == 0, timeout=WAIT)
    assert shown == [1] and [r["name"] for r in widget.results] == ["Maria Souza"]
    assert widget.model.rowCount() == 1 and not widget.busy and not widget.ui.busyBar.isVisible()


def test_a_server_error_is_worded_inline_and_the_next_search_recovers(qtbot, api):
    api.answer("GET", "/clients/search", ApiError(HTTP, status=500, detail="Traceback: segredo"))
    widget = shown_search_widget(qtbot, api)
    with qtbot.waitSignal(widget.search_failed, timeout=WAIT) as failed:
        widget.set_query("maria")
    # the operator reads what to do, never the server's internals
    assert failed.args[0].startswith("Erro no servidor") and "segredo" not in failed.args[0]
    assert widget.ui.messageLabel.isVisible() and widget.model.rowCount() == 0
    api.answer("GET", "/clients/search", {"items": [_client(3, "Maria Aparecida")], "truncated": True})
    with qtbot.waitSignal(widget.results_shown, timeout=WAIT):
        widget.search_now()
    assert not widget.ui.messageLabel.isVisible() and widget.truncated
    assert "refine a pesquisa" in widget.ui.countLabel.text()


def _ticket(i: int, **over) -> dict:
    now = datetime.now(UTC)
    row = {"id": i, "protocol": f"20261201000{i:03d}7", "protocol_formatted": f"20261201-000{i:03d}-7",
           "client_name": f"Cliente {i}", "ticket_type": "Sem conexão", "status": "open",
           "status_label": "Aberto", "destination": {"cargo_id": 1, "name": "Suporte N1"},
           "opened_at": (now - timedelta(hours=3)).isoformat(), "city": "Campinas", "read": True,
           "sla": {"state": "ok", "due_at": (now + timedelta(hours=2)).isoformat()}}
    return row | over


def test_ticket_list_shows_late_in_red_with_the_word_unread_bold_and_pages_on_the_server(qtbot, api):
    from desk_client.tickets.ticket_list import PAGE_SIZE, TicketListWidget
    from desk_client.ui.record_table import STATUS_COLOURS

    late_due = (datetime.now(UTC) - timedelta(hours=2, minutes=10)).isoformat()
    rows = [_ticket(1, sla={"state": "late", "due_at": late_due}), _ticket(2, read=False)] + \
        [_ticket(i) for i in range(3, PAGE_SIZE + 1)]
    api.answer("GET", "/tickets", lambda request: {"items": rows if request["params"]["offset"] == 0 else [],
                                                   "total": 120})
    widget = TicketListWidget(api, base_params={"mine": "true"})
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT) as loaded:
        widget.set_filters({"status": "open"})
    assert loaded.args == [120] and widget.ui.countLabel.text() == "1–50 de 120 atendimentos"
    model = widget.model
    sla = model.index(0, 1)
    assert model.data(sla).startswith("atrasado há 2 h 1")  # 2 h 10 min (or 11 by now)
    assert model.data(sla, Qt.ItemDataRole.ForegroundRole).color() == QColor(STATUS_COLOURS["bad"])
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert not isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.FontRole), QFont) or \
        not model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    first = api.sent("GET", "/tickets")[-1]["params"]
    assert first == {"mine": "true", "status": "open", "order": widget.order, "limit": PAGE_SIZE, "offset": 0}
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        qtbot.mouseClick(widget.ui.nextButton, Qt.MouseButton.LeftButton)
    assert api.sent("GET", "/tickets")[-1]["params"]["offset"] == PAGE_SIZE
    assert api.unanswered == []


def _session(login: str, online: bool) -> dict:
    now = datetime.now(UTC).isoformat()
    return {"subscription_id": 0, "login": login, "online": online, "checked_at": now,
            "router": {"name": "RB Centro"}, "uptime_seconds": 600, "address": "100.64.0.9",
            "caller_id": "AA:BB:CC:00:11:22", "download_bps": 2_000_000, "upload_bps": 500_000,
            "last_seen": now}


def test_connection_panel_asks_once_at_a_time_and_drops_the_answer_for_a_previous_client(qtbot, api):
    from desk_client.routers.connection_panel import ConnectionPanel

    api.answer("GET", "/subscriptions/1/connection", _session("maria.silva", online=True))
    api.answer("GET", "/subscriptions/2/connection", _session("joao.souza", online=False))
    api.answer("GET", "/subscriptions/1/traffic", {"points": [], "hours": 24})
    api.answer("GET", "/subscriptions/2/traffic", {"points": [], "hours": 24})
    panel = ConnectionPanel(api)
    qtbot.addWidget(panel)
    panel.show()
    api.hold()
    panel.set_subscription(1)
    panel.refresh()
    panel.refresh()  # a slow router: a second click adds no second request
    assert len(api.sent("GET", "/subscriptions/1/connection")) == 1 and panel.in_flight >= 1
    assert not panel.ui.refreshButton.isEnabled()
    panel.set_subscription(2)  # the operator moved on before the router answered
    assert len(api.sent("GET", "/subscriptions/2/connection")) == 1
    api.release(*reversed(range(api.held_count)))  # joão's answer first, maria's late one last
    qtbot.waitUntil(lambda: panel.state == "offline", timeout=WAIT)
    assert panel.ui.loginValue.text() == "joao.souza"  # never maria's late answer
    assert panel.in_flight == 0 and panel.ui.refreshButton.isEnabled()
    assert api.unanswered == []
