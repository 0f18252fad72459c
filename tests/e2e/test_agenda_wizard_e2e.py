"""Pedir O.S. and Tarefa in the wizard, with the keyboard, against a real server: the refused slot
shows the O.S. in the way and the nearest free ones; Finalizar with the server down sends the ticket,
exactly one O.S. and one task once it is back (the follow-ups' Idempotency-Keys).
Moved from tests/client/test_agenda_wizard.py (issue 8): the outbox delivers to the real server after it comes back."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..client.agenda_support import book, new_technician
from .helpers import (
    ALT,
    CTRL,
    KEY_WAIT_MS,
    Key,
    api_get,
    choose_type_and_checks,
    demo_client,
    fill_to_first_contact,
    focused,
    login,
    open_wizard,
    press,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


def test_service_order_and_task_travel_with_the_ticket_through_the_outbox(qtbot, controller, private_live_server):
    server = private_live_server
    token = server.token("operador")
    technician = new_technician(server, "Zeca Teste Souza")
    blocker = book(server, token, technician["id"], "09:00", 60)
    client = demo_client(server, token)
    window = login(qtbot, controller, server)
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

    server.stop()
    press(qtbot, Key.Key_Return, CTRL)                             # Finalizar with the server down
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=45_000)
    summary = launcher.last_summary
    server.start()
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=45_000)
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=45_000)
    token = server.token("operador")
    ticket_id = summary.ticket["id"]
    orders = api_get(server, token, f"/tickets/{ticket_id}/service-orders")["items"]
    assert len(orders) == 1
    assert (orders[0]["technician_id"], orders[0]["start"], orders[0]["end"]) == (technician["id"], "10:00", "11:00")
    tasks = api_get(server, token, "/tasks", ticket_id=ticket_id)["items"]
    assert [(t["title"], t["assignee"]["name"]) for t in tasks] == [("Levar ONU reserva", "Técnico de Campo")]
    summary.close()
