"""Linking stored files to tickets: one row per link, each with its own name, note, uploader and time;
every add and removal is a line in the ticket's history."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import User
from ...models.attachments import Attachment
from ...models.tickets import Ticket
from ..errors import Conflict, NotFound
from ..tickets.lifecycle import add_event
from .files import human_size

MAX_NOTE = 2000


def add(session: Session, ticket: Ticket, user: User, *, sha256: str, size: int, content_type: str, name: str,
        note: str | None, now: datetime, idempotency_key: str | None) -> Attachment:
    note = (note or "").strip()[:MAX_NOTE] or None
    attachment = Attachment(ticket_id=ticket.id, sha256=sha256, size=size, content_type=content_type, name=name,
                            note=note, uploaded_by_id=user.id, uploaded_at=now, idempotency_key=idempotency_key)
    session.add(attachment)
    session.flush()
    add_event(session, ticket, "attachment_added", user, now, text=f"Anexo {name} ({human_size(size)})",
              data={"attachment_id": attachment.id, "name": name, "size": size, "note": note})
    return attachment


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> Attachment | None:
    return session.scalar(select(Attachment).where(Attachment.uploaded_by_id == user_id,
                                                   Attachment.idempotency_key == key))


def get(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound("Anexo não encontrado.")
    return attachment


def remove(session: Session, ticket: Ticket, attachment: Attachment, user: User, reason: str | None,
           now: datetime) -> Attachment:
    if attachment.removed_at is not None:
        raise Conflict(f"O anexo {attachment.name} já foi removido.")
    attachment.removed_at, attachment.removed_by_id = now, user.id
    text = f"Anexo {attachment.name} removido" + (f": {reason.strip()}" if reason and reason.strip() else "")
    add_event(session, ticket, "attachment_removed", user, now, text=text,
              data={"attachment_id": attachment.id, "name": attachment.name})
    return attachment


def for_ticket(session: Session, ticket_id: int, *, include_removed: bool = True) -> list[Attachment]:
    stmt = select(Attachment).where(Attachment.ticket_id == ticket_id)
    if not include_removed:
        stmt = stmt.where(Attachment.removed_at.is_(None))
    return list(session.scalars(stmt.order_by(Attachment.id)))
