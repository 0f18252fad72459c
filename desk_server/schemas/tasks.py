"""Tasks on the wire."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import ConfigDict

from .common import DbId, Schema, clean
from .orm import related
from .tickets import ProtocolOwnerOut


class Strict(Schema):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


class AssigneeIn(Strict):
    user_id: DbId | None = None
    cargo_id: DbId | None = None


class TaskCreate(Strict):
    title: clean(1, 200)
    description: clean(0, 5000) | None = None
    assignee: AssigneeIn
    due_date: date | None = None


class TaskUpdate(Strict):
    title: clean(1, 200) | None = None
    description: clean(0, 5000) | None = None
    assignee: AssigneeIn | None = None
    due_date: date | None = None
    done: bool | None = None


class AssigneeOut(Schema):
    user_id: int | None = None
    cargo_id: int | None = None
    name: str


class TaskOut(ProtocolOwnerOut):
    id: int
    ticket_id: int
    protocol: str = related("ticket", "protocol")
    title: str
    description: str | None = None
    assignee: AssigneeOut
    due_date: date | None = None
    late: bool
    done: bool
    done_at: datetime | None = None
    done_by_id: int | None = None
    done_by_name: str | None = related("done_by", "name", default=None)
    created_by_id: int
    created_by_name: str = related("created_by", "name")
    created_at: datetime
