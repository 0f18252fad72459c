"""The agenda window and the ticket window's Agendar O.S. / Incluir tarefa, driven the same way by their
widget tests on a recorded session (tests/client/test_agenda_window.py, test_agenda_ticket_window.py, a
FakeApi) and against a real server (tests/e2e/test_agenda_e2e.py): each flow takes the api or the window
as a parameter and asserts what both see; the caller checks what only it can (the requests a FakeApi
got, what the server reads back)."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.waits import GUI_WAIT_MS

SHOTS = os.environ.get("ISP_DESK_SCREENSHOTS_DIR")
WAIT = GUI_WAIT_MS
ALT = Qt.KeyboardModifier.AltModifier


# The live demo server's answers to a ticket window session (Agendar O.S., Incluir tarefa), captured once:
# "requests" are {method, path, params, json, headers, status, body} in the order the window sent them.
TICKET_WINDOW_SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "agenda_ticket_window_session.json")
                                   .read_text(encoding="utf-8"))
CAPTURE_DAY = next(e["params"]["date_from"] for e in TICKET_WINDOW_SESSION["requests"] if e["path"] == "/service-orders")


def same_day(path: str, params: dict) -> dict:
    """The form asks for the technician's agenda of today: today's stands for the capture day's."""
    if path == "/service-orders" and params.get("date_from") == date.today().isoformat():
        return dict(params, date_from=CAPTURE_DAY, date_to=CAPTURE_DAY)
    return params


def ticket_window_session_api(qapp, **user):
    """For a fixture (`yield from ...`): a FakeApi signed in as the demo operator (`user` adds to it, e.g.
    id), answering as the server answered TICKET_WINDOW_SESSION; every request it is sent must have its
    recorded answer."""
    from .session_support import checked, operator_fake_api

    fake = operator_fake_api(qapp, **user)
    fake.replay_as_recorded(TICKET_WINDOW_SESSION["requests"], same=same_day)
    yield from checked(fake)


def made_active(qtbot, window) -> None:
    """`window` activated and waited for: its shortcuts and mnemonics need it active (at once offscreen,
    on a later turn under xcb)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def _nothing(*_args) -> None:
    return None


def shot(widget, name: str) -> None:
    """A screenshot of `widget` in ISP_DESK_SCREENSHOTS_DIR, when it is set."""
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def open_agenda(qtbot, api, day, **kw):
    """The agenda window on `api` for `day` (1366×720, shown), once its grid is drawn."""
    from desk_client.service_orders.agenda_window import AgendaWindow

    window = AgendaWindow(api, api.user, day=day.isoformat(), **kw)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    made_active(qtbot, window)
    qtbot.waitUntil(lambda: window.grid_model is not None or window.week and window.ui.grid.rowCount() == 7,
                    timeout=GUI_WAIT_MS)
    return window


def column(window, technician) -> int:
    return next(i for i, t in enumerate(window.technicians) if t["id"] == technician["id"])


def cell_point(window, row: int, col: int) -> QPoint:
    """The middle of one row of a column (inside a block spanning several rows, that row's part)."""
    grid = window.ui.grid
    return QPoint(grid.columnViewportPosition(col) + grid.columnWidth(col) // 2,
                  grid.rowViewportPosition(row) + grid.rowHeight(row) // 2)


def drag(qtbot, window, row: int, col: int, to_row: int, to_col: int) -> None:
    """The mouse pressed on (row, col) of the grid and released on (to_row, to_col)."""
    viewport = window.ui.grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=cell_point(window, row, col))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=cell_point(window, to_row, to_col))


def move_then_refused_overlap(qtbot, window, a: dict, b: dict, on_moved=_nothing) -> None:
    """A's 09:00 block dragged to 11:00 of B (the window says so; `on_moved()` runs then), then A's
    13:00–15:00 block dragged onto it (grabbed at 13:00, dropped at 11:30): the window shows the
    server's refusal with the nearest free slots."""
    from desk_client.service_orders import slots

    col_a, col_b = column(window, a), column(window, b)
    nine, eleven = slots.row_of(9 * 60), slots.row_of(11 * 60)
    drag(qtbot, window, nine, col_a, eleven, col_b)
    qtbot.waitUntil(lambda: window.ui.messageLabel.isVisible() and "O.S. nº" in window.ui.messageLabel.text(),
                    timeout=GUI_WAIT_MS)
    on_moved()
    qtbot.waitUntil(lambda: window.grid_model.block_at(eleven, col_b) is not None, timeout=GUI_WAIT_MS)
    drag(qtbot, window, slots.row_of(13 * 60), col_a, slots.row_of(11 * 60 + 30), col_b)
    qtbot.waitUntil(lambda: "Horário ocupado" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
    assert "Horários livres mais próximos" in window.ui.messageLabel.text()


def resize_to_four_pm(qtbot, window, a: dict) -> None:
    """The bottom row of A's 13:00–15:00 block dragged down to 15:30–16:00 (to end at 16:00)."""
    from desk_client.service_orders import slots

    col_a = column(window, a)
    drag(qtbot, window, slots.row_of(14 * 60 + 30), col_a, slots.row_of(15 * 60 + 30), col_a)


def side_dialog(qtbot, window, key):
    """Alt+`key` in the ticket window: its side dialog, shown and active."""
    made_active(qtbot, window)
    qtbot.keyClick(window, key, ALT)
    qtbot.waitUntil(lambda: getattr(window, "side_dialog", None) is not None
                    and window.side_dialog.isVisible(), timeout=WAIT)
    dialog = window.side_dialog
    made_active(qtbot, dialog)
    return dialog


def schedule_and_add_task(qtbot, window, technician: dict, on_scheduled=_nothing) -> None:
    """From the ticket window, with the keyboard: Agendar O.S. (Alt+A) for `technician` ("Xavier...",
    Vistoria, 30 min) saved and in the ticket's history (`on_scheduled()` runs then); Incluir tarefa
    (Alt+I) "Confirmar visita com o cliente" for the cargo Suporte saved and in the history."""
    dialog = side_dialog(qtbot, window, Qt.Key.Key_A)                # &Agendar O.S.
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
    on_scheduled()
    dialog = side_dialog(qtbot, window, Qt.Key.Key_I)                # &Incluir tarefa
    qtbot.keyClicks(dialog.form.ui.titleEdit, "Confirmar visita com o cliente")
    qtbot.keyClick(dialog.form.ui.titleEdit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.form.ui.assigneeCombo.count() > 1, timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "Suporte")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "task_created" in [e["kind"] for e in window.events], timeout=WAIT)
