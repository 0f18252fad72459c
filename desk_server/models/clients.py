"""Client registry: clients, contacts (with extra fields), plans, networks, routing/access points,
subscriptions and their contracts, invoices, e-mail accounts, domains, removed-identifier history
and prospects.

Storage conventions (the search depends on them):
- documents (CPF/CNPJ), phones and CEPs are digits only; MACs are 12 lowercase hex digits; IPs are
  netaddr's canonical text; logins, e-mail addresses and domains are lowercase; equipment codes
  (serial, circuit, smartcard, CAS, contract numbers) are trimmed and uppercase.
- human text that is searched has a `search_*` twin: lowercase, accents stripped, spaces collapsed
  (see desk_server.domain.search.normalise.fold_text). Whoever writes a row fills the twin
  (desk_server.domain.clients does it for the API, the demo and the benchmark).
- search indexes (pg_trgm GIN for "contém", btree text_pattern_ops for "igual"/"começa com") are
  created by migration 0002 on PostgreSQL; SQLite gets plain btree indexes.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime, sql_in, utcnow

PERSON_TYPES = ("PF", "PJ")
CLIENT_STATUSES = ("ativo", "suspenso", "cancelado")
SUBSCRIPTION_STATUSES = ("ativo", "suspenso", "cancelado")
ROUTING_POINT_KINDS = ("routing_point", "access_point")
CONTACT_FIELD_KINDS = ("text", "number", "date", "choice")
REMOVED_KINDS = ("login", "email", "ip", "mac", "terminal")
PROSPECT_KINDS = ("empresarial", "condominio", "residente_condominio", "residencial")
PROSPECT_KIND_LABELS = {
    "empresarial": "Empresarial",
    "condominio": "Condomínio",
    "residente_condominio": "Residente em Condomínio",
    "residencial": "Residencial",
}
PROSPECT_STATUSES = ("novo", "em_negociacao", "convertido", "perdido")


class Network(CreatedAtMixin, Base):
    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class RoutingPoint(CreatedAtMixin, Base):
    """A routing point (NAS/concentrator, e.g. a MikroTik) or an access point (OLT, tower...)."""

    __tablename__ = "routing_points"
    __table_args__ = (CheckConstraint(f"kind IN {sql_in(ROUTING_POINT_KINDS)}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="routing_point", nullable=False)
    # The routers table comes with a later migration (0004); no foreign key on purpose.
    router_id: Mapped[int | None] = mapped_column(Integer, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    network: Mapped[Network] = relationship(lazy="joined")


class Plan(CreatedAtMixin, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    download_mbps: Mapped[int] = mapped_column(Integer, nullable=False)
    upload_mbps: Mapped[int] = mapped_column(Integer, nullable=False)
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    network: Mapped[Network | None] = relationship(lazy="joined")


class Client(CreatedAtMixin, Base):
    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint(f"person_type IN {sql_in(PERSON_TYPES)}", name="person_type"),
        CheckConstraint(f"status IN {sql_in(CLIENT_STATUSES)}", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    person_type: Mapped[str] = mapped_column(String(2), nullable=False)
    name: Mapped[str] = mapped_column(String(150), nullable=False)
    search_name: Mapped[str] = mapped_column(String(150), nullable=False)
    trade_name: Mapped[str | None] = mapped_column(String(150))
    search_trade_name: Mapped[str | None] = mapped_column(String(150))
    document: Mapped[str | None] = mapped_column(String(14))  # CPF (11) or CNPJ (14) digits
    rg_ie: Mapped[str | None] = mapped_column(String(30))
    birth_date: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="ativo", nullable=False)
    # billing address
    street: Mapped[str | None] = mapped_column(String(150))
    number: Mapped[str | None] = mapped_column(String(20))
    complement: Mapped[str | None] = mapped_column(String(80))
    district: Mapped[str | None] = mapped_column(String(80))
    city: Mapped[str | None] = mapped_column(String(80))
    uf: Mapped[str | None] = mapped_column(String(2))
    cep: Mapped[str | None] = mapped_column(String(8))
    # installation address
    install_street: Mapped[str | None] = mapped_column(String(150))
    install_number: Mapped[str | None] = mapped_column(String(20))
    install_complement: Mapped[str | None] = mapped_column(String(80))
    install_district: Mapped[str | None] = mapped_column(String(80))
    install_city: Mapped[str | None] = mapped_column(String(80))
    install_uf: Mapped[str | None] = mapped_column(String(2))
    install_cep: Mapped[str | None] = mapped_column(String(8))
    search_address: Mapped[str | None] = mapped_column(String(400))
    search_install_address: Mapped[str | None] = mapped_column(String(400))
    search_city: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(15))
    mobile: Mapped[str | None] = mapped_column(String(15))
    email: Mapped[str | None] = mapped_column(String(254))
    reference: Mapped[str | None] = mapped_column(String(255))
    search_reference: Mapped[str | None] = mapped_column(String(255))
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)

    contacts: Mapped[list[Contact]] = relationship(back_populates="client", order_by="Contact.id")
    subscriptions: Mapped[list[Subscription]] = relationship(back_populates="client",
                                                             order_by="Subscription.id")


class ContactField(CreatedAtMixin, Base):
    """An admin-defined extra field of contacts ("Campos Extras")."""

    __tablename__ = "contact_fields"
    __table_args__ = (CheckConstraint(f"kind IN {sql_in(CONTACT_FIELD_KINDS)}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    options: Mapped[list | None] = mapped_column(JSON)  # choices of a "choice" field
    required: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class Contact(CreatedAtMixin, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    search_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(15))
    mobile: Mapped[str | None] = mapped_column(String(15))
    email: Mapped[str | None] = mapped_column(String(254))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    client: Mapped[Client] = relationship(back_populates="contacts")
    values: Mapped[list[ContactFieldValue]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactFieldValue.field_id")


class ContactFieldValue(Base):
    __tablename__ = "contact_field_values"
    __table_args__ = (UniqueConstraint("contact_id", "field_id", name="uq_contact_field_values_contact_field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    field_id: Mapped[int] = mapped_column(ForeignKey("contact_fields.id"), nullable=False, index=True)
    # Normalised text: numbers as plain decimals ("12.5"), dates ISO ("2026-11-22").
    value: Mapped[str] = mapped_column(Text, nullable=False)

    contact: Mapped[Contact] = relationship(back_populates="values")
    field: Mapped[ContactField] = relationship(lazy="joined")


class Subscription(CreatedAtMixin, Base):
    """A client's contracted plan ("Plano do cliente"): access credentials and equipment."""

    __tablename__ = "subscriptions"
    __table_args__ = (CheckConstraint(f"status IN {sql_in(SUBSCRIPTION_STATUSES)}", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(12), default="ativo", nullable=False)
    login: Mapped[str | None] = mapped_column(String(64))  # unique among live rows (partial index)
    password: Mapped[str | None] = mapped_column(String(128))
    ip: Mapped[str | None] = mapped_column(String(45))
    mac: Mapped[str | None] = mapped_column(String(12))
    mac2: Mapped[str | None] = mapped_column(String(12))
    mac_onu: Mapped[str | None] = mapped_column(String(12))
    serial_number: Mapped[str | None] = mapped_column(String(40))
    circuit_number: Mapped[str | None] = mapped_column(String(40))
    voice_terminal: Mapped[str | None] = mapped_column(String(15))
    smartcard: Mapped[str | None] = mapped_column(String(40))
    cas: Mapped[str | None] = mapped_column(String(40))
    routing_point_id: Mapped[int | None] = mapped_column(ForeignKey("routing_points.id"), index=True)
    install_street: Mapped[str | None] = mapped_column(String(150))
    install_number: Mapped[str | None] = mapped_column(String(20))
    install_complement: Mapped[str | None] = mapped_column(String(80))
    install_district: Mapped[str | None] = mapped_column(String(80))
    install_city: Mapped[str | None] = mapped_column(String(80))
    install_uf: Mapped[str | None] = mapped_column(String(2))
    install_cep: Mapped[str | None] = mapped_column(String(8))
    search_install_address: Mapped[str | None] = mapped_column(String(400))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    client: Mapped[Client] = relationship(back_populates="subscriptions")
    plan: Mapped[Plan] = relationship(lazy="joined")
    routing_point: Mapped[RoutingPoint | None] = relationship(lazy="joined")
    contracts: Mapped[list[Contract]] = relationship(back_populates="subscription", order_by="Contract.id")


class Contract(CreatedAtMixin, Base):
    """A contract of a subscription; any number of them, at most one flagged main."""

    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(40), nullable=False)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)

    subscription: Mapped[Subscription] = relationship(back_populates="contracts")


class Invoice(CreatedAtMixin, Base):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id"))
    description: Mapped[str | None] = mapped_column(String(200))  # "Histórico"
    boleto_number: Mapped[str | None] = mapped_column(String(48))
    nf_number: Mapped[str | None] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    paid_date: Mapped[date | None] = mapped_column(Date)
    balance: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False)


class EmailAccount(CreatedAtMixin, Base):
    """A mailbox the provider hosts for the client ("Conta E-mail")."""

    __tablename__ = "email_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    address: Mapped[str] = mapped_column(String(254), nullable=False)
    domain: Mapped[str] = mapped_column(String(253), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Domain(CreatedAtMixin, Base):
    """A domain the provider hosts for the client ("Domínio")."""

    __tablename__ = "domains"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(253), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RemovedIdentifier(Base):
    """History of removed logins, e-mails, IPs/MACs and voice terminals (the "(Apagado)" searches)."""

    __tablename__ = "removed_identifiers"
    __table_args__ = (CheckConstraint(f"kind IN {sql_in(REMOVED_KINDS)}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    value: Mapped[str] = mapped_column(String(254), nullable=False)  # normalised like the live column
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    removed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    note: Mapped[str | None] = mapped_column(String(200))


class Prospect(CreatedAtMixin, Base):
    __tablename__ = "prospects"
    __table_args__ = (
        CheckConstraint(f"kind IN {sql_in(PROSPECT_KINDS)}", name="kind"),
        CheckConstraint(f"status IN {sql_in(PROSPECT_STATUSES)}", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    name: Mapped[str] = mapped_column(String(150), nullable=False)
    search_name: Mapped[str] = mapped_column(String(150), nullable=False, index=True)
    phone: Mapped[str | None] = mapped_column(String(15))
    email: Mapped[str | None] = mapped_column(String(254))
    street: Mapped[str | None] = mapped_column(String(150))
    number: Mapped[str | None] = mapped_column(String(20))
    district: Mapped[str | None] = mapped_column(String(80))
    city: Mapped[str | None] = mapped_column(String(80))
    uf: Mapped[str | None] = mapped_column(String(2))
    cep: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="novo", nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))  # once converted
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)
