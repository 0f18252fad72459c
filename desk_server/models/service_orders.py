"""Service orders (O.S.) and their types.

An O.S. is one technician's visit on one local day (server time zone): `day`, `start_minute` and
`end_minute` (minutes after midnight, end exclusive, never past midnight). The overlap rule is
checked by the booking code with the technician's user row locked (FOR UPDATE on PostgreSQL;
SQLite's BEGIN IMMEDIATE serialises writers), so two bookings of one technician never interleave.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime, utcnow
from .clients import Client, Subscription
from .tickets import Ticket
from .users import User


class ServiceOrderType(CreatedAtMixin, Base):
    __tablename__ = "service_order_types"
    __table_args__ = (CheckConstraint("default_minutes > 0 AND default_minutes <= 720", name="default_minutes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    default_minutes: Mapped[int] = mapped_column(Integer, default=60, nullable=False)
    active: Mapped[bool] = mapped_column(default=True, nullable=False)


class ServiceOrder(CreatedAtMixin, Base):
    __tablename__ = "service_orders"
    __table_args__ = (
        CheckConstraint("start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440", name="slot"),
        UniqueConstraint("created_by_id", "idempotency_key", name="uq_service_orders_created_by_idempotency_key"),
        Index("ix_service_orders_technician_day", "technician_id", "day"),
        Index("ix_service_orders_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False, index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id"))
    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    type_id: Mapped[int] = mapped_column(ForeignKey("service_order_types.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), default="scheduled", nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    start_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    end_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)
    idempotency_key: Mapped[str | None] = mapped_column(String(128))

    ticket: Mapped[Ticket] = relationship()
    client: Mapped[Client | None] = relationship()
    subscription: Mapped[Subscription | None] = relationship()
    technician: Mapped[User] = relationship(foreign_keys=[technician_id])
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    type: Mapped[ServiceOrderType] = relationship()
