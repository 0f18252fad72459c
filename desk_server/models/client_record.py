"""The client record beyond the registry of migration 0002 (issue 13): a subscription's contract
details and connection data (seed 003: Detalhes, Eventos, Serviços, Conexão), its secrets encrypted at
rest, the audit of each reveal, and prospects' contacts and map coordinates.

Secrets (the PPPoE password, the equipment's password) are Fernet tokens made with the server's key
(desk_server.routeros.crypto, the routers' helper); they never leave the server except through the
audited `POST /subscriptions/{id}/reveal`. The legacy plain `subscriptions.password` column of 0002 is
not read by the API.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, CreatedAtMixin, UTCDateTime, sql_in, utcnow

BILLING_TYPES = ("pos_pago", "pre_pago")          # tipo de faturamento
BILLING_METHODS = ("boleto", "cartao", "debito", "pix", "carne")  # forma / tipo de cobrança
IP_TYPES = ("dinamico", "fixo")
SECRET_KINDS = ("pppoe", "equipment")


class SubscriptionDetail(Base):
    """One row per subscription (created with it): contract details and connection fields."""

    __tablename__ = "subscription_details"
    __table_args__ = (
        CheckConstraint(f"billing_type IN {sql_in(BILLING_TYPES)}", name="billing_type"),
        CheckConstraint(f"billing_method IN {sql_in(BILLING_METHODS)}", name="billing_method"),
        CheckConstraint(f"ip_type IN {sql_in(IP_TYPES)}", name="ip_type"),
        CheckConstraint("due_day BETWEEN 1 AND 28", name="due_day"),
    )

    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), primary_key=True)
    # Detalhes
    billing_type: Mapped[str] = mapped_column(String(12), default="pos_pago", nullable=False)
    billing_method: Mapped[str] = mapped_column(String(12), default="boleto", nullable=False)
    due_day: Mapped[int] = mapped_column(Integer, default=10, nullable=False)
    monthly_value: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))  # None: the plan's price
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Conexão (the concentrator is subscriptions.routing_point_id)
    ip_type: Mapped[str] = mapped_column(String(10), default="dinamico", nullable=False)
    equipment_type: Mapped[str | None] = mapped_column(String(60))
    access_point_id: Mapped[int | None] = mapped_column(ForeignKey("routing_points.id"))
    splitter: Mapped[str | None] = mapped_column(String(60))
    olt_slot: Mapped[str | None] = mapped_column(String(10))
    olt_port: Mapped[str | None] = mapped_column(String(10))
    splitter_port: Mapped[str | None] = mapped_column(String(10))
    condominium: Mapped[str | None] = mapped_column(String(120))
    label_code: Mapped[str | None] = mapped_column(String(40))
    label_description: Mapped[str | None] = mapped_column(String(120))
    service: Mapped[str | None] = mapped_column(String(120))
    equipment_user: Mapped[str | None] = mapped_column(String(64))
    pppoe_password_enc: Mapped[str | None] = mapped_column(Text)
    equipment_password_enc: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)


class SubscriptionEvent(Base):
    """Eventos do contrato: date, description, type (and who, when it came from the desk)."""

    __tablename__ = "subscription_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), nullable=False, index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)  # "Ativação", "Alteração", ...
    description: Mapped[str] = mapped_column(String(500), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SubscriptionService(CreatedAtMixin, Base):
    """Serviços do contrato: code, description, value (e.g. "IPFIXO", "IP fixo", 20.00)."""

    __tablename__ = "subscription_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(String(150), nullable=False)
    value: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False)


class SecretReveal(Base):
    """Audit: who saw which secret of which subscription, and when. Never deleted."""

    __tablename__ = "secret_reveals"
    __table_args__ = (CheckConstraint(f"secret IN {sql_in(SECRET_KINDS)}", name="secret"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), nullable=False, index=True)
    secret: Mapped[str] = mapped_column(String(10), nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    revealed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ProspectContact(CreatedAtMixin, Base):
    __tablename__ = "prospect_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(15))
    email: Mapped[str | None] = mapped_column(String(254))


class ProspectLocation(Base):
    """Coordinates of a prospect's address (typed or pasted by the operator; no geocoding service)."""

    __tablename__ = "prospect_locations"

    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id"), primary_key=True)
    latitude: Mapped[Decimal] = mapped_column(Numeric(9, 6), nullable=False)
    longitude: Mapped[Decimal] = mapped_column(Numeric(9, 6), nullable=False)
