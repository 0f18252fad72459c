"""Pedir O.S. and Tarefa in the wizard, with the keyboard, on a recorded session (tests/client/fake_api.py):
the refused slot shows the O.S. in the way and the nearest free ones; Finalizar sends the ticket, then
its O.S. and its task, each once with its own Idempotency-Key. The live demo server's answers were
captured once into tests/client/canned/agenda_wizard_session.json (a fresh technician with an O.S. at
09:00–10:00 today; "requests": {method, path, params, json, headers, status, body} in the order sent).
Finalizar with the server down, exactly one O.S. and one task once it is back, runs against a real
server process in tests/e2e/test_agenda_wizard_e2e.py."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from ..e2e.helpers import CTRL, KEY_WAIT_MS, Key, press
from .session_support import recorded_api
from .wizard_support import (
    delivered,
    finalized,
    service_order_and_task_with_the_keyboard,
    wizard_at_first_contact,
)

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
    yield from recorded_api(controller, SESSION["requests"], as_recorded=True, same=same_day)


def test_service_order_and_task_travel_with_the_ticket_through_the_outbox(qtbot, controller, api):
    technician, blocker, client = SESSION["technician"], SESSION["blocker"], SESSION["client"]
    launcher, wizard = wizard_at_first_contact(qtbot, controller, SERVER, client)
    service_order_and_task_with_the_keyboard(qtbot, wizard, technician, blocker)
    assert api.sent("POST", "/tickets") == []                      # nothing sent before Finalizar

    press(qtbot, Key.Key_Return, CTRL)                             # Finalizar
    summary = finalized(qtbot, launcher, KEY_WAIT_MS)
    ticket_id = delivered(qtbot, launcher, summary, KEY_WAIT_MS)
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
