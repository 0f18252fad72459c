"""The protocol in writing (ANATEL: the customer gets the protocol in writing within 24 h): the receipt
e-mail (text + PDF) queued in the outbox, and its state against the deadline."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from ..domain.labels import RECEIPT_STATE
from ..domain.protocols import format_protocol
from ..models import User
from ..models.clients import Client
from ..models.emails import Email
from ..models.tickets import Ticket, TicketType
from . import outbox

DEADLINE = timedelta(hours=24)


def due_at(ticket: Ticket) -> datetime:
    return ticket.opened_at + DEADLINE


def latest(session: Session, ticket_id: int) -> Email | None:
    return session.scalar(select(Email).where(Email.ticket_id == ticket_id, Email.kind == "receipt")
                          .order_by(Email.id.desc()).limit(1))


def state(session: Session, ticket: Ticket, now: datetime) -> dict:
    email = latest(session, ticket.id)
    status = "none" if email is None else ("pending" if email.status == "sending" else email.status)
    deadline = due_at(ticket)
    sent_at = email.sent_at if email is not None and email.status == "sent" else None
    late = (sent_at > deadline) if sent_at is not None else now > deadline
    return {"status": status, "status_label": RECEIPT_STATE[status], "due_at": deadline, "sent_at": sent_at,
            "late": late, "to": email.to_addrs[0] if email is not None else None,
            "last_error": email.last_error if email is not None else None,
            "email_id": email.id if email is not None else None}


def late_clause(now: datetime):
    """Tickets whose receipt is late: opened more than 24 h ago and no receipt delivered (for a
    workspace filter: `select(Ticket).where(late_clause(now))`)."""
    delivered = exists().where(and_(Email.ticket_id == Ticket.id, Email.kind == "receipt", Email.status == "sent"))
    return and_(Ticket.opened_at < now - DEADLINE, ~delivered)


def text_for(session: Session, ticket: Ticket, settings) -> tuple[str, str]:
    client = session.get(Client, ticket.client_id) if ticket.client_id else None
    ticket_type = session.get(TicketType, ticket.ticket_type_id)
    opened = ticket.opened_at.astimezone(settings.tz)
    protocol = format_protocol(ticket.protocol)
    greeting = f"Olá, {client.name}." if client else "Olá."
    subject = f"Protocolo de atendimento {protocol}"
    body = (f"{greeting}\n\nRegistramos o seu atendimento:\n\n"
            f"  Protocolo: {protocol}\n  Data e hora: {opened:%d/%m/%Y %H:%M}\n  Assunto: {ticket_type.name}\n\n"
            "Guarde este número: ele identifica o seu atendimento em qualquer contato conosco.\n"
            "O comprovante segue em anexo (PDF).\n\nAtenciosamente,\nCentral de Atendimento\n")
    return subject, body


def queue(session: Session, ticket: Ticket, user: User, settings, *, to: str, now: datetime,
          idempotency_key: str | None = None) -> Email:
    subject, body = text_for(session, ticket, settings)
    return outbox.queue(session, ticket, user, settings, to=[to], cc=[], subject=subject, body=body,
                        kind="receipt", now=now, idempotency_key=idempotency_key)
