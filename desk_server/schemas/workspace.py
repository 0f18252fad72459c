"""The workspace on the wire: status catalogue, actions, SLA, queue counts, change feed, history requests."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field, computed_field

from ..domain.labels import TICKET_CATEGORY
from .common import DbId, Schema, clean
from .orm import OrmOut
from .tickets import Strict, TicketOut

StatusCategory = Literal["open", "in_progress", "waiting_customer", "closed"]
SlaState = Literal["ok", "warning", "late", "paused"]
Position = Annotated[int, Field(ge=0, le=10_000, description="ordem na lista (0 a 10000)")]


class TicketStatusOut(Schema):
    id: int
    name: str
    category: StatusCategory
    active: bool
    position: int

    @computed_field
    @property
    def category_label(self) -> str:
        return TICKET_CATEGORY[self.category]


class TicketStatusCreate(Strict):
    name: clean(2, 80)
    category: StatusCategory
    active: bool = True
    position: Position = 0


class TicketStatusUpdate(Strict):
    name: clean(2, 80) | None = None
    category: StatusCategory | None = None
    active: bool | None = None
    position: Position | None = None


class MunicipalHolidayIn(Strict):
    day: date
    name: clean(2, 120)
    active: bool = True


class MunicipalHolidayUpdate(Strict):
    day: date | None = None
    name: clean(2, 120) | None = None
    active: bool | None = None


class MunicipalHolidayOut(Schema):
    id: int
    day: date
    name: str
    active: bool


class StatusChangeIn(Strict):
    status_id: DbId
    reason: clean(0, 5000) | None = None


class PauseIn(Strict):
    reason: clean(1, 5000)
    status_id: DbId | None = None


class ReasonIn(Strict):
    reason: clean(1, 5000)


class OptionalReasonIn(Strict):
    reason: clean(0, 5000) | None = None


class SlaOut(Schema):
    due_at: datetime
    state: SlaState
    paused_seconds: int
    used_seconds: int
    budget_seconds: int


class ViewerOut(Schema):
    user_id: int
    name: str
    seen_at: datetime


class WorkspaceTicketOut(TicketOut):
    """A ticket as the workspace shows it (GET /tickets, GET /tickets/{id} and the actions)."""

    status_id: int | None = None
    status_name: str | None = None
    status_category: StatusCategory | None = None
    sla: SlaOut | None = None
    answer_due_at: datetime | None = None
    read: bool | None = None
    updated_at: datetime | None = None
    cancelled_at: datetime | None = None
    client_name: str | None = None
    client_code: str | None = None
    city: str | None = None
    viewers: list[ViewerOut] | None = None
    last_event_id: int | None = None


class TicketPage(Schema):
    """A page of GET /tickets. Its rows are summaries: problem, checks, solution and close_reason cut
    to 200 characters (ending in "…"), and no script_report, receipt, viewers nor child_ids; the
    whole ticket is GET /tickets/{id}."""

    items: list[WorkspaceTicketOut]
    total: int
    offset: int
    limit: int


class QueueCountsOut(Schema):
    mine: int
    mine_unread: int
    my_cargos: int
    all_open: int
    late: int


class DuplicateRef(Schema):
    id: int
    protocol_formatted: str
    ticket_type: str
    opened_at: datetime
    status: str


class DuplicateCheckOut(Schema):
    open_same_type: list[DuplicateRef]
    recent: list[DuplicateRef]
    message: str | None = None


class ChangeOut(Schema):
    seq: int
    kind: str
    at: datetime
    ticket_id: int | None = None
    client_id: int | None = None
    user_id: int | None = None
    assigned_user_id: int | None = None
    assigned_cargo_id: int | None = None
    data: dict[str, Any] | None = None


class ChangesOut(Schema):
    items: list[ChangeOut]
    last_seq: int


class HistoryRequestIn(Strict):
    channel: Literal["email", "mail"]
    address: clean(3, 2000)
    note: clean(0, 2000) | None = None


class HistoryRequestOut(OrmOut):
    id: int
    client_id: int
    channel: Literal["email", "mail"]
    address: str
    requested_at: datetime
    requested_by: str
    due_at: datetime
    sent_at: datetime | None = None
    late: bool
    note: str | None = None
    delivery: str | None = None

    @computed_field
    @property
    def state(self) -> Literal["pending", "sent"]:
        return "sent" if self.sent_at else "pending"
