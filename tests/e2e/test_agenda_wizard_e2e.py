"""Pedir O.S. and Tarefa in the wizard, with the keyboard, against a real server: the refused slot
shows the O.S. in the way and the nearest free ones; Finalizar with the server down sends the ticket,
exactly one O.S. and one task once it is back (the follow-ups' Idempotency-Keys).
Moved from tests/client/test_agenda_wizard.py (issue 8): the outbox delivers to the real server after it comes back."""
from __future__ import annotations

import pytest

from ..client.agenda_support import book, new_technician
from ..client.wizard_support import (
    delivered,
    finalized,
    service_order_and_task_with_the_keyboard,
    wizard_at_first_contact,
)
from .helpers import CTRL, Key, api_get, demo_client, press

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def test_service_order_and_task_travel_with_the_ticket_through_the_outbox(qtbot, controller, private_live_server):
    server = private_live_server
    token = server.token("operador")
    technician = new_technician(server, "Zeca Teste Souza")
    blocker = book(server, token, technician["id"], "09:00", 60)
    client = demo_client(server, token)
    launcher, wizard = wizard_at_first_contact(qtbot, controller, server, client)
    service_order_and_task_with_the_keyboard(qtbot, wizard, technician, blocker)

    server.stop()
    press(qtbot, Key.Key_Return, CTRL)                             # Finalizar with the server down
    summary = finalized(qtbot, launcher, 45_000)
    server.start()
    ticket_id = delivered(qtbot, launcher, summary, 45_000)
    token = server.token("operador")
    orders = api_get(server, token, f"/tickets/{ticket_id}/service-orders")["items"]
    assert len(orders) == 1
    assert (orders[0]["technician_id"], orders[0]["start"], orders[0]["end"]) == (technician["id"], "10:00", "11:00")
    tasks = api_get(server, token, "/tasks", ticket_id=ticket_id)["items"]
    assert [(t["title"], t["assignee"]["name"]) for t in tasks] == [("Levar ONU reserva", "Técnico de Campo")]
    summary.close()
