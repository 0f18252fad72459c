"""The consumer's history by e-mail: the outbox row of a "Pedido de histórico" (kind "history", owned by
the request instead of a ticket) and its PDF, made when the message is composed (so a retry after an
SMTP outage carries the history as it is then). Delivery, retries and crash recovery are the sender's,
with the same rules as every other message."""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from ..domain import consumer_history
from ..domain.labels import EMAIL_STATUS
from ..models import User
from ..models.clients import Client
from ..models.emails import Email
from ..models.workspace import HistoryRequest


def text_for(client: Client, request: HistoryRequest, settings) -> tuple[str, str]:
    requested = request.requested_at.astimezone(settings.tz)
    subject = f"Histórico de atendimentos — {client.name}"
    body = (f"Olá, {client.name}.\n\n"
            f"Conforme o seu pedido de {requested:%d/%m/%Y às %H:%M}, segue em anexo (PDF) o histórico dos seus "
            "atendimentos conosco: cada protocolo, com as datas, a situação e as nossas respostas.\n\n"
            "Este envio atende ao art. 12 do Decreto nº 11.034/2022 (histórico de demandas do consumidor).\n\n"
            "Atenciosamente,\nCentral de Atendimento\n")
    return subject[:200], body


def queue(session: Session, request: HistoryRequest, client: Client, user: User, settings, *,
          now: datetime) -> Email:
    subject, body = text_for(client, request, settings)
    domain = settings.smtp_from.rpartition("@")[2] or "localhost"
    email = Email(history_request_id=request.id, ticket_id=None, kind="history", to_addrs=[request.address],
                  cc_addrs=[], subject=subject, body=body, read_receipt=False, attachment_ids=[],
                  message_id=f"<historico-{request.id}.{uuid.uuid4().hex}@{domain}>", status="pending",
                  attempts=0, next_attempt_at=now, created_by_id=user.id, created_at=now)
    session.add(email)
    session.flush()
    return email


def attachment(session: Session, email: Email, settings, issued_at: datetime) -> tuple[bytes, str]:
    """The PDF of the request's client and its file name."""
    request = session.get(HistoryRequest, email.history_request_id)
    client = consumer_history.get_client(session, request.client_id)
    return consumer_history.render_pdf(session, client, settings, issued_at), consumer_history.pdf_filename(client)


def state(email: Email | None) -> dict | None:
    """The delivery of a request's e-mail as the API shows it."""
    if email is None:
        return None
    return {"id": email.id, "to": email.to_addrs[0] if email.to_addrs else "", "status": email.status,
            "status_label": EMAIL_STATUS[email.status], "attempts": email.attempts, "last_error": email.last_error,
            "next_attempt_at": email.next_attempt_at if email.status == "pending" else None,
            "last_attempt_at": email.last_attempt_at, "sent_at": email.sent_at}
