"""The agenda window and the O.S. form on canned JSON (tests/client/fake_api.py): day and week views
(one column per technician, blocks with client/district/type), Enter on a free slot pre-fills, Ctrl+arrows
change the day, the form shows the slot taken; screenshots. The live demo server's answers were captured
once into tests/client/canned/agenda_window_<test>.json (two fresh technicians, the first with O.S. at
09:00–10:00 and 13:00–15:00 on a Tuesday far ahead; "requests": {method, path, params, json, status,
body} as the window sent them). Dragging a block (moved on the server, the server's overlap rule and
message, a resize) runs against a real server process in tests/e2e/test_agenda_e2e.py; here, on its
recorded session, what the drops send and what the window shows of the answers."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from .agenda_window_support import (
    column,
    made_active,
    move_then_refused_overlap,
    open_agenda,
    resize_to_four_pm,
    shot,
)
from .session_support import checked, operator_fake_api

pytestmark = pytest.mark.gui

CANNED = Path(__file__).resolve().parent / "canned"


def canned(name: str) -> dict:
    return json.loads((CANNED / f"agenda_window_{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def logged_api(qapp):
    """A FakeApi signed in as the demo operator (pt_BR locale, like the app); every request it is sent
    must have its recorded answer."""
    yield from checked(operator_fake_api(qapp, id=1))


SESSIONS = {  # test: its recorded session, canned/agenda_window_<session>.json
    "test_day_view_blocks_free_slots_and_enter_picks_a_slot": "day",
    "test_ctrl_arrows_and_the_week_view": "week",
    "test_the_service_order_form_types_and_shows_the_refused_slot": "form",
    "test_drag_sends_the_move_shows_the_server_refusal_and_resizes": "drag",
}


@pytest.fixture
def two_technicians(request, logged_api):
    """The recorded session of this test: two technicians; the first has 09:00–10:00 and 13:00–15:00
    on a Tuesday far ahead."""
    session = canned(SESSIONS[request.node.originalname])
    logged_api.replay_as_recorded(session["requests"])
    day = date.fromisoformat(session["day"])
    assert day.weekday() == 1 and day > date(2027, 12, 31)
    a, b = session["technicians"]
    first, second = session["orders"]
    return day, a, b, first, second


def sent_periods(api) -> list[dict]:
    """The query of every GET /service-orders the window sent, in order."""
    return [r["params"] for r in api.sent("GET", "/service-orders")]


def test_day_view_blocks_free_slots_and_enter_picks_a_slot(qtbot, logged_api, two_technicians):
    from desk_client.service_orders import slots

    day, a, _b, first, _second = two_technicians
    window = open_agenda(qtbot, logged_api, day, technician_id=a["id"], pick_mode=True)
    col = column(window, a)
    assert sent_periods(logged_api) == [{"date_from": day.isoformat(), "date_to": day.isoformat()}]
    assert len(logged_api.sent("GET", "/users")) == 1
    nine = slots.row_of(9 * 60)
    block = window.grid_model.block_at(nine, col)
    assert block is not None and block.id == first["id"] and block.span == 2
    assert first["client_name"] in window.ui.grid.item(nine, col).text()
    assert window.ui.grid.columnSpan(nine, col) == 1 and window.ui.grid.rowSpan(slots.row_of(13 * 60), col) == 4
    assert window.grid_model.is_free(slots.row_of(10 * 60), col)
    shot(window, "agenda-day.png")
    # the keyboard: the cursor starts at 08:00 of the technician; Down ×4 is 10:00 (free), Enter picks it
    grid = window.ui.grid
    grid.setFocus()
    assert (grid.currentRow(), grid.currentColumn()) == (slots.row_of(8 * 60), col)
    for _ in range(2):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert window.grid_model.block_at(grid.currentRow(), col) is not None   # on the 09:00 block
    grid.setCurrentCell(slots.row_of(10 * 60), col)
    with qtbot.waitSignal(window.slot_picked, timeout=5_000) as picked:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert picked.args == [a["id"], a["name"], day.isoformat(), 10 * 60]


def test_ctrl_arrows_and_the_week_view(qtbot, logged_api, two_technicians):
    day, a, _b, first, _second = two_technicians
    window = open_agenda(qtbot, logged_api, day)
    qtbot.keyClick(window.ui.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.day == day + timedelta(days=1)
    qtbot.keyClick(window.ui.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    window.ui.weekRadio.setChecked(True)
    qtbot.waitUntil(lambda: window.ui.grid.rowCount() == 7 and bool(window.orders), timeout=GUI_WAIT_MS)
    col, row = column(window, a), day.weekday()
    text = window.ui.grid.item(row, col).text()
    assert "09:00" in text and "13:00" in text and "livre 7h00" in text and "2 O.S." in text
    assert first["type_name"] in window.ui.grid.item(row, col).toolTip()
    shot(window, "agenda-week.png")
    window.ui.grid.setCurrentCell(row, col)
    qtbot.keyClick(window.ui.grid, Qt.Key.Key_Return)                 # Enter on a day: that day's view
    qtbot.waitUntil(lambda: not window.week and window.grid_model is not None
                    and window.grid_model.day == day, timeout=GUI_WAIT_MS)
    one_day = lambda d: {"date_from": d.isoformat(), "date_to": d.isoformat()}
    monday = day - timedelta(days=day.weekday())
    assert sent_periods(logged_api) == [one_day(day), one_day(day + timedelta(days=1)), one_day(day),
                                        {"date_from": monday.isoformat(),
                                         "date_to": (monday + timedelta(days=6)).isoformat()}, one_day(day)]
    assert len(logged_api.sent("GET", "/users")) == 1  # the technicians are asked for once


def test_drag_sends_the_move_shows_the_server_refusal_and_resizes(qtbot, logged_api, two_technicians):
    """The widget side of tests/e2e/test_agenda_e2e.py's drag test: what a drop sends, what the window
    shows of the server's answers (the move, the refused overlap in the server's words)."""
    from desk_client.service_orders import slots

    day, a, b, first, second = two_technicians
    window = open_agenda(qtbot, logged_api, day, technician_id=a["id"])

    def moved():
        assert [r["json"] for r in logged_api.sent("PATCH", f"/service-orders/{first['id']}")] == [
            {"start": "11:00", "technician_id": b["id"]}]
        assert f"O.S. nº {first['id']}" in window.ui.messageLabel.text() and b["name"] in window.ui.messageLabel.text()

    move_then_refused_overlap(qtbot, window, a, b, on_moved=moved)
    refusal = next(e for e in canned("drag")["requests"] if e["status"] == 409)["body"]["detail"]["message"]
    assert window.ui.messageLabel.text() == refusal                # the server's words
    resize_to_four_pm(qtbot, window, a)
    col_a = column(window, a)
    qtbot.waitUntil(lambda: len(logged_api.sent("PATCH", f"/service-orders/{second['id']}")) == 2, timeout=GUI_WAIT_MS)
    assert [r["json"] for r in logged_api.sent("PATCH", f"/service-orders/{second['id']}")] == [
        {"start": "11:30", "technician_id": b["id"]}, {"duration_minutes": 180}]
    qtbot.waitUntil(lambda: window.grid_model.block_at(slots.row_of(15 * 60 + 30), col_a) is not None,
                    timeout=GUI_WAIT_MS)                           # redrawn from the server's list: to 16:00


def test_the_service_order_form_types_and_shows_the_refused_slot(qtbot, logged_api, two_technicians):
    from desk_client.service_orders.form import ServiceOrderForm

    day, a, _b, _first, _second = two_technicians
    data = {"date": day.isoformat(), "start": "09:30", "duration_minutes": 60, "status": "scheduled"}
    form = ServiceOrderForm(logged_api, data)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.ui.technicianCombo.count() > 2, timeout=GUI_WAIT_MS)
    form.ui.technicianCombo.setFocus()
    qtbot.keyClicks(form.ui.technicianCombo, a["name"].split()[0])  # a space would open the popup
    assert data["technician_id"] == a["id"]
    qtbot.waitUntil(lambda: form.ui.conflictLabel.isVisible(), timeout=GUI_WAIT_MS)
    assert form.offered_texts()[0] == "1 10:00–11:00"
    assert sent_periods(logged_api)[-1] == {"technician_id": a["id"], "date_from": day.isoformat(),
                                            "date_to": day.isoformat()}  # the chosen technician's day
    shot(form, "os-form-refused.png")
    made_active(qtbot, form)                                       # a mnemonic needs its window active
    form.ui.durationSpin.setValue(90)                              # still taken: the offers are redrawn...
    assert form.offered_texts()[0] == "1 10:00–11:30"
    qtbot.keyClick(form.ui.startEdit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # ...and Alt+1 at once
    qtbot.waitUntil(lambda: data["start"] == "10:00", timeout=GUI_WAIT_MS)
    qtbot.waitUntil(lambda: not form.ui.conflictLabel.isVisible(), timeout=GUI_WAIT_MS)
