"""The SLA interval log of tickets in the database (domain/sla.py computes the figures from it).

A ticket without rows has one implicit running segment from its opening (to its closing): the log is
written only when something changes the clock (a pause, a resume, a close, a reopen), so opening a
ticket costs nothing extra and tickets from before this log need no backfill.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...config import Settings
from ...models.tickets import OPEN_STATUSES, Ticket, TicketType
from ...models.workspace import MunicipalHoliday, SlaSegment
from .. import sla


def calendar(session: Session, settings: Settings) -> sla.Calendar:
    hours = sla.parse_business_hours(settings.business_hours)
    municipal = session.scalars(select(MunicipalHoliday.day).where(MunicipalHoliday.active.is_(True))).all() \
        if hours else ()
    return sla.Calendar(tz=settings.tz, hours=hours, is_holiday=sla.holiday_checker(settings.holiday_state, municipal))


def _as_segments(ticket: Ticket, rows: list[SlaSegment]) -> list[sla.Segment]:
    if not rows:
        return [sla.Segment("running", ticket.opened_at, ticket.closed_at)]
    segments = [sla.Segment(r.state, r.started_at, r.ended_at) for r in rows]
    last = segments[-1]
    if last.end is None and ticket.closed_at is not None and ticket.status not in OPEN_STATUSES:
        segments[-1] = sla.Segment(last.state, last.start, ticket.closed_at)
    return segments


def segments_by_ticket(session: Session, tickets: list[Ticket]) -> dict[int, list[sla.Segment]]:
    """One query for a page of tickets."""
    rows: dict[int, list[SlaSegment]] = defaultdict(list)
    ids = [t.id for t in tickets]
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for row in session.scalars(select(SlaSegment).where(SlaSegment.ticket_id.in_(chunk))
                                   .order_by(SlaSegment.ticket_id, SlaSegment.started_at, SlaSegment.id)):
            rows[row.ticket_id].append(row)
    return {t.id: _as_segments(t, rows.get(t.id, [])) for t in tickets}


def figures(ticket: Ticket, segments: list[sla.Segment], cal: sla.Calendar, now: datetime) -> sla.SlaFigures:
    return sla.compute(ticket.ticket_type.sla_hours, segments, cal, now)


def _materialise(session: Session, ticket: Ticket) -> list[SlaSegment]:
    rows = list(session.scalars(select(SlaSegment).where(SlaSegment.ticket_id == ticket.id)
                                .order_by(SlaSegment.started_at, SlaSegment.id)))
    if not rows:
        first = SlaSegment(ticket_id=ticket.id, state="running", started_at=ticket.opened_at)
        session.add(first)
        rows = [first]
    return rows


def switch(session: Session, ticket: Ticket, state: str | None, now: datetime) -> None:
    """End the current segment at `now` and start one in `state` (None: the clock stops, closed)."""
    rows = _materialise(session, ticket)
    current = next((r for r in reversed(rows) if r.ended_at is None), None)
    if current is not None and current.state == state:
        return
    if current is not None:
        current.ended_at = max(now, current.started_at)
    if state is not None:
        session.add(SlaSegment(ticket_id=ticket.id, state=state, started_at=now))
    session.flush()


def refresh_due(session: Session, ticket: Ticket, cal: sla.Calendar, now: datetime, *,
                no_log: bool = False) -> sla.SlaFigures:
    """Store the due time the log gives now (the column orders the queue and serves the sla filter).
    `no_log`: the caller knows the ticket has no segment yet (created in this transaction)."""
    segments = _as_segments(ticket, []) if no_log else segments_by_ticket(session, [ticket])[ticket.id]
    result = figures(ticket, segments, cal, now)
    ticket.sla_due_at = result.due_at
    return result


def recompute_open(session: Session, cal: sla.Calendar, now: datetime, *, ticket_type_id: int | None = None,
                   batch: int = 1000) -> int:
    """A policy changed (the type's SLA hours, business hours, holidays): due times of open tickets again.

    Paused time and the log itself are untouched; only the derived column moves. Returns how many."""
    query = select(Ticket).join(TicketType, TicketType.id == Ticket.ticket_type_id) \
        .where(Ticket.status.in_(OPEN_STATUSES)).order_by(Ticket.id)
    if ticket_type_id is not None:
        query = query.where(Ticket.ticket_type_id == ticket_type_id)
    done, last_id = 0, 0
    while True:
        page = session.scalars(query.where(Ticket.id > last_id).limit(batch)).unique().all()
        if not page:
            return done
        logs = segments_by_ticket(session, list(page))
        for ticket in page:
            due = figures(ticket, logs[ticket.id], cal, now).due_at
            if due != ticket.sla_due_at:
                session.execute(update(Ticket).where(Ticket.id == ticket.id).values(sla_due_at=due))
            done += 1
        last_id = page[-1].id
