"""The agenda against a real server process: a block dragged to another technician is moved on the
server, the server refuses an overlap with its rule and message, a block resized ends later on the
server; from the ticket window, Agendar O.S. (Alt+A) and Incluir tarefa (Alt+I) with the keyboard
land in the ticket's history.
Moved from tests/client/test_agenda_window.py and test_agenda_ticket_window.py (issue 8): saved, then
read back from the server. The agenda's views, its keyboard and the O.S. form are tested on canned
JSON in tests/client/test_agenda_window.py."""
from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.waits import GUI_WAIT_MS

from ..client.agenda_support import api, book, new_technician
from ..client.workspace_support import desk, ticket_window  # noqa: F401  (fixtures)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(180)]
SHOTS = os.environ.get("ISP_DESK_SCREENSHOTS_DIR")
WAIT = GUI_WAIT_MS
ALT = Qt.KeyboardModifier.AltModifier


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def two_technicians(live_server, operator_token):  # noqa: F811
    """Two fresh technicians; the first has 09:00–10:00 and 13:00–15:00 on a Tuesday far ahead."""
    day = date.today() + timedelta(days=400)
    day -= timedelta(days=day.weekday() - 1)
    tag = uuid.uuid4().hex[:4]  # the live server is shared by the session: names of this test only
    a = new_technician(live_server, f"Aaron{tag} Agenda")
    b = new_technician(live_server, f"Abel{tag} Agenda")
    first = book(live_server, operator_token, a["id"], "09:00", 60, day)
    second = book(live_server, operator_token, a["id"], "13:00", 120, day)
    return day, a, b, first, second


def _agenda(qtbot, logged_api, day, **kw):  # noqa: F811
    from desk_client.service_orders.agenda_window import AgendaWindow

    window = AgendaWindow(logged_api, logged_api.user, day=day.isoformat(), **kw)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    qtbot.waitUntil(lambda: window.grid_model is not None or window.week and window.ui.grid.rowCount() == 7,
                    timeout=GUI_WAIT_MS)
    return window


def _column(window, technician) -> int:
    return next(i for i, t in enumerate(window.technicians) if t["id"] == technician["id"])


def _cell_point(window, row: int, column: int) -> QPoint:
    """The middle of one row of a column (inside a block spanning several rows, that row's part)."""
    grid = window.ui.grid
    return QPoint(grid.columnViewportPosition(column) + grid.columnWidth(column) // 2,
                  grid.rowViewportPosition(row) + grid.rowHeight(row) // 2)


def _alt(qtbot, window, key):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(window, key, ALT)
    qtbot.waitUntil(lambda: getattr(window, "side_dialog", None) is not None
                    and window.side_dialog.isVisible(), timeout=WAIT)
    dialog = window.side_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    return dialog


def test_drag_moves_to_another_technician_and_the_server_refuses_an_overlap(qtbot, logged_api, live_server,  # noqa: F811
                                                                          operator_token, two_technicians):  # noqa: F811
    from desk_client.service_orders import slots

    day, a, b, first, second = two_technicians
    window = _agenda(qtbot, logged_api, day, technician_id=a["id"])
    viewport = window.ui.grid.viewport()
    col_a, col_b = _column(window, a), _column(window, b)
    nine, eleven = slots.row_of(9 * 60), slots.row_of(11 * 60)
    # 09:00 block of A dragged to 11:00 of B
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, nine, col_a))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, eleven, col_b))
    qtbot.waitUntil(lambda: window.ui.messageLabel.isVisible() and "O.S. nº" in window.ui.messageLabel.text(),
                    timeout=GUI_WAIT_MS)
    moved = api(live_server, operator_token, "GET", f"/service-orders/{first['id']}")
    assert (moved["technician_id"], moved["start"], moved["end"]) == (b["id"], "11:00", "12:00")
    qtbot.waitUntil(lambda: window.grid_model.block_at(eleven, col_b) is not None, timeout=GUI_WAIT_MS)
    # A's 13:00–15:00 block dragged onto B's 11:00–12:00 (grabbed at 13:00, dropped at 11:30): refused
    one_pm, half_eleven = slots.row_of(13 * 60), slots.row_of(11 * 60 + 30)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, one_pm, col_a))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, half_eleven, col_b))
    qtbot.waitUntil(lambda: "Horário ocupado" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
    assert "Horários livres mais próximos" in window.ui.messageLabel.text()
    _shot(window, "agenda-refused-drag.png")
    # resize: the bottom row of A's 13:00–15:00 block dragged down to 15:30–16:00 → ends at 16:00
    last_row = slots.row_of(14 * 60 + 30)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, last_row, col_a))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_cell_point(window, slots.row_of(15 * 60 + 30), col_a))
    qtbot.waitUntil(lambda: api(live_server, operator_token, "GET", f"/service-orders/{second['id']}")["end"]
                    == "16:00", timeout=GUI_WAIT_MS)


def test_schedule_an_order_and_add_a_task_from_the_ticket(qtbot, logged_api, live_server,  # noqa: F811
                                                          desk, ticket_window):  # noqa: F811
    technician = new_technician(live_server, "Xavier Janela Teste")
    ticket = desk.open("operador")
    window = ticket_window(logged_api, ticket["id"])
    dialog = _alt(qtbot, window, Qt.Key.Key_A)                       # &Agendar O.S.
    form = dialog.form
    qtbot.waitUntil(lambda: form.ui.technicianCombo.count() > 1 and form.ui.typeCombo.count() > 1, timeout=WAIT)
    form.ui.technicianCombo.setFocus()
    qtbot.keyClicks(form.ui.technicianCombo, "Xavier")
    qtbot.keyClick(form.ui.technicianCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)     # status: Agendada
    qtbot.keyClicks(QApplication.focusWidget(), "Vistoria")         # Tipo de OS
    assert dialog.data["technician_id"] == technician["id"] and dialog.data["duration_minutes"] == 30
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)   # Salvar (the default button)
    qtbot.waitUntil(lambda: "service_order_created" in [e["kind"] for e in window.events], timeout=WAIT)
    dialog = _alt(qtbot, window, Qt.Key.Key_I)                       # &Incluir tarefa
    qtbot.keyClicks(dialog.form.ui.titleEdit, "Confirmar visita com o cliente")
    qtbot.keyClick(dialog.form.ui.titleEdit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.form.ui.assigneeCombo.count() > 1, timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "Suporte")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "task_created" in [e["kind"] for e in window.events], timeout=WAIT)
