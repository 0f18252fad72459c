"""Tasks ("Tarefa", seed 001 §4.2.11): an internal to-do of a ticket, for a user or a cargo.

Staff create and change any task; a technician only tasks assigned to them or to one of their cargos.
Creating and finishing a task are history events of its ticket; the caller commits.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models import User, cargo_members
from ..models.tasks import Task
from ..models.tickets import Ticket
from .errors import Forbidden, NotFound
from .roles import STAFF
from .tickets.lifecycle import Destination, add_event, check_destination


@dataclass
class TaskDraft:
    title: str
    assignee: Destination
    description: str | None = None
    due_date: date | None = None


def is_late(task: Task, today: date) -> bool:
    return not task.done and task.due_date is not None and task.due_date < today


def assignee_name(task: Task) -> str:
    return task.assigned_user.name if task.assigned_user is not None else task.assigned_cargo.name


def create(session: Session, user: User, ticket: Ticket, draft: TaskDraft, *, now: datetime,
           idempotency_key: str | None = None) -> Task:
    person, cargo = check_destination(session, draft.assignee)
    task = Task(ticket=ticket, title=draft.title, description=draft.description, assigned_user=person,
                assigned_cargo=cargo, due_date=draft.due_date, created_by=user, created_at=now,
                idempotency_key=idempotency_key)
    session.add(task)
    session.flush()
    due = f", prazo {draft.due_date:%d/%m/%Y}" if draft.due_date else ""
    add_event(session, ticket, "task_created", user, now,
              text=f"Tarefa nº {task.id} \u201c{task.title}\u201d para {assignee_name(task)}{due}.",
              data={"task_id": task.id})
    return task


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> Task | None:
    return session.scalar(select(Task).where(Task.created_by_id == user_id, Task.idempotency_key == key))


def mine_clause(user: User):
    cargos = select(cargo_members.c.cargo_id).where(cargo_members.c.user_id == user.id)
    return or_(Task.assigned_user_id == user.id, Task.assigned_cargo_id.in_(cargos))


def can_change(session: Session, user: User, task: Task) -> bool:
    if user.role in STAFF:
        return True
    if task.assigned_user_id == user.id:
        return True
    return task.assigned_cargo_id is not None and task.assigned_cargo_id in {c.id for c in user.cargos}


def get_for_change(session: Session, user: User, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("Tarefa não encontrada.")
    if not can_change(session, user, task):
        raise Forbidden("Esta tarefa não é sua nem de um cargo seu.")
    return task


@dataclass
class TaskChanges:
    fields: dict  # only what the request carried: title, description, due_date, done, assignee


def change(session: Session, user: User, task: Task, changes: TaskChanges, *, now: datetime) -> Task:
    values = changes.fields
    for name in ("title", "description", "due_date"):
        if name in values and (values[name] is not None or name != "title"):
            setattr(task, name, values[name])
    if values.get("assignee") is not None:
        person, cargo = check_destination(session, values["assignee"])
        task.assigned_user, task.assigned_cargo = person, cargo
        add_event(session, task.ticket, "task_reassigned", user, now,
                  text=f"Tarefa nº {task.id} passada para {assignee_name(task)}.", data={"task_id": task.id})
    if "done" in values and values["done"] is not None and values["done"] != task.done:
        task.done = values["done"]
        task.done_at, task.done_by = (now, user) if task.done else (None, None)
        word = "concluída" if task.done else "reaberta"
        add_event(session, task.ticket, "task_done" if task.done else "task_reopened", user, now,
                  text=f"Tarefa nº {task.id} \u201c{task.title}\u201d {word}.", data={"task_id": task.id})
    return task
