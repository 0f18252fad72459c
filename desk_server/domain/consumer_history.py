"""The consumer's history (Decreto 11.034/2022 art. 12): a "Pedido de histórico" has a channel (e-mail or
post), an address and 5 calendar days. By e-mail the history PDF goes out through the outbox
(mail/history.py): the request is marked sent when the SMTP server accepts it. By post someone marks it
sent by hand.

Rules here; the routes (api/history_requests.py) only translate.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import User
from ..models.clients import Client
from ..models.emails import Email
from ..models.tickets import Ticket, TicketEvent
from ..models.workspace import HistoryRequest
from . import changes
from .errors import Conflict
from .rows import get_or_404

DEADLINE_DAYS = 5
ISSUER = "Central de Atendimento"


def get_client(session: Session, client_id: int) -> Client:
    return get_or_404(session, Client, client_id, "Cliente não encontrado.")


def get_request(session: Session, request_id: int) -> HistoryRequest:
    return get_or_404(session, HistoryRequest, request_id, "Pedido de histórico não encontrado.")


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> HistoryRequest | None:
    return session.scalar(select(HistoryRequest).where(HistoryRequest.requested_by_id == user_id,
                                                       HistoryRequest.idempotency_key == key))


def create(session: Session, client: Client, user: User, settings, *, channel: str, address: str,
           note: str | None, now: datetime, idempotency_key: str | None = None) -> HistoryRequest:
    """Record the request; by e-mail the history is queued in the outbox in the same transaction."""
    from ..mail import addresses
    from ..mail import history as history_mail

    if channel == "email":
        address = addresses.cleaned([address], field="E-mail do pedido")[0]
    row = HistoryRequest(client_id=client.id, channel=channel, address=address, note=note,
                         requested_by_id=user.id, requested_at=now, due_at=now + timedelta(days=DEADLINE_DAYS),
                         idempotency_key=idempotency_key)
    session.add(row)
    session.flush()
    if channel == "email":
        history_mail.queue(session, row, client, user, settings, now=now)
    changes.record(session, "client_changed", client_id=client.id, user_id=user.id, at=now,
                   data={"action": "history_requested", "request_id": row.id})
    return row


def email_of(session: Session, request_id: int) -> Email | None:
    return session.scalar(select(Email).where(Email.history_request_id == request_id))


def emails_of(session: Session, request_ids: list[int]) -> dict[int, Email]:
    if not request_ids:
        return {}
    return {e.history_request_id: e for e in session.scalars(
        select(Email).where(Email.history_request_id.in_(request_ids)))}


def mark_sent(session: Session, row: HistoryRequest, user: User, now: datetime, reason: str | None) -> None:
    """By hand: the history went by post (or, its e-mail undelivered, some other way)."""
    if row.sent_at is not None:
        raise Conflict(f"Este histórico já foi enviado em {row.sent_at:%d/%m/%Y}.")
    email = email_of(session, row.id)
    if email is not None and email.status != "failed":
        raise Conflict("Este histórico é enviado por e-mail pelo servidor e fica marcado como enviado quando o "
                       "e-mail for entregue: não é preciso marcá-lo à mão.")
    row.sent_at, row.sent_by_id = now, user.id
    if reason:
        row.note = f"{row.note}\n{reason}" if row.note else reason
    changes.record(session, "client_changed", client_id=row.client_id, user_id=user.id, at=now,
                   data={"action": "history_sent", "request_id": row.id})


def resend(session: Session, row: HistoryRequest, user: User, now: datetime) -> Email:
    """Reenviar: the undelivered e-mail of the request goes back to the queue (same Message-ID)."""
    email = email_of(session, row.id)
    if email is None:
        raise Conflict("Este pedido não é por e-mail: não há e-mail para reenviar.")
    if row.sent_at is not None:
        raise Conflict(f"Este histórico já foi enviado em {row.sent_at:%d/%m/%Y}.")
    if email.status != "failed":
        raise Conflict("Só um e-mail não entregue pode ser reenviado (este ainda está na fila).")
    email.status, email.phase, email.next_attempt_at, email.claimed_by = "pending", None, now, None
    changes.record(session, "client_changed", client_id=row.client_id, user_id=user.id, at=now,
                   data={"action": "history_resent", "request_id": row.id, "email_id": email.id})
    return email


def delivered(session: Session, email: Email, status: str, at: datetime) -> None:
    """The sender's last word on a history e-mail (in its transaction): "sent" marks the request sent."""
    row = session.get(HistoryRequest, email.history_request_id)
    if row is None:
        return
    if status == "sent" and row.sent_at is None:
        row.sent_at = at
    changes.record(session, "client_changed", client_id=row.client_id, user_id=email.created_by_id, at=at,
                   data={"action": "history_sent" if status == "sent" else "history_email_failed",
                         "request_id": row.id, "email_id": email.id})


def history_data(session: Session, client_id: int) -> list[dict]:
    tickets = list(session.scalars(select(Ticket).where(Ticket.client_id == client_id)
                                   .options(selectinload(Ticket.ticket_type)).order_by(Ticket.opened_at, Ticket.id)))
    events: dict[int, list[dict]] = {t.id: [] for t in tickets}
    if tickets:
        rows = session.execute(select(TicketEvent, User.name).join(User, User.id == TicketEvent.user_id)
                               .where(TicketEvent.ticket_id.in_(list(events)))
                               .order_by(TicketEvent.at, TicketEvent.id))
        for event, name in rows:
            events[event.ticket_id].append({"at": event.at, "kind": event.kind, "user_name": name, "text": event.text})
    return [{"protocol": t.protocol, "ticket_type": t.ticket_type.name, "status": t.status, "opened_at": t.opened_at,
             "closed_at": t.closed_at, "cancelled_at": t.cancelled_at, "problem": t.problem, "solution": t.solution,
             "close_reason": t.close_reason, "events": events[t.id]} for t in tickets]


def render_pdf(session: Session, client: Client, settings, issued_at: datetime) -> bytes:
    from ..reports import history as history_pdf

    return history_pdf.build({"name": client.name, "code": client.code, "document": client.document},
                             history_data(session, client.id), issuer=ISSUER, tz=settings.tz,
                             issued_at=issued_at.astimezone(settings.tz))


def pdf_filename(client: Client) -> str:
    return f"historico-{client.code}.pdf"
