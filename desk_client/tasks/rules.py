"""What the Tarefa step keeps and checks, Qt-free; and how Minhas tarefas shows a task."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

from ..api import tasks
from ..wizard import step_data
from ..wizard.state import QT_TRANSLATE_NOOP, WizardState
from ..wizard.step_data import TaskDraft

KEY = "task"
WRITE_TITLE = QT_TRANSLATE_NOOP("Wizard", "Escreva o título da tarefa.")
PICK_ASSIGNEE = QT_TRANSLATE_NOOP("Wizard", "Escolha para quem é a tarefa (usuário ou cargo).")


def requested(state: WizardState) -> bool:
    return step_data.requested(state, KEY)


def data(state: WizardState) -> TaskDraft:
    return defaults(state.task)


def defaults(found: TaskDraft) -> TaskDraft:
    found.setdefault("title", "")
    found.setdefault("description", "")
    found.setdefault("assignee", None)  # {"kind": "user"|"cargo", "id", "name"}
    found.setdefault("due_date", (date.today() + timedelta(days=1)).isoformat())
    found.setdefault("idempotency_key", str(uuid.uuid4()))
    return found


def validate(state: WizardState) -> list[str]:
    return check(data(state))


def check(d: TaskDraft) -> list[str]:
    problems = []
    if not (d.get("title") or "").strip():
        problems.append(WRITE_TITLE)
    if not d.get("assignee"):
        problems.append(PICK_ASSIGNEE)
    return problems


def body(d: TaskDraft) -> dict:
    assignee = d["assignee"]
    key = "user_id" if assignee["kind"] == "user" else "cargo_id"
    return {"title": d["title"].strip(), "description": (d.get("description") or "").strip() or None,
            "assignee": {key: assignee["id"]}, "due_date": d.get("due_date") or None}


def follow_ups(state: WizardState) -> list[dict]:
    d = data(state)
    return [tasks.create_later(body(d), d["idempotency_key"])]


def due_text(task: dict, today: date) -> tuple[str, str]:
    """(text, state) for the Prazo column: state is "late", "today", "done" or "ok"; late ones say so
    in words, never by colour alone."""
    if task.get("done"):
        return "Concluída", "done"
    due = task.get("due_date")
    if not due:
        return "sem prazo", "ok"
    day = date.fromisoformat(due)
    shown = day.strftime("%d/%m/%Y")
    if day < today:
        days = (today - day).days
        return f"{shown} — ATRASADA ({days} dia{'s' if days > 1 else ''})", "late"
    if day == today:
        return f"{shown} — vence hoje", "today"
    return shown, "ok"
