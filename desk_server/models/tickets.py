"""Protocols, ticket types, tickets and their history.

- `protocol_sequences` holds one row per day (in the server's time zone) with the last sequence
  handed out; reserving a number is one atomic upsert on that row, so numbers are unique across
  every server instance and never reused.
- `protocols` records every reserved number (who, when, channel); a protocol without a ticket is
  either still `reserved` (wizard open) or `abandoned` ("contato sem atendimento", with a reason).
- `tickets` never get deleted; `ticket_events` is their history, append-only.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime, sql_in, utcnow
from .users import Cargo, User

PROTOCOL_STATUSES = ("reserved", "used", "abandoned")
TICKET_KINDS = ("client", "prospect", "access_point")
CHANNELS = ("phone", "email", "fax", "visit", "whatsapp", "chat")
TICKET_STATUSES = ("open", "forwarded", "closed_done", "closed_unsolved")
OPEN_STATUSES = ("open", "forwarded")
OPEN_SQL = "status IN ('open', 'forwarded')"
CLOSED_STATUSES = ("closed_done", "closed_unsolved")


class ProtocolSequence(Base):
    """Last sequence number handed out on one day (server time zone)."""

    __tablename__ = "protocol_sequences"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class Protocol(Base):
    __tablename__ = "protocols"
    __table_args__ = (
        CheckConstraint(f"status IN {sql_in(PROTOCOL_STATUSES)}", name="status"),
        CheckConstraint(f"kind IS NULL OR kind IN {sql_in(TICKET_KINDS)}", name="kind"),
        CheckConstraint(f"channel IS NULL OR channel IN {sql_in(CHANNELS)}", name="channel"),
        UniqueConstraint("day", "sequence", name="uq_protocols_day_sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(15), unique=True, nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    reserved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    reserved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    channel: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="reserved", nullable=False)
    abandoned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    abandoned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    abandon_reason: Mapped[str | None] = mapped_column(Text)

    reserved_by: Mapped[User] = relationship(foreign_keys=[reserved_by_id])
    abandoned_by: Mapped[User | None] = relationship(foreign_keys=[abandoned_by_id])


class TicketType(CreatedAtMixin, Base):
    __tablename__ = "ticket_types"
    __table_args__ = (
        CheckConstraint("default_user_id IS NULL OR default_cargo_id IS NULL", name="one_destination"),
        CheckConstraint("sla_hours > 0", name="sla_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    description: Mapped[str | None] = mapped_column(String(255))
    default_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    default_cargo_id: Mapped[int | None] = mapped_column(ForeignKey("cargos.id"))
    sla_hours: Mapped[int] = mapped_column(Integer, default=24, nullable=False)
    allows_linking: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    # the script preselected when "Criar Script Atendimento" is ticked (migration 0006_scripts)
    default_script_id: Mapped[int | None] = mapped_column(ForeignKey("scripts.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    default_user: Mapped[User | None] = relationship(lazy="joined")
    default_cargo: Mapped[Cargo | None] = relationship(lazy="joined")


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        CheckConstraint(f"status IN {sql_in(TICKET_STATUSES)}", name="status"),
        CheckConstraint(f"kind IN {sql_in(TICKET_KINDS)}", name="kind"),
        CheckConstraint(f"channel IN {sql_in(CHANNELS)}", name="channel"),
        CheckConstraint("(assigned_user_id IS NULL) <> (assigned_cargo_id IS NULL)", name="one_destination"),
        UniqueConstraint("opened_by_id", "idempotency_key", name="uq_tickets_opened_by_idempotency_key"),
        Index("ix_tickets_status_network", "status", "network_id"),
        Index("ix_tickets_opened_at", "opened_at"),
        # The workspace queues (open tickets of a user / a cargo by SLA): partial, so they stay small
        # however many closed tickets pile up.
        Index("ix_tickets_assigned_user_id_sla_due_at", "assigned_user_id", "sla_due_at",
              postgresql_where=text(OPEN_SQL), sqlite_where=text(OPEN_SQL)),
        Index("ix_tickets_assigned_cargo_id_sla_due_at", "assigned_cargo_id", "sla_due_at",
              postgresql_where=text(OPEN_SQL), sqlite_where=text(OPEN_SQL)),
        Index("ix_tickets_status_opened_at", "status", "opened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # One ticket per protocol, enforced by the database.
    protocol: Mapped[str] = mapped_column(ForeignKey("protocols.number"), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospects.id"), index=True)
    access_point_id: Mapped[int | None] = mapped_column(ForeignKey("routing_points.id"), index=True)
    # Network the ticket is about, fixed when it is opened (subscription → routing point → network,
    # or the access point's network); the parent/child linking rule compares it.
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id"))
    ticket_type_id: Mapped[int] = mapped_column(ForeignKey("ticket_types.id"), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_cargo_id: Mapped[int | None] = mapped_column(ForeignKey("cargos.id"), index=True)
    problem: Mapped[str | None] = mapped_column(Text)
    checks: Mapped[str | None] = mapped_column(Text)
    solution: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open", nullable=False)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    close_reason: Mapped[str | None] = mapped_column(Text)
    # The type chosen when closing (may differ from the opening type: "Alterar senha" → "Criar e-mail").
    close_ticket_type_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_types.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    sla_due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    script_report: Mapped[dict | list | str | None] = mapped_column(JSON)
    idempotency_key: Mapped[str] = mapped_column(String(128), nullable=False)
    request_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # Workspace (issue 16): the catalogue status beside the lifecycle `status`, the last activity
    # (what "unread" compares with) and a cancellation (lifecycle status closed_unsolved + these).
    status_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_statuses.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    ticket_type: Mapped[TicketType] = relationship(foreign_keys=[ticket_type_id])
    close_ticket_type: Mapped[TicketType | None] = relationship(foreign_keys=[close_ticket_type_id])
    assigned_user: Mapped[User | None] = relationship(foreign_keys=[assigned_user_id])
    assigned_cargo: Mapped[Cargo | None] = relationship(foreign_keys=[assigned_cargo_id])
    opened_by: Mapped[User] = relationship(foreign_keys=[opened_by_id])
    closed_by: Mapped[User | None] = relationship(foreign_keys=[closed_by_id])
    parent: Mapped[Ticket | None] = relationship(remote_side=[id], foreign_keys=[parent_id])


class TicketEvent(Base):
    """One line of a ticket's history (opened, forwarded, commented, closed, linked...). Never deleted."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket_id_id", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    text: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict | None] = mapped_column(JSON)

    user: Mapped[User] = relationship(lazy="joined")
    ticket: Mapped[Ticket] = relationship()
