"""Reserving protocol numbers: one atomic upsert on the day's counter row.

`INSERT ... ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last` is a single statement on
both engines: PostgreSQL takes the row lock (a concurrent reservation waits for our commit and then
sees the new value), SQLite runs it inside BEGIN IMMEDIATE (see db.make_engine), which serialises
writers. The first reservation of a day inserts the row; two "first" reservations racing on
PostgreSQL are resolved by ON CONFLICT, so nobody sees a unique violation. A number handed out is
recorded in `protocols` in the same transaction, so a rollback gives the number back only if nobody
saw it — once the caller commits, it is never reused.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.base import utcnow
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


def reserve_protocol(session: Session, *, user_id: int, tz: tzinfo, channel: str | None = None,
                     kind: str | None = None, now: datetime | None = None) -> Protocol:
    """Reserve the next number of the day `now` falls on in `tz`. The caller commits.

    `now` is injectable (an aware datetime) so tests can cross midnight.
    """
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    day = now.astimezone(tz).date()
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
