"""The agenda against a real server process: a block dragged to another technician is moved on the
server, the server refuses an overlap with its rule and message, a block resized ends later on the
server; from the ticket window, Agendar O.S. (Alt+A) and Incluir tarefa (Alt+I) with the keyboard
land in the ticket's history.
Moved from tests/client/test_agenda_window.py and test_agenda_ticket_window.py (issue 8): saved, then
read back from the server. The agenda's views, its keyboard and the O.S. form are tested on canned
JSON in tests/client/test_agenda_window.py."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from tests.waits import GUI_WAIT_MS

from ..client.agenda_support import api, book, new_technician
from ..client.agenda_window_support import (
    move_then_refused_overlap,
    open_agenda,
    resize_to_four_pm,
    schedule_and_add_task,
    shot,
)
from ..client.workspace_support import desk, ticket_window  # noqa: F401  (fixtures)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(180)]


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


def test_drag_moves_to_another_technician_and_the_server_refuses_an_overlap(qtbot, logged_api, live_server,  # noqa: F811
                                                                          operator_token, two_technicians):  # noqa: F811
    day, a, b, first, second = two_technicians
    window = open_agenda(qtbot, logged_api, day, technician_id=a["id"])

    def moved():
        moved = api(live_server, operator_token, "GET", f"/service-orders/{first['id']}")
        assert (moved["technician_id"], moved["start"], moved["end"]) == (b["id"], "11:00", "12:00")

    move_then_refused_overlap(qtbot, window, a, b, on_moved=moved)
    shot(window, "agenda-refused-drag.png")
    resize_to_four_pm(qtbot, window, a)
    qtbot.waitUntil(lambda: api(live_server, operator_token, "GET", f"/service-orders/{second['id']}")["end"]
                    == "16:00", timeout=GUI_WAIT_MS)


def test_schedule_an_order_and_add_a_task_from_the_ticket(qtbot, logged_api, live_server,  # noqa: F811
                                                          desk, ticket_window):  # noqa: F811
    technician = new_technician(live_server, "Xavier Janela Teste")
    ticket = desk.open("operador")
    window = ticket_window(logged_api, ticket["id"])
    schedule_and_add_task(qtbot, window, technician)
