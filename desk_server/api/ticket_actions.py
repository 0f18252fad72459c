"""Workspace routes on tickets: the queue counts, status / pause / resume / take / cancel / reopen,
the read mark and "who else has it open". Thin: rules in domain/tickets/workflow.py.

Mounted before api/tickets.py so `/tickets/queue-counts` is not taken for a ticket id.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy.orm import Session

from ..domain.protocols import format_protocol
from ..domain.roles import MANAGERS
from ..domain.tickets import queries, sla_log, workflow
from ..models import User
from ..models.tickets import Ticket
from ..models.workspace import TicketViewer
from ..schemas.workspace import (
    DuplicateCheckOut,
    DuplicateRef,
    OptionalReasonIn,
    PauseIn,
    QueueCountsOut,
    ReasonIn,
    StatusChangeIn,
    ViewerOut,
    WorkspaceTicketOut,
)
from . import ticket_views
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .routing import DeskRoute
from .tickets import ActionableTicket, Now

router = APIRouter(route_class=DeskRoute, tags=["workspace"])


def apply(session: Session, ticket: Ticket, user: User, settings, now, action: str,
          change: Callable[[], object]) -> WorkspaceTicketOut:
    """Run one rule, then what every action shares, commit, and answer the ticket as it now is."""
    change()
    workflow.touched(session, ticket, user, action, now, sla_log.calendar(session, settings))
    session.commit()
    return ticket_views.one(session, ticket.id, user, settings, now)


@router.get("/tickets/queue-counts", response_model=QueueCountsOut)
def queue_counts(session: SessionDep, user: CurrentUser, now: Now):
    return QueueCountsOut(**queries.queue_counts(session, user, now))


@router.get("/tickets/duplicate-check", response_model=DuplicateCheckOut)
def duplicate_check(session: SessionDep, _user: CurrentUser, now: Now,
                    client_id: Annotated[int, Query(ge=1, le=2_147_483_647)],
                    ticket_type_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None):
    """Before Finalizar: does this client already have an open ticket of this type, or a ticket opened
    in the last hour? (The wizard warns a duplicate caller; nothing is refused.)"""
    same, recent = queries.possible_duplicates(session, client_id, ticket_type_id, now)

    def ref(t: Ticket) -> DuplicateRef:
        return DuplicateRef(id=t.id, protocol_formatted=format_protocol(t.protocol), ticket_type=t.ticket_type.name,
                            opened_at=t.opened_at, status=t.status)
    parts = []
    if same:
        parts.append(f"Já existe atendimento aberto deste tipo para o cliente: {format_protocol(same[0].protocol)} "
                     f"({same[0].ticket_type.name}).")
    fresh = [t for t in recent if t not in same]
    if fresh:
        minutes = max(1, int((now - fresh[0].opened_at).total_seconds() // 60))
        parts.append(f"O cliente recebeu o protocolo {format_protocol(fresh[0].protocol)} há {minutes} min.")
    return DuplicateCheckOut(open_same_type=[ref(t) for t in same], recent=[ref(t) for t in recent],
                             message=" ".join(parts) or None)


@router.post("/tickets/{ticket_id}/status", response_model=WorkspaceTicketOut)
def change_status(ticket: ActionableTicket, body: StatusChangeIn, session: SessionDep, user: CurrentUser,
                  settings: SettingsDep, now: Now):
    return apply(session, ticket, user, settings, now, "status",
                 lambda: workflow.change_status(session, ticket, user, body.status_id, body.reason, now))


@router.post("/tickets/{ticket_id}/pause", response_model=WorkspaceTicketOut)
def pause(ticket: ActionableTicket, body: PauseIn, session: SessionDep, user: CurrentUser, settings: SettingsDep,
          now: Now):
    """Waiting on the customer: the SLA stops until the ticket leaves that status."""
    return apply(session, ticket, user, settings, now, "paused",
                 lambda: workflow.pause(session, ticket, user, body.reason, body.status_id, now))


@router.post("/tickets/{ticket_id}/resume", response_model=WorkspaceTicketOut)
def resume(ticket: ActionableTicket, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
           body: OptionalReasonIn | None = None):
    return apply(session, ticket, user, settings, now, "resumed",
                 lambda: workflow.resume(session, ticket, user, body.reason if body else None, now))


@router.post("/tickets/{ticket_id}/take", response_model=WorkspaceTicketOut)
def take(ticket: ActionableTicket, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now):
    """"Assumir" a ticket sent to one's cargo."""
    return apply(session, ticket, user, settings, now, "taken", lambda: workflow.take(session, ticket, user, now))


@router.post("/tickets/{ticket_id}/cancel", response_model=WorkspaceTicketOut,
             dependencies=[require_roles(*MANAGERS)])
def cancel(ticket: ActionableTicket, body: ReasonIn, session: SessionDep, user: CurrentUser, settings: SettingsDep,
           now: Now):
    return apply(session, ticket, user, settings, now, "cancelled",
                 lambda: workflow.cancel(session, ticket, user, body.reason, now))


@router.post("/tickets/{ticket_id}/reopen", response_model=WorkspaceTicketOut,
             dependencies=[require_roles(*MANAGERS)])
def reopen(ticket: ActionableTicket, body: ReasonIn, session: SessionDep, user: CurrentUser, settings: SettingsDep,
           now: Now):
    """Within DESK_REOPEN_DAYS of closing; later, open a new protocol linked to this one (409)."""
    return apply(session, ticket, user, settings, now, "reopened",
                 lambda: workflow.reopen(session, ticket, user, body.reason, now, settings.reopen_days))


@router.post("/tickets/{ticket_id}/read", status_code=status.HTTP_204_NO_CONTENT)
def mark_read(ticket_id: int, session: SessionDep, user: CurrentUser, now: Now):
    """The user opened the ticket: it is no longer unread (bold) for them."""
    ticket_views.require_ticket(session, ticket_id)
    workflow.mark_read(session, user.id, ticket_id, now)
    session.commit()


@router.post("/tickets/{ticket_id}/viewing", response_model=list[ViewerOut])
def viewing(ticket_id: int, session: SessionDep, user: CurrentUser, now: Now, open_: bool = True):
    """Heartbeat of an open ticket window (every ~20 s; `open_=false` when it closes): answers who else
    has the ticket open."""
    ticket_views.require_ticket(session, ticket_id)
    row = session.get(TicketViewer, (ticket_id, user.id))
    if open_:
        if row is None:
            session.add(TicketViewer(ticket_id=ticket_id, user_id=user.id, seen_at=now))
        else:
            row.seen_at = now
    elif row is not None:
        session.delete(row)  # presence only: history is never deleted
    session.commit()
    return ticket_views.viewers(session, ticket_id, user, now)
