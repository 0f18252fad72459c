"""Finding tickets: the Atendimentos search, the workspace queues and their counts (plain SQLAlchemy).

Every filter is one condition on `tickets` (joins only for the client's name and city), so the same
query serves a page and its `total`; the SLA filter reads the stored due time (kept by sla_log) and
the status catalogue's category, never a per-row computation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, defer

from ...models import Cargo, User, cargo_members
from ...models.clients import Client, Subscription
from ...models.tickets import CLOSED_STATUSES, OPEN_STATUSES, TICKET_STATUSES, Ticket, TicketType
from ...models.workspace import TicketRead, TicketStatusDef
from .. import sla
from ..protocols import InvalidProtocol, parse_protocol
from ..search.normalise import fold_text
from .errors import Invalid

LIST_STATUSES = (*TICKET_STATUSES, "cancelled")  # "cancelled" = closed_unsolved with a cancellation
SLA_STATES = ("late", "warning", "ok", "paused")
ORDERS = {
    "opened_at": (Ticket.opened_at, Ticket.id),
    "-opened_at": (Ticket.opened_at.desc(), Ticket.id.desc()),
    "sla": (Ticket.sla_due_at, Ticket.id),
    "-sla": (Ticket.sla_due_at.desc(), Ticket.id.desc()),
    "protocol": (Ticket.protocol,),
    "-protocol": (Ticket.protocol.desc(),),
    "status": (Ticket.status, Ticket.id),
    "-status": (Ticket.status.desc(), Ticket.id.desc()),
    "type": (Ticket.ticket_type_id, Ticket.id),
    "-type": (Ticket.ticket_type_id.desc(), Ticket.id.desc()),
    "updated_at": (Ticket.updated_at, Ticket.id),
    "-updated_at": (Ticket.updated_at.desc(), Ticket.id.desc()),
}



def preload(session: Session, tickets: list[Ticket]) -> None:
    """Put what the rows refer to in the identity map, so their many-to-one attributes load without SQL.

    Cheaper than joining seven tables into the page query (PostgreSQL's planning time alone was ~40 ms)
    and than one selectin query per relationship: ticket types and cargos are small catalogues read
    whole, users and parents by id."""
    if not tickets:
        return
    kept = session.info.setdefault("preloaded", [])  # the identity map holds objects weakly
    kept += session.scalars(select(TicketType)).unique().all()
    kept += session.scalars(select(Cargo)).all()
    user_ids = {i for t in tickets for i in (t.assigned_user_id, t.opened_by_id, t.closed_by_id) if i}
    kept += session.scalars(select(User).where(User.id.in_(user_ids))).all()
    parent_ids = {t.parent_id for t in tickets if t.parent_id}
    if parent_ids:
        kept += session.scalars(select(Ticket).where(Ticket.id.in_(parent_ids))
                                .options(defer(Ticket.script_report))).all()


@dataclass
class TicketFilters:
    protocol: str | None = None
    q: str | None = None
    statuses: list[str] = field(default_factory=list)
    status_ids: list[int] = field(default_factory=list)
    client_id: int | None = None
    parent_id: int | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    assigned_to: int | None = None
    include_cargos: bool = True
    mine: bool = False
    my_cargos: bool = False
    unread: bool = False
    type_id: int | None = None
    cargo_id: int | None = None
    user_id: int | None = None  # destination user
    city: str | None = None
    access_point_id: int | None = None
    sla: list[str] = field(default_factory=list)
    receipt: str | None = None  # "late": the protocol in writing not sent within 24 h (issue 12)
    order: str = "-opened_at"
    limit: int = 50
    offset: int = 0


def split_list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz)


def _cargos_of(user_id: int):
    return select(cargo_members.c.cargo_id).where(cargo_members.c.user_id == user_id)


def _waiting_statuses():
    return select(TicketStatusDef.id).where(TicketStatusDef.category == "waiting_customer")


def _unread(user_id: int):
    return ~exists().where(TicketRead.ticket_id == Ticket.id, TicketRead.user_id == user_id,
                           TicketRead.read_at >= func.coalesce(Ticket.updated_at, Ticket.opened_at))


def _sla_condition(session: Session, states: list[str], now: datetime, calendar: sla.Calendar | None = None):
    """Open tickets by SLA state; "warning" = less than a quarter of the type's SLA hours left, in
    business time (the stored due time is the moment the budget runs out, so the ticket is near it
    once the due time comes before the instant a quarter of the budget of business time from now)."""
    calendar = calendar or sla.Calendar(tz=UTC)
    is_open = Ticket.status.in_(OPEN_STATUSES)
    paused = and_(Ticket.status_id.is_not(None), Ticket.status_id.in_(_waiting_statuses()))
    running = and_(is_open, or_(Ticket.status_id.is_(None), Ticket.status_id.not_in(_waiting_statuses())))
    near = or_(*[and_(Ticket.ticket_type_id == type_id,
                      Ticket.sla_due_at <= calendar.add(now, hours * 3600 * sla.WARNING_FRACTION))
                 for type_id, hours in session.execute(select(TicketType.id, TicketType.sla_hours))]) \
        if {"warning", "ok"} & set(states) else None
    parts = []
    for state in states:
        if state == "paused":
            parts.append(and_(is_open, paused))
        elif state == "late":
            parts.append(and_(running, Ticket.sla_due_at <= now))
        elif state == "warning":
            parts.append(and_(running, Ticket.sla_due_at > now, near))
        else:
            parts.append(and_(running, Ticket.sla_due_at > now, ~near))
    return or_(*parts)


def protocol_prefix(text: str) -> str:
    """The protocol digits typed in a free search ("2026-11" → "202611"): 0-9 only. str.isdigit()
    also takes fullwidth, Arabic-Indic or Devanagari digits, which are never a protocol: a text with
    any of them is searched by name only ("")."""
    if any(ch.isdigit() and not ch.isascii() for ch in text):
        return ""
    return "".join(ch for ch in text if ch in "0123456789")


def _conditions(session: Session, f: TicketFilters, me: User, tz: ZoneInfo, now: datetime,
                calendar: sla.Calendar | None = None) -> list:
    where: list = []
    if f.protocol:
        try:
            where.append(Ticket.protocol == parse_protocol(f.protocol))
        except InvalidProtocol as exc:
            raise Invalid(str(exc)) from None
    if f.q:
        digits = protocol_prefix(f.q)
        by_name = Ticket.client_id.in_(select(Client.id).where(
            Client.search_name.contains(fold_text(f.q), autoescape=True)))
        where.append(or_(Ticket.protocol.startswith(digits), by_name) if len(digits) >= 4 else by_name)
    if f.statuses:
        unknown = [s for s in f.statuses if s not in LIST_STATUSES]
        if unknown:
            raise Invalid(f"status desconhecido: {', '.join(unknown)} (use {', '.join(LIST_STATUSES)})")
        plain = [s for s in f.statuses if s != "cancelled"]
        options = [Ticket.status.in_(plain)] if plain else []
        if "cancelled" in f.statuses:
            options.append(Ticket.cancelled_at.is_not(None))
        where.append(or_(*options))
    if f.status_ids:
        where.append(Ticket.status_id.in_(f.status_ids))
    for column, value in ((Ticket.client_id, f.client_id), (Ticket.parent_id, f.parent_id),
                          (Ticket.ticket_type_id, f.type_id), (Ticket.assigned_cargo_id, f.cargo_id),
                          (Ticket.assigned_user_id, f.user_id)):
        if value is not None:
            where.append(column == value)
    if f.opened_from and f.opened_to and f.opened_from > f.opened_to:
        raise Invalid("Período inválido: a data inicial é depois da data final.")
    if f.opened_from is not None:
        where.append(Ticket.opened_at >= _day_start(f.opened_from, tz))
    if f.opened_to is not None:
        where.append(Ticket.opened_at < _day_start(f.opened_to + timedelta(days=1), tz))
    if f.assigned_to is not None:
        mine = Ticket.assigned_user_id == f.assigned_to
        where.append(or_(mine, Ticket.assigned_cargo_id.in_(_cargos_of(f.assigned_to))) if f.include_cargos else mine)
    if f.mine:
        where.append(Ticket.assigned_user_id == me.id)
    if f.my_cargos:
        where.append(Ticket.assigned_cargo_id.in_(_cargos_of(me.id)))
    if f.unread:
        where.append(_unread(me.id))
    if f.city:
        where.append(Ticket.client_id.in_(select(Client.id).where(
            Client.search_city.contains(fold_text(f.city), autoescape=True))))
    if f.access_point_id is not None:
        where.append(or_(Ticket.access_point_id == f.access_point_id, Ticket.subscription_id.in_(
            select(Subscription.id).where(Subscription.routing_point_id == f.access_point_id))))
    if f.sla:
        unknown = [s for s in f.sla if s not in SLA_STATES]
        if unknown:
            raise Invalid(f"sla desconhecido: {', '.join(unknown)} (use {', '.join(SLA_STATES)})")
        where.append(_sla_condition(session, f.sla, now, calendar))
    if f.receipt is not None:
        if f.receipt != "late":
            raise Invalid(f"receipt desconhecido: {f.receipt} (use late)")
        from ...mail.receipts import late_clause

        where.append(late_clause(now))
    return where


def search(session: Session, f: TicketFilters, me: User, tz: ZoneInfo, now: datetime,
           calendar: sla.Calendar | None = None) -> tuple[list[Ticket], int]:
    """One page of tickets and the total that matches."""
    if f.order not in ORDERS:
        raise Invalid(f"ordem desconhecida: {f.order} (use {', '.join(ORDERS)})")
    where = _conditions(session, f, me, tz, now, calendar)
    total = session.scalar(select(func.count()).select_from(Ticket).where(*where))
    rows = list(session.scalars(select(Ticket).where(*where).order_by(*ORDERS[f.order])
                                .options(defer(Ticket.script_report))  # a page never shows it
                                .limit(f.limit).offset(f.offset)))
    preload(session, rows)
    return rows, total or 0


def queue_counts(session: Session, me: User, now: datetime) -> dict[str, int]:
    """The workspace home's tabs: Meus atendimentos / Do meu cargo / Todos (open ones)."""
    is_open = Ticket.status.in_(OPEN_STATUSES)

    def count(*where) -> int:
        return session.scalar(select(func.count()).select_from(Ticket).where(is_open, *where)) or 0

    mine = Ticket.assigned_user_id == me.id
    return {"mine": count(mine), "mine_unread": count(mine, _unread(me.id)),
            "my_cargos": count(Ticket.assigned_cargo_id.in_(_cargos_of(me.id))), "all_open": count(),
            "late": count(mine, _sla_condition(session, ["late"], now))}


def possible_duplicates(session: Session, client_id: int, type_id: int | None, now: datetime,
                        recent_minutes: int = 60) -> tuple[list[Ticket], list[Ticket]]:
    """A caller calling again: (open tickets of the same type, tickets opened in the last hour) of the client."""
    same = []
    if type_id is not None:
        same = list(session.scalars(select(Ticket).where(
            Ticket.client_id == client_id, Ticket.ticket_type_id == type_id, Ticket.status.in_(OPEN_STATUSES))
            .order_by(Ticket.opened_at.desc()).limit(5)))
    recent = list(session.scalars(select(Ticket).where(
        Ticket.client_id == client_id, Ticket.opened_at >= now - timedelta(minutes=recent_minutes))
        .order_by(Ticket.opened_at.desc()).limit(5)))
    preload(session, same + recent)
    return same, recent


def read_ids(session: Session, user_id: int, tickets: list[Ticket]) -> set[int]:
    """Which of these tickets the user has seen since their last activity."""
    if not tickets:
        return set()
    rows = session.execute(select(TicketRead.ticket_id, TicketRead.read_at).where(
        TicketRead.user_id == user_id, TicketRead.ticket_id.in_([t.id for t in tickets]))).all()
    seen = dict(rows)
    return {t.id for t in tickets if t.id in seen and seen[t.id] >= (t.updated_at or t.opened_at)}


__all__ = ["CLOSED_STATUSES", "LIST_STATUSES", "ORDERS", "SLA_STATES", "TicketFilters", "queue_counts",
           "read_ids", "search", "split_list"]
