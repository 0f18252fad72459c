"""Workspace actions on a ticket: change status, pause / resume, take ("Assumir"), cancel, reopen.

Like lifecycle.py, each function checks its rule, changes the ticket, appends its history event and
leaves the commit to the caller; `touched` then does what every action shares (last activity, read
mark of the author, the SLA log and due time, the change feed row).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...models import User
from ...models.tickets import CLOSED_STATUSES, OPEN_STATUSES, Ticket
from ...models.workspace import SlaSegment, TicketRead, TicketStatusDef
from .. import changes, sla
from ..labels import TICKET_CATEGORY
from ..protocols import format_protocol
from ..roles import MANAGERS
from ..rows import active_or_invalid
from . import sla_log
from .errors import Conflict, Forbidden, Invalid
from .lifecycle import add_event, user_cargo_ids

CATEGORY_LABELS = TICKET_CATEGORY


def _ensure_open(ticket: Ticket, what: str) -> None:
    if ticket.status in CLOSED_STATUSES:
        raise Conflict(f"Atendimento {format_protocol(ticket.protocol)} está fechado: não é possível {what}.")


def status_def(session: Session, status_id: int) -> TicketStatusDef:
    return active_or_invalid(session, TicketStatusDef, status_id, f"Status {status_id} não existe.",
                             "O status '{name}' está desativado.")


def first_of(session: Session, category: str) -> TicketStatusDef | None:
    return session.scalar(select(TicketStatusDef).where(TicketStatusDef.category == category,
                                                        TicketStatusDef.active.is_(True))
                          .order_by(TicketStatusDef.position, TicketStatusDef.id).limit(1))


def _current(session: Session, ticket: Ticket) -> TicketStatusDef | None:
    return session.get(TicketStatusDef, ticket.status_id) if ticket.status_id is not None else None


def _status_data(row: TicketStatusDef | None) -> dict | None:
    return {"id": row.id, "name": row.name, "category": row.category} if row is not None else None


def _set_status(session: Session, ticket: Ticket, user: User, row: TicketStatusDef, reason: str | None,
                now: datetime, kind: str) -> None:
    before = _current(session, ticket)
    ticket.status_id = row.id
    add_event(session, ticket, kind, user, now, text=reason or f"Status: {row.name}",
              data={"from": _status_data(before), "to": _status_data(row)})


def change_status(session: Session, ticket: Ticket, user: User, status_id: int, reason: str | None,
                  now: datetime) -> None:
    _ensure_open(ticket, "mudar o status")
    row = status_def(session, status_id)
    if row.category == "closed":
        raise Invalid(f"'{row.name}' é um status de fechamento: use Fechar (Concluído ou Sem Solução), "
                      "que pede o motivo e o tipo de fechamento.")
    if ticket.status_id == row.id:
        raise Conflict(f"O atendimento já está com o status '{row.name}'.")
    _set_status(session, ticket, user, row, reason, now, "status_changed")


def is_paused(session: Session, ticket: Ticket) -> bool:
    current = _current(session, ticket)
    return current is not None and current.category == "waiting_customer"


def pause(session: Session, ticket: Ticket, user: User, reason: str, status_id: int | None, now: datetime) -> None:
    _ensure_open(ticket, "pausar")
    if is_paused(session, ticket):
        raise Conflict(f"O atendimento já está pausado ('{_current(session, ticket).name}').")
    if status_id is not None:
        row = status_def(session, status_id)
        if row.category != "waiting_customer":
            raise Invalid(f"'{row.name}' não é um status de espera pelo cliente: escolha um status "
                          "da categoria Aguardando cliente.")
    else:
        row = first_of(session, "waiting_customer")
        if row is None:
            raise Invalid("Nenhum status da categoria 'Aguardando cliente' está cadastrado: peça ao "
                          "supervisor para criar um em Status de atendimento.")
    _set_status(session, ticket, user, row, reason, now, "paused")


def resume(session: Session, ticket: Ticket, user: User, reason: str | None, now: datetime) -> None:
    _ensure_open(ticket, "retomar")
    if not is_paused(session, ticket):
        raise Conflict("O atendimento não está pausado.")
    row = first_of(session, "in_progress") or first_of(session, "open")
    if row is None:
        raise Invalid("Nenhum status 'Em andamento' ou 'Aberto' está cadastrado.")
    _set_status(session, ticket, user, row, reason or "Atendimento retomado.", now, "resumed")


def take(session: Session, ticket: Ticket, user: User, now: datetime) -> None:
    """"Assumir": a ticket sent to a cargo becomes the user's own."""
    _ensure_open(ticket, "assumir")
    if ticket.assigned_user_id == user.id:
        raise Conflict("Este atendimento já está com você.")
    if ticket.assigned_user_id is not None:
        raise Conflict(f"Atendimento já assumido por {ticket.assigned_user.name}: peça que ele o encaminhe.")
    cargo = ticket.assigned_cargo
    if user.role not in MANAGERS and cargo.id not in user_cargo_ids(session, user):
        raise Forbidden(f"Você não faz parte do cargo '{cargo.name}' para o qual o atendimento foi enviado.")
    ticket.assigned_user_id, ticket.assigned_user = user.id, user
    ticket.assigned_cargo_id, ticket.assigned_cargo = None, None
    add_event(session, ticket, "taken", user, now, text=f"Assumido por {user.name} (cargo {cargo.name}).",
              data={"from": {"cargo_id": cargo.id, "name": cargo.name}, "to": {"user_id": user.id, "name": user.name}})


def cancel(session: Session, ticket: Ticket, user: User, reason: str, now: datetime) -> None:
    if ticket.status in CLOSED_STATUSES:
        raise Conflict("Atendimento já está fechado: não há o que cancelar.")
    ticket.status = "closed_unsolved"
    ticket.closed_at, ticket.closed_by_id, ticket.closed_by = now, user.id, user
    ticket.cancelled_at, ticket.cancelled_by_id = now, user.id
    ticket.close_reason = reason
    add_event(session, ticket, "cancelled", user, now, text=reason)


def reopen(session: Session, ticket: Ticket, user: User, reason: str, now: datetime, reopen_days: int) -> None:
    if ticket.status in OPEN_STATUSES:
        raise Conflict("O atendimento não está fechado.")
    if ticket.closed_at is not None and now - ticket.closed_at > timedelta(days=reopen_days):
        raise Conflict(f"Fechado há mais de {reopen_days} dias: abra um novo protocolo vinculado a "
                       f"{format_protocol(ticket.protocol)} em vez de reabrir.")
    before = {"status": ticket.status, "closed_at": ticket.closed_at.isoformat() if ticket.closed_at else None,
              "close_reason": ticket.close_reason, "cancelled": ticket.cancelled_at is not None}
    if not _has_log(session, ticket):  # keep the closed gap out of the clock: log the first stretch
        session.add(SlaSegment(ticket_id=ticket.id, state="running", started_at=ticket.opened_at,
                               ended_at=ticket.closed_at or now))
        session.flush()
    ticket.status = "open"
    ticket.closed_at = ticket.closed_by_id = ticket.closed_by = None
    ticket.cancelled_at = ticket.cancelled_by_id = None
    ticket.close_reason = None
    row = first_of(session, "open")
    ticket.status_id = row.id if row is not None else None
    add_event(session, ticket, "reopened", user, now, text=reason, data={"before": before})


def mark_read(session: Session, user_id: int, ticket_id: int, now: datetime) -> None:
    row = session.get(TicketRead, (user_id, ticket_id))
    if row is None:
        session.add(TicketRead(user_id=user_id, ticket_id=ticket_id, read_at=now))
    else:
        row.read_at = max(row.read_at, now)


_NEW_READ_MARK = insert(TicketRead.__table__)


def touched(session: Session, ticket: Ticket, user: User, action: str, now: datetime, cal: sla.Calendar,
            *, created: bool = False) -> None:
    """What every action shares; call it last, right before the commit (it takes the feed lock)."""
    ticket.updated_at = now  # before the flush: written with the other changes, not by a second UPDATE
    if created and ticket.status not in CLOSED_STATUSES and not is_paused(session, ticket):
        # A ticket opened running has no SLA log and nobody's read mark: its due time comes from its
        # opening alone, and the one flush writes it (each unit-of-work flush costs about 1 ms).
        sla_log.refresh_due(session, ticket, cal, now, no_log=True)
        session.flush()  # the new ticket gets its id
        session.execute(_NEW_READ_MARK, {"user_id": user.id, "ticket_id": ticket.id, "read_at": now})
    else:
        session.flush()  # a new ticket gets its id
        clock = None if ticket.status in CLOSED_STATUSES else ("paused" if is_paused(session, ticket) else "running")
        if clock != "running" or (not created and _has_log(session, ticket)):
            sla_log.switch(session, ticket, clock, now)
        # (running without a log: the implicit segment from the opening already says it)
        if clock is not None:
            sla_log.refresh_due(session, ticket, cal, now)
        mark_read(session, user.id, ticket.id, now)
    changes.record(session, "ticket_created" if created else "ticket_changed", ticket=ticket, user_id=user.id,
                   at=now, data={"action": action, "status": ticket.status, "protocol": ticket.protocol})


def _has_log(session: Session, ticket: Ticket) -> bool:
    return session.scalar(select(SlaSegment.id).where(SlaSegment.ticket_id == ticket.id).limit(1)) is not None
