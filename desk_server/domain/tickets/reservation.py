"""Reserving protocol numbers: one atomic upsert on the day's counter row.

`INSERT ... ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last` is a single statement on
both engines: PostgreSQL takes the row lock (a concurrent reservation waits for our commit and then
sees the new value), SQLite runs it inside BEGIN IMMEDIATE (see db.make_engine), which serialises
writers. The first reservation of a day inserts the row; two "first" reservations racing on
PostgreSQL are resolved by ON CONFLICT, so nobody sees a unique violation. A number handed out is
recorded in `protocols` in the same transaction, so a rollback gives the number back only if nobody
saw it — once the caller commits, it is never reused.

On PostgreSQL the upsert and the protocol insert are one statement (a CTE computing the number and
its check digit), so the hot counter row is held only for that statement and the commit.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import Date, Integer, String, bindparam, case, cast, func, insert, literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, make_transient_to_detached

from ...models.base import UTCDateTime, utcnow
from ...models.tickets import Protocol, ProtocolSequence
from ..protocols import format_protocol, make_protocol
from ..roles import MANAGERS
from .errors import Conflict, Forbidden, NotFound, Unavailable

MAX_DAILY_SEQUENCE = 999_999


def _upsert(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported engines
        raise RuntimeError(f"banco não suportado para protocolos: {dialect}")
    return insert


def next_sequence(session: Session, day) -> int:
    insert = _upsert(session.get_bind().dialect.name)
    stmt = (
        insert(ProtocolSequence)
        .values(day=day, last=1)
        .on_conflict_do_update(index_elements=[ProtocolSequence.day],
                               set_={"last": ProtocolSequence.last + 1})
        .returning(ProtocolSequence.last)
    )
    return session.execute(stmt).scalar_one()


def _date_weight_sum(day) -> int:
    """The check-digit sum of the 8 date digits (positions 7..14 from the right: weights 8, 9, 2..7)."""
    digits = f"{day:%Y%m%d}"
    weights = [8, 9, 2, 3, 4, 5, 6, 7]  # rightmost date digit first
    return sum(int(d) * w for d, w in zip(reversed(digits), weights))


def _one_statement():
    """PostgreSQL: counter upsert and protocol insert in ONE statement (a CTE), number and check
    digit computed by the database, so the day's counter row stays locked only for that statement
    and the commit — no Python runs while other reservations wait. Built once, with the values as
    parameters: building this expression tree cost more than the reservation itself."""
    day = bindparam("day", type_=Date)
    counter = ProtocolSequence.__table__
    seq = (pg_insert(counter).values(day=day, last=1)
           .on_conflict_do_update(index_elements=[counter.c.day], set_={"last": counter.c.last + 1})
           .returning(counter.c.last)).cte("seq")
    last = seq.c.last
    seq_sum = sum(((last // 10 ** k) % 10) * (2 + k) for k in range(6))
    remainder = 11 - (bindparam("date_sum", type_=Integer) + seq_sum) % 11
    digit = case((remainder >= 10, 0), else_=remainder)
    number = bindparam("date_digits", type_=String) + func.lpad(cast(last, String), 6, "0") + cast(digit, String)
    rows = select(number, day, last, bindparam("now", type_=UTCDateTime), bindparam("user_id", type_=Integer),
                  bindparam("channel", type_=String), bindparam("kind", type_=String), literal("reserved")) \
        .where(last <= MAX_DAILY_SEQUENCE)
    # On the table, not the entity: an ORM insert executed with parameters is a bulk insert.
    table = Protocol.__table__
    return insert(table).from_select(
        ["number", "day", "sequence", "reserved_at", "reserved_by_id", "channel", "kind", "status"], rows) \
        .returning(table.c.id, table.c.number, table.c.sequence)


_ONE_STATEMENT = _one_statement()


def _reserve_in_one_statement(session: Session, *, day, user_id: int, channel, kind, now) -> Protocol | None:
    """The reservation on PostgreSQL (see _one_statement). None when the day is exhausted."""
    row = session.execute(_ONE_STATEMENT, {"day": day, "date_sum": _date_weight_sum(day),
                                           "date_digits": f"{day:%Y%m%d}", "now": now, "user_id": user_id,
                                           "channel": channel, "kind": kind}).first()
    if row is None:
        return None
    # Every column given: one left unset would be "expired" and its first read a SELECT by id (in a
    # new transaction, after the commit) — a second round trip per reservation under a burst.
    protocol = Protocol(id=row.id, number=row.number, day=day, sequence=row.sequence, reserved_at=now,
                        reserved_by_id=user_id, channel=channel, kind=kind, status="reserved",
                        abandoned_at=None, abandoned_by_id=None, abandon_reason=None)
    # Attach the inserted row to the session as persistent (no SQL: it is already in the database).
    make_transient_to_detached(protocol)
    session.add(protocol)
    return protocol


def reserve_protocol(session: Session, *, user_id: int, tz: tzinfo, channel: str | None = None,
                     kind: str | None = None, now: datetime | None = None) -> Protocol:
    """Reserve the next number of the day `now` falls on in `tz`. The caller commits.

    `now` is injectable (an aware datetime) so tests can cross midnight.
    """
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    day = now.astimezone(tz).date()
    if session.get_bind().dialect.name == "postgresql":
        protocol = _reserve_in_one_statement(session, day=day, user_id=user_id, channel=channel, kind=kind,
                                             now=now)
        if protocol is None:
            raise Unavailable("Limite diário de protocolos atingido (999999). Procure o administrador.")
        return protocol
    sequence = next_sequence(session, day)
    if sequence > MAX_DAILY_SEQUENCE:
        raise Unavailable("Limite diário de protocolos atingido (999999). Procure o administrador.")
    protocol = Protocol(number=make_protocol(day, sequence), day=day, sequence=sequence, reserved_at=now,
                        reserved_by_id=user_id, channel=channel, kind=kind, status="reserved")
    session.add(protocol)
    session.flush()
    return protocol


def lock_protocol(session: Session, number: str) -> Protocol | None:
    stmt = select(Protocol).where(Protocol.number == number)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.scalar(stmt.execution_options(populate_existing=True))


def abandon_protocol(session: Session, number: str, *, user, reason: str,
                     now: datetime | None = None) -> Protocol:
    """Record a reserved protocol as "contato sem atendimento". The number stays taken forever.

    Only the user who reserved it (or a supervisor/admin) may; a protocol with a ticket may not.
    Abandoning twice is harmless: the first reason is kept."""
    protocol = lock_protocol(session, number)
    if protocol is None:
        raise NotFound(f"Protocolo {format_protocol(number)} não encontrado.")
    if protocol.reserved_by_id != user.id and user.role not in MANAGERS:
        raise Forbidden("Só quem reservou o protocolo (ou um supervisor) pode registrá-lo como sem atendimento.")
    if protocol.status == "used":
        raise Conflict(f"O protocolo {format_protocol(number)} já tem um atendimento; não pode ser abandonado.")
    if protocol.status == "abandoned":
        return protocol
    protocol.status = "abandoned"
    protocol.abandoned_at = now or utcnow()
    protocol.abandoned_by_id = user.id
    protocol.abandon_reason = reason
    return protocol
