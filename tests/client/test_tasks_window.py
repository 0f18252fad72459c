"""Minhas tarefas: the Qt-free due text. The window against a real server (the user's and their
cargos' tasks, late ones in red with the word, Enter marks the selected one done) is in
tests/e2e/test_tasks_window_e2e.py."""
from __future__ import annotations

from datetime import date

from desk_client.tasks.rules import due_text


def test_due_text_says_late_in_words():
    today = date(2026, 12, 2)
    assert due_text({"due_date": "2026-11-30"}, today) == ("30/11/2026 — ATRASADA (2 dias)", "late")
    assert due_text({"due_date": "2026-12-02"}, today) == ("02/12/2026 — vence hoje", "today")
    assert due_text({"due_date": "2026-12-09"}, today) == ("09/12/2026", "ok")
    assert due_text({"due_date": "2026-11-01", "done": True}, today) == ("Concluída", "done")
    assert due_text({}, today) == ("sem prazo", "ok")
