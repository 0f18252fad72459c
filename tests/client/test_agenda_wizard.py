"""Pedir O.S. and Tarefa in the wizard, with the keyboard, on a recorded session (tests/client/fake_api.py):
the refused slot shows the O.S. in the way and the nearest free ones; Finalizar sends the ticket, then
its O.S. and its task, each once with its own Idempotency-Key. The live demo server's answers were
captured once into tests/client/canned/agenda_wizard_session.json (a fresh technician with an O.S. at
09:00–10:00 today; "requests": {method, path, params, json, headers, status, body} in the order sent).
Finalizar with the server down, exactly one O.S. and one task once it is back, runs against a real
server process in tests/e2e/test_agenda_wizard_e2e.py."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..e2e.helpers import (
    ALT,
    CTRL,
    KEY_WAIT_MS,
    Key,
    choose_type_and_checks,
    fill_to_first_contact,
    focused,
    login,
    open_wizard,
    press,
    type_text,
)
from .fake_api import FakeApi

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]

SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "agenda_wizard_session.json")
                     .read_text(encoding="utf-8"))
CAPTURE_DAY = next(e["params"]["date_from"] for e in SESSION["requests"] if e["path"] == "/service-orders")
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers


def same_day(path: str, params: dict) -> dict:
    """The O.S. form asks for the technician's agenda of today: today's stands for the capture day's."""
    if path == "/service-orders" and params.get("date_from") == date.today().isoformat():
        return dict(params, date_from=CAPTURE_DAY, date_to=CAPTURE_DAY)
    return params


@pytest.fixture
def api(qapp, controller):
    """The login dialog makes this FakeApi, which answers as the live server answered the session."""
    fake = FakeApi()
    fake.replay_as_recorded(SESSION["requests"], same=same_day)
    controller.make_api = lambda _url: fake
    yield fake
    assert fake.unanswered == []  # every request of the session had its recorded answer
    fake.close()


def test_service_order_and_task_travel_with_the_ticket_through_the_outbox(qtbot, controller, api):
    technician, blocker, client = SESSION["technician"], SESSION["blocker"], SESSION["client"]
    window = login(qtbot, controller, SERVER)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    fill_to_first_contact(qtbot, wizard, client, "Sem sinal desde ontem.")
    choose_type_and_checks(qtbot, wizard, "Sem", "Luz LOS vermelha.")
    first = wizard.pages["first_contact"]
    assert first.ui.serviceOrderButton.isEnabled() and first.ui.taskButton.isEnabled()
    press(qtbot, Key.Key_O, ALT)                                   # Pedir &O.S. (a mnemonic clicks after ~100 ms)
    qtbot.waitUntil(lambda: first.ui.serviceOrderButton.isChecked(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_E, ALT)                                   # Tar&efa
    qtbot.waitUntil(lambda: first.ui.taskButton.isChecked(), timeout=KEY_WAIT_MS)
    assert [s.key for s in wizard.registry.applicable(wizard.state)][-2:] == ["service_order", "task"]
    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "service_order"
    form = wizard.pages["service_order"].form
    qtbot.waitUntil(lambda: form.ui.technicianCombo.count() > 1 and form.ui.typeCombo.count() > 1,
                    timeout=KEY_WAIT_MS)
    assert focused() is form.ui.technicianCombo
    type_text(qtbot, "Zeca")                                       # keyboard search in the combo (QTest types ASCII only)
    assert form.data["technician_id"] == technician["id"]
    press(qtbot, Key.Key_Tab)                                      # status: Agendada
    assert form.data["status"] == "scheduled"
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Reparo")                                     # Tipo de OS
    assert form.data["type_name"] == "Reparo sem conexão" and form.data["duration_minutes"] == 60
    press(qtbot, Key.Key_Tab)                                      # Data: today by default
    press(qtbot, Key.Key_Tab)
    assert focused() is form.ui.startEdit
    type_text(qtbot, "0930")                                       # 09:30 overlaps the blocker
    qtbot.waitUntil(lambda: form.data.get("busy_for") == [technician["id"], form.data["date"]], timeout=KEY_WAIT_MS)
    assert form.data["start"] == "09:30"
    qtbot.waitUntil(lambda: form.ui.conflictLabel.isVisible(), timeout=KEY_WAIT_MS)
    assert "09:00–10:00" in form.ui.conflictLabel.text() and blocker["protocol_formatted"] in form.ui.conflictLabel.text()
    assert form.offered_texts()[:2] == ["1 10:00–11:00", "2 08:00–09:00"]
    if os.environ.get("ISP_DESK_SCREENSHOTS_DIR"):
        wizard.grab().save(str(Path(os.environ["ISP_DESK_SCREENSHOTS_DIR"]) / "wizard_7_os_agenda_ocupado.png"))
    press(qtbot, Key.Key_Return, CTRL)                             # refused: still on the step, focus on Início
    assert wizard.current.key == "service_order" and focused() is form.ui.startEdit
    press(qtbot, Key.Key_1, ALT)                                   # the first offered slot
    qtbot.waitUntil(lambda: form.data["start"] == "10:00", timeout=KEY_WAIT_MS)
    assert not form.ui.conflictLabel.isVisible()
    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "task"
    task_form = wizard.pages["task"].form
    assert focused() is task_form.ui.titleEdit
    type_text(qtbot, "Levar ONU reserva")
    press(qtbot, Key.Key_Tab)
    qtbot.waitUntil(lambda: task_form.ui.assigneeCombo.count() > 1, timeout=KEY_WAIT_MS)
    type_text(qtbot, "T")                                          # cargo Técnico de Campo
    assert wizard.state.task["assignee"]["name"] == "Técnico de Campo"
    assert api.sent("POST", "/tickets") == []                      # nothing sent before Finalizar

    press(qtbot, Key.Key_Return, CTRL)                             # Finalizar
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=KEY_WAIT_MS)
    summary = launcher.last_summary
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=KEY_WAIT_MS)
    ticket_id = summary.ticket["id"]
    [ticket] = api.sent("POST", "/tickets")
    [order] = api.sent("POST", f"/tickets/{ticket_id}/service-orders")
    [task] = api.sent("POST", f"/tickets/{ticket_id}/tasks")
    assert (order["json"]["technician_id"], order["json"]["start"], order["json"]["duration_minutes"],
            order["json"]["date"]) == (technician["id"], "10:00", 60, date.today().isoformat())
    cargo = next(c["id"] for c in next(e for e in SESSION["requests"] if e["path"] == "/cargos")["body"]["items"]
                 if c["name"] == "Técnico de Campo")
    assert (task["json"]["title"], task["json"]["assignee"]) == ("Levar ONU reserva", {"cargo_id": cargo})
    keys = [r["headers"]["Idempotency-Key"] for r in (ticket, order, task)]
    assert all(keys) and len(set(keys)) == 3                       # each follow-up its own key
    assert ticket["json"]["client_id"] == client["id"] and ticket["json"]["problem"] == "Sem sinal desde ontem."
    summary.close()
