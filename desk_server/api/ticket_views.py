"""Tickets as the workspace answers them: the §5.1 fields plus status, SLA, read mark, client, viewers."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain import sla
from ..domain.tickets import queries, sla_log
from ..models import User
from ..models.clients import Client
from ..models.tickets import Ticket, TicketEvent
from ..models.workspace import TicketStatusDef, TicketViewer
from ..schemas.workspace import SlaOut, ViewerOut, WorkspaceTicketOut

VIEWER_FRESH_SECONDS = 60  # a window that has not said "still open" for a minute is gone


def _status_defs(session: Session) -> dict[int, TicketStatusDef]:
    return {row.id: row for row in session.scalars(select(TicketStatusDef))}


def _clients(session: Session, tickets: list[Ticket]) -> dict[int, tuple[str, str, str | None]]:
    ids = {t.client_id for t in tickets if t.client_id is not None}
    if not ids:
        return {}
    rows = session.execute(select(Client.id, Client.name, Client.code, Client.city).where(Client.id.in_(ids)))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def viewers(session: Session, ticket_id: int, me: User, now: datetime) -> list[ViewerOut]:
    rows = session.execute(
        select(TicketViewer.user_id, User.name, TicketViewer.seen_at).join(User, User.id == TicketViewer.user_id)
        .where(TicketViewer.ticket_id == ticket_id, TicketViewer.user_id != me.id,
               TicketViewer.seen_at >= now - timedelta(seconds=VIEWER_FRESH_SECONDS)))
    return [ViewerOut(user_id=r[0], name=r[1], seen_at=r[2]) for r in rows]


def workspace_out(session: Session, tickets: list[Ticket], me: User, settings: Settings, now: datetime, *,
                  detail: bool = False) -> list[WorkspaceTicketOut]:
    """Several tickets in a handful of queries (statuses, clients, SLA logs, read marks)."""
    from .tickets import _children, ticket_out  # the §5.1 part stays where it is built

    defs = _status_defs(session)
    clients = _clients(session, tickets)
    logs = sla_log.segments_by_ticket(session, tickets)
    cal = sla_log.calendar(session, settings)
    read = queries.read_ids(session, me.id, tickets)
    out = []
    for ticket in tickets:
        figures = sla_log.figures(ticket, logs[ticket.id], cal, now)
        status_def = defs.get(ticket.status_id) if ticket.status_id is not None else None
        name, code, city = clients.get(ticket.client_id, (None, None, None))
        extra = {
            "status_name": status_def.name if status_def else None,
            "status_category": status_def.category if status_def else None,
            "sla": SlaOut.model_validate(figures), "answer_due_at": sla.answer_due_at(ticket.opened_at),
            "read": ticket.id in read, "updated_at": ticket.updated_at or ticket.opened_at,
            "client_name": name, "client_code": code, "city": city}
        if ticket.cancelled_at is not None:
            extra["status_label"] = "Cancelado"
        if detail:
            extra["viewers"] = viewers(session, ticket.id, me, now)
            extra["last_event_id"] = session.scalar(select(func.max(TicketEvent.id))
                                                    .where(TicketEvent.ticket_id == ticket.id))
        out.append(ticket_out(ticket, now, _children(session, ticket.id) if detail else None, summary=not detail,
                              schema=WorkspaceTicketOut, **extra))
    return out


def one(session: Session, ticket_id: int, me: User, settings: Settings, now: datetime) -> WorkspaceTicketOut:
    from .tickets import _load_ticket

    session.expire_all()  # answer what the database now holds (after an action's commit)
    return workspace_out(session, [_load_ticket(session, ticket_id)], me, settings, now, detail=True)[0]


def require_ticket(session: Session, ticket_id: int) -> None:
    from ..domain.errors import NotFound

    if session.get(Ticket, ticket_id) is None:
        raise NotFound("Atendimento não encontrado.")
