"""Minhas tarefas against a real server: the user's and their cargos' tasks, late ones in red with
the word, Enter marks the selected one done; the Qt-free due text."""
from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desk_client.tasks.rules import due_text
from tests.waits import GUI_WAIT_MS

from .agenda_support import api, open_ticket_id


def test_due_text_says_late_in_words():
    today = date(2026, 12, 2)
    assert due_text({"due_date": "2026-11-30"}, today) == ("30/11/2026 — ATRASADA (2 dias)", "late")
    assert due_text({"due_date": "2026-12-02"}, today) == ("02/12/2026 — vence hoje", "today")
    assert due_text({"due_date": "2026-12-09"}, today) == ("09/12/2026", "ok")
    assert due_text({"due_date": "2026-11-01", "done": True}, today) == ("Concluída", "done")
    assert due_text({}, today) == ("sem prazo", "ok")


def test_my_tasks_late_in_red_and_enter_marks_done(qtbot, logged_api, live_server, operator_token):
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
