"""From the ticket window: Agendar O.S. (Alt+A) and Incluir tarefa (Alt+I) with the keyboard; both
land in the ticket's history. On canned JSON (tests/client/fake_api.py): the live demo server's
answers to the same session, captured once into tests/client/canned/agenda_ticket_window_session.json
("requests": {method, path, params, json, headers, status, body} in the order the window sent them).
The same against a real server process (the O.S. and the task saved, the history read back) is in
tests/e2e/test_agenda_e2e.py."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.waits import GUI_WAIT_MS

from .fake_api import FakeApi
from .live_support import DEMO_USERS
from .workspace_support import ticket_window  # noqa: F401  (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]
WAIT = GUI_WAIT_MS
ALT = Qt.KeyboardModifier.AltModifier
SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "agenda_ticket_window_session.json")
                     .read_text(encoding="utf-8"))
CAPTURE_DAY = next(e["params"]["date_from"] for e in SESSION["requests"] if e["path"] == "/service-orders")


def same_day(path: str, params: dict) -> dict:
    """The form asks for the technician's agenda of today: today's stands for the capture day's."""
    if path == "/service-orders" and params.get("date_from") == date.today().isoformat():
        return dict(params, date_from=CAPTURE_DAY, date_to=CAPTURE_DAY)
    return params


@pytest.fixture
def logged_api(qapp):
    """A FakeApi signed in as the demo operator (pt_BR locale, like the app), answering as the server
    answered the recorded session; every request it is sent must have its recorded answer."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS["operador"]
    fake = FakeApi({"username": "operador", "role": role, "name": name})
    fake.replay_as_recorded(SESSION["requests"], same=same_day)
    yield fake
    assert fake.unanswered == []
    fake.close()


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


def test_schedule_an_order_and_add_a_task_from_the_ticket(qtbot, logged_api, ticket_window):  # noqa: F811
    technician = SESSION["technician"]
    ticket = {"id": SESSION["ticket_id"]}
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
    [order] = logged_api.sent("POST", f"/tickets/{ticket['id']}/service-orders")
    vistoria = next(t["id"] for t in next(e for e in SESSION["requests"] if e["path"] == "/service-order-types")
                    ["body"]["items"] if t["name"].startswith("Vistoria"))
    assert order["json"] == {"technician_id": technician["id"], "type_id": vistoria, "date": date.today().isoformat(),
                             "start": "08:00", "duration_minutes": 30, "status": "scheduled", "description": None}
    assert order["headers"]["Idempotency-Key"]
    dialog = _alt(qtbot, window, Qt.Key.Key_I)                       # &Incluir tarefa
    qtbot.keyClicks(dialog.form.ui.titleEdit, "Confirmar visita com o cliente")
    qtbot.keyClick(dialog.form.ui.titleEdit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.form.ui.assigneeCombo.count() > 1, timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "Suporte")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "task_created" in [e["kind"] for e in window.events], timeout=WAIT)
    [task] = logged_api.sent("POST", f"/tickets/{ticket['id']}/tasks")
    suporte = next(c["id"] for c in next(e for e in SESSION["requests"] if e["path"] == "/cargos")["body"]["items"]
                   if c["name"].startswith("Suporte"))
    assert task["json"]["title"] == "Confirmar visita com o cliente"
    assert task["json"]["assignee"] == {"cargo_id": suporte} and task["headers"]["Idempotency-Key"]
