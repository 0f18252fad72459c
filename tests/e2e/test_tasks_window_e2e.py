"""Minhas tarefas against a real server: the user's tasks created on the server, late ones in red with
the word, Enter marks the selected one done and the server says so. (The Qt-free due text is in
tests/client/test_tasks_window.py.)"""
from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from ..client.agenda_support import api, open_ticket_id
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


def test_my_tasks_late_in_red_and_enter_marks_done(qtbot, logged_api, live_server, operator_token):  # noqa: F811
    from desk_client.tasks.tasks_window import TasksWindow

    ticket_id = open_ticket_id(live_server, operator_token)
    tag = uuid.uuid4().hex[:5]
    me = {"user_id": logged_api.user.get("id") or api(live_server, operator_token, "GET", "/users/me")["id"]}
    late = api(live_server, operator_token, "POST", f"/tickets/{ticket_id}/tasks", json={
        "title": f"Retornar ao cliente {tag}", "assignee": me,
        "due_date": (date.today() - timedelta(days=3)).isoformat()})
    later = api(live_server, operator_token, "POST", f"/tickets/{ticket_id}/tasks", json={
        "title": f"Conferir boleto {tag}", "assignee": me, "due_date": (date.today() + timedelta(days=3)).isoformat()})
    window = TasksWindow(logged_api)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    qtbot.waitUntil(lambda: any(t["id"] == late["id"] for t in window.tasks), timeout=GUI_WAIT_MS)
    table = window.ui.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    row = rows[late["title"]]
    assert "ATRASADA (3 dias)" in table.item(row, 0).text()
    assert table.item(row, 1).foreground().color().name() == "#b42318"
    assert "ATRASADA" not in table.item(rows[later["title"]], 0).text()
    assert "atrasada(s)" in window.ui.countLabel.text()
    if os.environ.get("ISP_DESK_SCREENSHOTS_DIR"):
        window.grab().save(str(Path(os.environ["ISP_DESK_SCREENSHOTS_DIR"]) / "my-tasks.png"))
    table.setFocus()
    table.selectRow(row)
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not any(t["id"] == late["id"] for t in window.tasks), timeout=GUI_WAIT_MS)
    assert api(live_server, operator_token, "GET", f"/tasks/{late['id']}")["done"] is True
