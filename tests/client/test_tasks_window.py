"""Minhas tarefas: the Qt-free due text, and the window on canned JSON (tests/client/fake_api.py): what
the live demo server answered to the window, captured once into tests/client/canned/tasks_window_session.json
(the window's today is the capture day). The window against a real server (tasks created on the
server, Enter marks one done and the server says so) is in tests/e2e/test_tasks_window_e2e.py."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_client.tasks.rules import due_text

from .fake_api import FakeApi
from .live_support import DEMO_USERS, WAIT_MS

CANNED = Path(__file__).resolve().parent / "canned"


def test_due_text_says_late_in_words():
    today = date(2026, 12, 2)
    assert due_text({"due_date": "2026-11-30"}, today) == ("30/11/2026 — ATRASADA (2 dias)", "late")
    assert due_text({"due_date": "2026-12-02"}, today) == ("02/12/2026 — vence hoje", "today")
    assert due_text({"due_date": "2026-12-09"}, today) == ("09/12/2026", "ok")
    assert due_text({"due_date": "2026-11-01", "done": True}, today) == ("Concluída", "done")
    assert due_text({}, today) == ("sem prazo", "ok")


@pytest.fixture
def session():
    return json.loads((CANNED / "tasks_window_session.json").read_text(encoding="utf-8"))


@pytest.fixture
def api(qapp, session):
    """A FakeApi signed in as the demo operator (pt_BR, like the app): the live server's recorded answers."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS["operador"]
    fake = FakeApi({"id": 1, "username": "operador", "role": role, "name": name})
    fake.replay(session["requests"])
    yield fake
    assert fake.unanswered == []  # every request the window sent had its recorded answer
    fake.close()


@pytest.mark.gui
@pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")
def test_my_tasks_late_in_red_and_enter_sends_done_on_the_recorded_session(qtbot, api, session, monkeypatch):
    from desk_client.tasks import tasks_window
    from desk_client.tasks.tasks_window import TasksWindow

    captured_on = date.fromisoformat(session["captured_on"])

    class CaptureDay(date):
        @classmethod
        def today(cls):
            return captured_on

    monkeypatch.setattr(tasks_window, "date", CaptureDay)
    listed = session["requests"][0]["body"]["items"]
    late_id, later_id = session["late_id"], session["later_id"]
    window = TasksWindow(api)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    qtbot.waitUntil(lambda: any(t["id"] == late_id for t in window.tasks), timeout=WAIT_MS)
    assert api.sent("GET", "/tasks")[0]["params"] == {"mine": "true", "done": "false"}
    table = window.ui.table
    assert table.rowCount() == len(listed)
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    late = next(t for t in listed if t["id"] == late_id)
    later = next(t for t in listed if t["id"] == later_id)
    row = rows[late["title"]]
    assert table.item(row, 0).text() == f"{date.fromisoformat(late['due_date']):%d/%m/%Y} — ATRASADA (3 dias)"
    assert table.item(row, 1).foreground().color().name() == "#b42318"
    assert table.item(row, 1).toolTip() == late["description"]
    assert table.item(row, 2).text() == late["protocol_formatted"]
    assert table.item(row, 3).text() == "Ana Paula Souza"
    assert "ATRASADA" not in table.item(rows[later["title"]], 0).text()
    assert table.item(rows[later["title"]], 1).foreground().color().name() != "#b42318"
    overdue = sum(1 for t in listed if t.get("due_date") and date.fromisoformat(t["due_date"]) < captured_on)
    assert window.ui.countLabel.text() == f"{len(listed)} tarefa(s), {overdue} atrasada(s)"
    assert "atrasada(s)" in window.ui.countLabel.text()

    table.setFocus()
    table.selectRow(row)
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not any(t["id"] == late_id for t in window.tasks), timeout=WAIT_MS)
    assert [r["json"] for r in api.sent("PATCH", f"/tasks/{late_id}")] == [{"done": True}]  # only the chosen one
    assert not [r for r in api.requests if r.get("method") == "PATCH" and r["path"] != f"/tasks/{late_id}"]
    assert len(api.sent("GET", "/tasks")) == 2  # reloaded after the answer
    assert window.ui.messageLabel.text() == f"Tarefa “{late['title']}” concluída."
    assert table.rowCount() == len(listed) - 1
