"""Tasks: POST /tickets/{id}/tasks (Idempotency-Key), GET /tasks (mine, ticket_id, done, late),
GET/PATCH /tasks/{id}."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import tasks as rules
from ..domain.roles import TECHNICIAN
from ..domain.tickets.lifecycle import Destination
from ..models.tasks import Task
from ..schemas.common import DbId, ItemList
from ..schemas.tasks import AssigneeOut, TaskCreate, TaskOut, TaskUpdate
from .deps import CurrentUser, SessionDep, SettingsDep
from .idempotency import IdempotencyKey, create_once
from .routing import DeskRoute
from .tickets import ActionableTicket, Now

router = APIRouter(route_class=DeskRoute, tags=["tasks"])

_LOADS = (selectinload(Task.ticket), selectinload(Task.assigned_user), selectinload(Task.assigned_cargo),
          selectinload(Task.done_by), selectinload(Task.created_by))


def task_out(task: Task, today: date) -> TaskOut:
    assignee = AssigneeOut(user_id=task.assigned_user_id, cargo_id=task.assigned_cargo_id,
                           name=rules.assignee_name(task))
    return TaskOut.from_row(task, assignee=assignee, late=rules.is_late(task, today))


def _out(session, task_id: int, settings, now) -> TaskOut:
    task = session.scalar(select(Task).where(Task.id == task_id).options(*_LOADS))
    return task_out(task, now.astimezone(settings.tz).date())


def _destination(assignee) -> Destination:
    return Destination(user_id=assignee.user_id, cargo_id=assignee.cargo_id)


@router.post("/tickets/{ticket_id}/tasks", response_model=TaskOut, status_code=status.HTTP_201_CREATED)
def create_task(ticket: ActionableTicket, body: TaskCreate, response: Response, session: SessionDep,
                user: CurrentUser, settings: SettingsDep, now: Now, idempotency_key: IdempotencyKey = None):
    draft = rules.TaskDraft(title=body.title, description=body.description, due_date=body.due_date,
                            assignee=_destination(body.assignee))
    task_id = create_once(session, response, idempotency_key,
                          lambda key: rules.create(session, user, ticket, draft, now=now, idempotency_key=key).id,
                          lambda key: rules.find_by_idempotency_key(session, user.id, key))
    return _out(session, task_id, settings, now)


@router.get("/tasks", response_model=ItemList[TaskOut])
def list_tasks(session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now, mine: bool = False,
               ticket_id: DbId | None = None, done: bool | None = None, late: bool | None = None):
    """`mine=true`: tasks of the logged-in user and of their cargos (technicians always get only
    theirs). Late ones first, then by due date."""
    today = now.astimezone(settings.tz).date()
    query = select(Task).options(*_LOADS)
    if mine or user.role == TECHNICIAN:
        query = query.where(rules.mine_clause(user))
    if ticket_id is not None:
        query = query.where(Task.ticket_id == ticket_id)
    if done is not None:
        query = query.where(Task.done.is_(done))
    if late is not None:
        overdue = (Task.done.is_(False)) & (Task.due_date < today)
        query = query.where(overdue if late else ~overdue | Task.due_date.is_(None))
    query = query.order_by(Task.done, Task.due_date.is_(None), Task.due_date, Task.id).limit(500)
    return ItemList[TaskOut](items=[task_out(t, today) for t in session.scalars(query)])


def _changeable(task_id: DbId, session: SessionDep, user: CurrentUser) -> Task:
    """The task; 403 for a technician it is not assigned to (a dependency: before the body)."""
    return rules.get_for_change(session, user, task_id)


ChangeableTask = Annotated[Task, Depends(_changeable)]


@router.get("/tasks/{task_id}", response_model=TaskOut)
def get_task(task: ChangeableTask, session: SessionDep, settings: SettingsDep, now: Now):
    return _out(session, task.id, settings, now)


@router.patch("/tasks/{task_id}", response_model=TaskOut)
def update_task(task: ChangeableTask, body: TaskUpdate, session: SessionDep, user: CurrentUser,
                settings: SettingsDep, now: Now):
    fields = {name: getattr(body, name) for name in body.model_fields_set}
    if fields.get("assignee") is not None:
        fields["assignee"] = _destination(body.assignee)
    rules.change(session, user, task, rules.TaskChanges(fields), now=now)
    session.commit()
    return _out(session, task.id, settings, now)
