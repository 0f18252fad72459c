"""E-mail: templates (visible to chosen cargos), the transactional outbox and the sender's lease.

An outbox row is written in the same transaction as the ticket change that asks for it, so the
request is never lost; the background sender delivers it. `status` goes pending → sending →
sent | failed (or back to pending after a temporary failure). `phase` says how far an attempt got:
"data" (the body is being written; the SMTP server discards it if the connection drops) or "final"
(the end-of-data mark may have gone out: the server may have accepted it). A sender that restarts
uses it to decide whether a message caught `sending` is sent again or counted as delivered.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime, sql_in, utcnow
from .users import Cargo, User

EMAIL_STATUSES = ("pending", "sending", "sent", "failed")
EMAIL_KINDS = ("message", "receipt", "history")
SEND_PHASES = ("data", "final")
# A message belongs to a ticket, or (kind "history") to a consumer's history request (migration 0011).
OWNER_CHECK = ("(kind = 'history' AND ticket_id IS NULL AND history_request_id IS NOT NULL) OR "
               "(kind <> 'history' AND ticket_id IS NOT NULL AND history_request_id IS NULL)")


email_template_cargos = Table(
    "email_template_cargos", Base.metadata,
    Column("template_id", ForeignKey("email_templates.id", ondelete="CASCADE"), primary_key=True),
    Column("cargo_id", ForeignKey("cargos.id", ondelete="CASCADE"), primary_key=True),
)


class EmailTemplate(CreatedAtMixin, Base):
    __tablename__ = "email_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)

    cargos: Mapped[list[Cargo]] = relationship(secondary=email_template_cargos, lazy="selectin")


class Email(Base):
    __tablename__ = "emails"
    __table_args__ = (
        CheckConstraint(f"status IN {sql_in(EMAIL_STATUSES)}", name="status"),
        CheckConstraint(f"kind IN {sql_in(EMAIL_KINDS)}", name="kind"),
        CheckConstraint(f"phase IS NULL OR phase IN {sql_in(SEND_PHASES)}", name="phase"),
        CheckConstraint(OWNER_CHECK, name="owner"),
        UniqueConstraint("history_request_id", name="uq_emails_history_request_id"),
        UniqueConstraint("created_by_id", "idempotency_key", name="uq_emails_created_by_idempotency_key"),
        Index("ix_emails_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_emails_ticket_id_id", "ticket_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    history_request_id: Mapped[int | None] = mapped_column(ForeignKey("history_requests.id"))
    kind: Mapped[str] = mapped_column(String(20), default="message", nullable=False)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("email_templates.id"))
    to_addrs: Mapped[list] = mapped_column(JSON, nullable=False)
    cc_addrs: Mapped[list] = mapped_column(JSON, nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    read_receipt: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    attachment_ids: Mapped[list] = mapped_column(JSON, nullable=False)
    message_id: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(20), default="pending", nullable=False)
    phase: Mapped[str | None] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    idempotency_key: Mapped[str | None] = mapped_column(String(128))

    created_by: Mapped[User] = relationship(lazy="joined")


class MailSenderLease(Base):
    """One row per background job ("smtp"): the instance holding it is the deployment's only sender."""

    __tablename__ = "mail_sender_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
