"""From the ticket window: Agendar O.S. (Alt+A) and Incluir tarefa (Alt+I) with the keyboard; both
land in the ticket's history. On canned JSON (tests/client/fake_api.py): the live demo server's
answers to the same session, captured once into tests/client/canned/agenda_ticket_window_session.json
("requests": {method, path, params, json, headers, status, body} in the order the window sent them).
The same against a real server process (the O.S. and the task saved, the history read back) is in
tests/e2e/test_agenda_e2e.py."""
from __future__ import annotations

from datetime import date

import pytest

from .agenda_window_support import TICKET_WINDOW_SESSION as SESSION
from .agenda_window_support import schedule_and_add_task, ticket_window_session_api
from .workspace_support import ticket_window  # noqa: F401  (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]


@pytest.fixture
def logged_api(qapp):
    """A FakeApi signed in as the demo operator (pt_BR locale, like the app), answering as the server
    answered the recorded session; every request it is sent must have its recorded answer."""
    yield from ticket_window_session_api(qapp)


def test_schedule_an_order_and_add_a_task_from_the_ticket(qtbot, logged_api, ticket_window):  # noqa: F811
    technician = SESSION["technician"]
    ticket = {"id": SESSION["ticket_id"]}
    window = ticket_window(logged_api, ticket["id"])

    def scheduled():
        [order] = logged_api.sent("POST", f"/tickets/{ticket['id']}/service-orders")
        vistoria = next(t["id"] for t in next(e for e in SESSION["requests"] if e["path"] == "/service-order-types")
                        ["body"]["items"] if t["name"].startswith("Vistoria"))
        assert order["json"] == {"technician_id": technician["id"], "type_id": vistoria,
                                 "date": date.today().isoformat(), "start": "08:00", "duration_minutes": 30,
                                 "status": "scheduled", "description": None}
        assert order["headers"]["Idempotency-Key"]

    schedule_and_add_task(qtbot, window, technician, on_scheduled=scheduled)
    [task] = logged_api.sent("POST", f"/tickets/{ticket['id']}/tasks")
    suporte = next(c["id"] for c in next(e for e in SESSION["requests"] if e["path"] == "/cargos")["body"]["items"]
                   if c["name"].startswith("Suporte"))
    assert task["json"]["title"] == "Confirmar visita com o cliente"
    assert task["json"]["assignee"] == {"cargo_id": suporte} and task["headers"]["Idempotency-Key"]
