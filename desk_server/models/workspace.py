"""The ticket workspace: status catalogue, SLA interval log, reads, presence, change feed, holidays,
consumer history requests (issue 16).

- `ticket_statuses` is the admin-edited catalogue ("Aguardando cliente", "Em andamento"...), each with a
  category; `tickets.status_id` points at it beside the lifecycle `tickets.status`.
- `sla_segments` is the log the SLA is computed from: one row per stretch of time a ticket spent
  running or paused (waiting on the customer). Out-of-hours time is not stored: it is derived from the
  calendar when the figures are computed, so a change of business hours or holidays recomputes them.
- `changes` is the change feed. `seq` is handed out by the database and rows are inserted under a
  transaction-level lock on PostgreSQL, so the commit order equals the seq order and a reader asking
  for `seq > after` never skips a row committed late.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, CreatedAtMixin, UTCDateTime, sql_in, utcnow

STATUS_CATEGORIES = ("open", "in_progress", "waiting_customer", "closed")
SLA_SEGMENT_STATES = ("running", "paused")
HISTORY_CHANNELS = ("email", "mail")
# A 64-bit sequence on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY (also 64-bit).
Seq = BigInteger().with_variant(Integer(), "sqlite")


class TicketStatusDef(CreatedAtMixin, Base):
    __tablename__ = "ticket_statuses"
    __table_args__ = (CheckConstraint(f"category IN {sql_in(STATUS_CATEGORIES)}", name="category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class SlaSegment(Base):
    """[started_at, ended_at) of one ticket spent running or paused; ended_at NULL = still going."""

    __tablename__ = "sla_segments"
    __table_args__ = (
        CheckConstraint(f"state IN {sql_in(SLA_SEGMENT_STATES)}", name="state"),
        Index("ix_sla_segments_ticket_id_started_at", "ticket_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MunicipalHoliday(CreatedAtMixin, Base):
    __tablename__ = "municipal_holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    # deactivated, never deleted: an inactive holiday no longer stops the SLA clock
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class TicketRead(Base):
    """When a user last looked at a ticket: newer activity makes it unread (bold) for them."""

    __tablename__ = "ticket_reads"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class TicketViewer(Base):
    """Who has a ticket window open (a heartbeat): "também aberto por ..." across instances."""

    __tablename__ = "ticket_viewers"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Change(Base):
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_at", "at"),)

    seq: Mapped[int] = mapped_column(Seq, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    ticket_id: Mapped[int | None] = mapped_column(Integer)
    client_id: Mapped[int | None] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(Integer)  # who made the change
    assigned_user_id: Mapped[int | None] = mapped_column(Integer)
    assigned_cargo_id: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict | None] = mapped_column(JSON)


class HistoryRequest(CreatedAtMixin, Base):
    """A consumer's request for their history (Decreto 11.034/2022 art. 12): 5 calendar days."""

    __tablename__ = "history_requests"
    __table_args__ = (
        CheckConstraint(f"channel IN {sql_in(HISTORY_CHANNELS)}", name="channel"),
        UniqueConstraint("requested_by_id", "idempotency_key", name="uq_history_requests_requested_by_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    channel: Mapped[str] = mapped_column(String(10), nullable=False)
    address: Mapped[str] = mapped_column(Text, nullable=False)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str | None] = mapped_column(String(128))
