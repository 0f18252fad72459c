"""The transactional outbox: a message is a row written in the caller's transaction (with the ticket
change that asks for it); the background sender delivers it. Nothing here talks to SMTP."""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Conflict, Invalid, NotFound, TooLarge
from ..domain.labels import EMAIL_STATUS
from ..domain.protocols import format_protocol
from ..domain.tickets.lifecycle import add_event
from ..models import User
from ..models.attachments import Attachment
from ..models.emails import Email
from ..models.tickets import Ticket
from . import addresses, variables

STATUS_LABELS = EMAIL_STATUS  # the API's status_label and this module's messages


def new_message_id(settings, protocol: str) -> str:
    domain = settings.smtp_from.rpartition("@")[2] or "localhost"
    return f"<{protocol}.{uuid.uuid4().hex}@{domain}>"


def _attachments(session: Session, ticket: Ticket, user: User, ids: list[int], keys: list[str],
                 max_bytes: int) -> list[int]:
    rows = list(session.scalars(select(Attachment).where(Attachment.id.in_(ids)))) if ids else []
    if keys:
        by_key = {a.idempotency_key: a for a in session.scalars(
            select(Attachment).where(Attachment.uploaded_by_id == user.id, Attachment.idempotency_key.in_(keys)))}
        missing = [k for k in keys if k not in by_key]
        if missing:
            raise Invalid("Anexo do e-mail ainda não recebido pelo servidor: envie o arquivo antes do e-mail.")
        rows += [by_key[k] for k in keys if by_key[k].id not in {r.id for r in rows}]
    found = {a.id for a in rows}
    for attachment_id in ids:
        if attachment_id not in found:
            raise Invalid(f"Anexo {attachment_id} não encontrado.")
    for a in rows:
        if a.ticket_id != ticket.id:
            raise Invalid(f"O anexo {a.name} é de outro atendimento.")
        if a.removed_at is not None:
            raise Invalid(f"O anexo {a.name} foi removido e não pode ser enviado.")
    if sum(a.size for a in rows) > max_bytes:
        raise TooLarge(f"Os anexos somam mais que o limite de {max_bytes // (1024 * 1024)} MB por e-mail: "
                       "envie-os em mensagens separadas.")
    return [a.id for a in rows]


def queue(session: Session, ticket: Ticket, user: User, settings, *, to: list[str], cc: list[str], subject: str,
          body: str, read_receipt: bool = False, attachment_ids: list[int] = (), attachment_keys: list[str] = (),
          template_id: int | None = None, kind: str = "message", now: datetime,
          idempotency_key: str | None = None) -> Email:
    to = addresses.cleaned(to, field="Para")
    cc = [a for a in addresses.cleaned(cc, field="Cópia") if a.lower() not in {t.lower() for t in to}]
    if not to:
        raise Invalid("Escolha ao menos um destinatário (um contato marcado ou um endereço digitado).")
    if not subject.strip():
        raise Invalid("Assunto obrigatório: descreva o e-mail em poucas palavras.")
    if not body.strip():
        raise Invalid("O conteúdo do e-mail está vazio.")
    values = variables.values_for(session, variables.sources_of_ticket(ticket), user, now, settings.tz)
    subject_r, body_r = variables.render(subject, values), variables.render(body, values)
    unresolved = subject_r.unresolved + [n for n in body_r.unresolved if n not in subject_r.unresolved]
    if unresolved:
        raise Invalid(variables.describe_unresolved(unresolved), unresolved=unresolved)
    ids = _attachments(session, ticket, user, list(attachment_ids), list(attachment_keys),
                       settings.attachment_max_bytes)
    email = Email(ticket_id=ticket.id, kind=kind, template_id=template_id, to_addrs=to, cc_addrs=cc,
                  subject=subject_r.text, body=body_r.text, read_receipt=read_receipt, attachment_ids=ids,
                  message_id=new_message_id(settings, ticket.protocol), status="pending", attempts=0,
                  next_attempt_at=now, created_by_id=user.id, created_at=now, idempotency_key=idempotency_key)
    session.add(email)
    session.flush()
    what = "Protocolo por escrito" if kind == "receipt" else "E-mail"
    add_event(session, ticket, "email_queued", user, now,
              text=f"{what} para {', '.join(to)}: {subject_r.text}" + (" (confirmação de leitura solicitada)"
                                                                      if read_receipt else ""),
              data={"email_id": email.id, "to": to, "cc": cc, "kind": kind})
    return email


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> Email | None:
    return session.scalar(select(Email).where(Email.created_by_id == user_id, Email.idempotency_key == key))


def get(session: Session, email_id: int) -> Email:
    email = session.get(Email, email_id)
    if email is None:
        raise NotFound("E-mail não encontrado.")
    return email


def resend(session: Session, email: Email, user: User, ticket: Ticket, now: datetime) -> Email:
    """Reenviar: a failed message goes back to the queue (same Message-ID: the same message)."""
    if email.status != "failed":
        raise Conflict(f"Só um e-mail não entregue pode ser reenviado (este está {STATUS_LABELS[email.status]}).")
    email.status, email.phase, email.next_attempt_at, email.claimed_by = "pending", None, now, None
    add_event(session, ticket, "email_resent", user, now, text=f"Reenvio do e-mail: {email.subject}",
              data={"email_id": email.id})
    return email


def undelivered(session: Session, limit: int = 500) -> list[tuple[Email, Ticket]]:
    return list(session.execute(
        select(Email, Ticket).join(Ticket, Ticket.id == Email.ticket_id)
        .where(Email.status == "failed").order_by(Email.id.desc()).limit(limit)))


def for_ticket(session: Session, ticket_id: int) -> list[Email]:
    return list(session.scalars(select(Email).where(Email.ticket_id == ticket_id).order_by(Email.id)))


def protocol_label(ticket: Ticket) -> str:
    return format_protocol(ticket.protocol)
