"""Ticket lifecycle: open (with parent linking), forward, comment, close (closing children too).

Every function adds its history events and leaves the commit to the caller. Rows that decide a
rule (the protocol being used, a parent being linked to or closed) are locked with FOR UPDATE on
PostgreSQL; SQLite serialises writers with BEGIN IMMEDIATE.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Cargo, User
from ...models.base import utcnow
from ...models.tickets import CLOSED_STATUSES, OPEN_STATUSES, Ticket, TicketEvent, TicketType
from ..protocols import format_protocol
from ..roles import MANAGERS, STAFF
from ..rows import active_or_invalid
from ..scripts import ticket_hook as script_hook
from . import linking, subjects
from .errors import Conflict, Forbidden, Invalid, NotFound
from .reservation import lock_protocol


@dataclass
class Destination:
    user_id: int | None = None
    cargo_id: int | None = None


@dataclass
class TicketDraft:
    """What the wizard sends when it finishes (already shape-checked by the schema)."""

    protocol: str  # 15 digits, check digit verified
    kind: str
    ticket_type_id: int
    channel: str
    destination: Destination
    client_id: int | None = None
    subscription_id: int | None = None
    contact_id: int | None = None
    prospect_id: int | None = None
    access_point_id: int | None = None
    problem: str | None = None
    checks: str | None = None
    resolved: bool = False
    solution: str | None = None
    script_report: dict | list | str | None = None
    script_run: dict | None = None  # checked against its version; the server builds the report
    extra: dict = field(default_factory=dict)


def request_fingerprint(payload: dict) -> str:
    """Stable hash of a request body, to tell a retry from a different request with the same key."""
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _for_update(session: Session, stmt, *, shared: bool = False):
    """Row lock on PostgreSQL (FOR UPDATE, or FOR SHARE with shared=True). SQLite: nothing to add,
    the whole transaction already holds the database's write lock (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update(read=shared)
    return stmt


def add_event(session: Session, ticket: Ticket, kind: str, user: User, at: datetime,
              text: str | None = None, data: dict | None = None) -> TicketEvent:
    """Append a history line (by relationship, so a ticket not flushed yet gets its events in the
    same flush)."""
    event = TicketEvent(ticket=ticket, kind=kind, user=user, at=at, text=text, data=data)
    session.add(event)
    return event


# -- permissions ----------------------------------------------------------------------------------

def user_cargo_ids(session: Session, user: User) -> set[int]:
    return {c.id for c in user.cargos}


def can_act(session: Session, user: User, ticket: Ticket) -> bool:
    """Operators, supervisors and admins act on any ticket; technicians on those assigned to them
    (to them personally or to one of their cargos)."""
    if user.role in STAFF:
        return True
    if ticket.assigned_user_id == user.id:
        return True
    return ticket.assigned_cargo_id is not None and ticket.assigned_cargo_id in user_cargo_ids(session, user)


def ensure_can_act(session: Session, user: User, ticket: Ticket) -> None:
    if not can_act(session, user, ticket):
        raise Forbidden("Este atendimento não está atribuído a você nem a um cargo seu.")


# -- lookups --------------------------------------------------------------------------------------

def active_ticket_type(session: Session, type_id: int) -> TicketType:
    return active_or_invalid(session, TicketType, type_id, f"Tipo de atendimento {type_id} não existe.",
                             "O tipo de atendimento '{name}' está desativado.")


def check_destination(session: Session, dest: Destination) -> tuple[User | None, Cargo | None]:
    if (dest.user_id is None) == (dest.cargo_id is None):
        raise Invalid("Destino: informe um usuário ou um cargo (exatamente um dos dois).")
    if dest.user_id is not None:
        user = session.get(User, dest.user_id)
        if user is None or not user.active:
            raise Invalid(f"Destino: usuário {dest.user_id} não existe ou está desativado.")
        return user, None
    cargo = session.get(Cargo, dest.cargo_id)
    if cargo is None or not cargo.active:
        raise Invalid(f"Destino: cargo {dest.cargo_id} não existe ou está desativado.")
    return None, cargo


def _destination_data(user: User | None, cargo: Cargo | None) -> dict:
    if user is not None:
        return {"user_id": user.id, "name": user.name}
    return {"cargo_id": cargo.id, "name": cargo.name}


def _current_destination(ticket: Ticket) -> dict:
    return _destination_data(ticket.assigned_user, ticket.assigned_cargo)


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> Ticket | None:
    return session.scalar(select(Ticket).where(Ticket.opened_by_id == user_id, Ticket.idempotency_key == key))


# -- linking --------------------------------------------------------------------------------------

def candidate_parents(session: Session, network_id: int | None) -> list[linking.Candidate]:
    if network_id is None:
        return []
    rows = session.execute(
        select(Ticket.id, Ticket.status, Ticket.network_id, TicketType.allows_linking, Ticket.opened_at,
               Ticket.parent_id)
        .join(TicketType, TicketType.id == Ticket.ticket_type_id)
        .where(Ticket.network_id == network_id, Ticket.status.in_(OPEN_STATUSES),
               TicketType.allows_linking.is_(True), Ticket.parent_id.is_(None))
    )
    return [linking.Candidate(id=r[0], status=r[1], network_id=r[2], type_allows_linking=bool(r[3]),
                              opened_at=r[4], parent_id=r[5]) for r in rows]


def find_parent(session: Session, network_id: int | None, *, lock: bool = False,
                exclude_id: int | None = None) -> Ticket | None:
    """The parent a new ticket on `network_id` would get (linking.choose_parent over the database).

    With lock=True the chosen parent row is locked FOR SHARE and re-checked: a parent being closed
    (FOR UPDATE) at the same moment is never picked, since its closing would miss the new child,
    while many children can be linked to the same parent at once (a mass outage) without waiting
    for each other."""
    excluded: set[int] = set()
    for _attempt in range(5):
        candidates = [c for c in candidate_parents(session, network_id) if c.id not in excluded]
        chosen = linking.choose_parent(linking.NewTicket(network_id=network_id, id=exclude_id), candidates)
        if chosen is None:
            return None
        if not lock:
            return session.get(Ticket, chosen.id)
        parent = session.scalar(_for_update(session, select(Ticket).where(Ticket.id == chosen.id), shared=True)
                                .execution_options(populate_existing=True))
        if parent is not None and parent.status in OPEN_STATUSES and parent.parent_id is None:
            return parent
        excluded.add(chosen.id)
    return None


# -- opening --------------------------------------------------------------------------------------

def open_ticket(session: Session, user: User, draft: TicketDraft, *, idempotency_key: str, request_hash: str,
                now: datetime | None = None) -> Ticket:
    """Create the ticket of a reserved protocol. Raises Invalid / Conflict / Forbidden."""
    now = now or utcnow()
    protocol = lock_protocol(session, draft.protocol)
    if protocol is None:
        raise Invalid(f"Protocolo {format_protocol(draft.protocol)} não foi reservado: "
                      "reserve um protocolo (POST /api/v1/protocols) antes de abrir o atendimento.")
    if protocol.reserved_by_id != user.id and user.role not in MANAGERS:
        raise Forbidden(f"O protocolo {format_protocol(draft.protocol)} foi reservado por outro usuário.")
    # The protocol row is locked and becomes "used" in the transaction that inserts its ticket, so its
    # status is authoritative (the unique constraint on tickets.protocol is the backstop).
    if protocol.status == "used":
        existing = session.scalar(select(Ticket.id).where(Ticket.protocol == draft.protocol))
        raise Conflict(f"Já existe um atendimento (nº {existing}) para o protocolo "
                       f"{format_protocol(draft.protocol)}.")
    if protocol.status == "abandoned":
        raise Conflict(f"O protocolo {format_protocol(draft.protocol)} foi registrado como contato sem "
                       "atendimento; reserve um novo protocolo.")

    ticket_type = active_ticket_type(session, draft.ticket_type_id)
    dest_user, dest_cargo = check_destination(session, draft.destination)
    subject = subjects.resolve(session, kind=draft.kind, client_id=draft.client_id,
                               subscription_id=draft.subscription_id, contact_id=draft.contact_id,
                               prospect_id=draft.prospect_id, access_point_id=draft.access_point_id)
    if draft.resolved and not (draft.solution or "").strip():
        raise Invalid("Atendimento resolvido: descreva a solução.")

    script = (script_hook.check(session, draft.script_run, draft.protocol, subject)
              if draft.script_run is not None else None)

    parent = find_parent(session, subject.network_id, lock=True)
    ticket = Ticket(
        protocol=draft.protocol, kind=draft.kind, client_id=subject.client_id,
        subscription_id=subject.subscription_id, contact_id=subject.contact_id,
        prospect_id=subject.prospect_id, access_point_id=subject.access_point_id,
        network_id=subject.network_id, ticket_type_id=ticket_type.id, channel=draft.channel,
        assigned_user_id=dest_user.id if dest_user else None,
        assigned_cargo_id=dest_cargo.id if dest_cargo else None,
        problem=draft.problem, checks=draft.checks, solution=draft.solution, status="open",
        opened_by_id=user.id, opened_at=now, parent_id=parent.id if parent else None,
        sla_due_at=now + timedelta(hours=ticket_type.sla_hours),
        script_report=script.report if script is not None else draft.script_report,
        idempotency_key=idempotency_key, request_hash=request_hash,
    )
    # Loaded objects set on the relationships too, so the answer needs no lazy load after the commit.
    ticket.ticket_type, ticket.assigned_user, ticket.assigned_cargo = ticket_type, dest_user, dest_cargo
    ticket.opened_by, ticket.parent = user, parent
    # Flushed with its events and the protocol at commit (unique keys are checked there), or below
    # when the parent's history needs the new id.
    session.add(ticket)
    protocol.status = "used"
    protocol.kind = draft.kind
    protocol.channel = draft.channel

    add_event(session, ticket, "opened", user, now, text=draft.problem, data={
        "ticket_type_id": ticket_type.id, "ticket_type": ticket_type.name, "channel": draft.channel,
        "destination": _destination_data(dest_user, dest_cargo), "checks": draft.checks,
    })
    if script is not None:
        script_hook.attach(session, ticket, user, script, now)
    if parent is not None:
        add_event(session, ticket, "linked_to_parent", user, now,
                  text=f"Vinculado ao atendimento pai {format_protocol(parent.protocol)}.",
                  data={"parent_id": parent.id, "parent_protocol": parent.protocol})
        session.flush()
        add_event(session, parent, "linked_child", user, now,
                  text=f"Atendimento filho {format_protocol(ticket.protocol)} vinculado.",
                  data={"child_id": ticket.id, "child_protocol": ticket.protocol})
    if draft.resolved:
        _close(session, ticket, user, "closed_done", draft.solution, None, now,
               text=f"Resolvido no primeiro contato: {draft.solution}")
    return ticket


# -- actions on an existing ticket ---------------------------------------------------------------

def lock_ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.scalar(_for_update(session, select(Ticket).where(Ticket.id == ticket_id))
                            .execution_options(populate_existing=True))
    if ticket is None:
        raise NotFound("Atendimento não encontrado.")
    return ticket


def forward(session: Session, ticket: Ticket, user: User, dest: Destination, reason: str,
            now: datetime | None = None) -> Ticket:
    now = now or utcnow()
    if ticket.status in CLOSED_STATUSES:
        raise Conflict("Atendimento fechado não pode ser encaminhado.")
    dest_user, dest_cargo = check_destination(session, dest)
    before = _current_destination(ticket)
    ticket.assigned_user_id = dest_user.id if dest_user else None
    ticket.assigned_cargo_id = dest_cargo.id if dest_cargo else None
    ticket.assigned_user, ticket.assigned_cargo = dest_user, dest_cargo
    ticket.status = "forwarded"
    add_event(session, ticket, "forwarded", user, now, text=reason,
              data={"from": before, "to": _destination_data(dest_user, dest_cargo)})
    return ticket


def comment(session: Session, ticket: Ticket, user: User, text: str, now: datetime | None = None) -> TicketEvent:
    return add_event(session, ticket, "commented", user, now or utcnow(), text=text)


def _close(session: Session, ticket: Ticket, user: User, status: str, reason: str | None,
           close_type: TicketType | None, now: datetime, *, kind: str = "closed", text: str | None = None,
           data: dict | None = None) -> None:
    ticket.status = status
    ticket.closed_at = now
    ticket.closed_by_id, ticket.closed_by = user.id, user
    ticket.close_reason = reason
    if close_type is not None:
        ticket.close_ticket_type_id, ticket.close_ticket_type = close_type.id, close_type
    payload = {"outcome": "done" if status == "closed_done" else "unsolved"}
    if close_type is not None:
        payload.update(ticket_type_id=close_type.id, ticket_type=close_type.name)
    payload.update(data or {})
    add_event(session, ticket, kind, user, now, text=text or reason, data=payload)


def close(session: Session, ticket: Ticket, user: User, outcome: str, reason: str,
          ticket_type_id: int | None = None, now: datetime | None = None, *,
          close_children: bool = True) -> list[Ticket]:
    """Close a ticket; its open children (and theirs) close with the same outcome and reason (unless
    close_children is False: the operator chose to leave them open).

    Returns the children closed along."""
    now = now or utcnow()
    if ticket.status in CLOSED_STATUSES:
        raise Conflict("Atendimento já está fechado.")
    if ticket.id is None:
        session.flush()  # children are found by parent_id: with no id yet that would be every parentless ticket
    close_type = active_ticket_type(session, ticket_type_id) if ticket_type_id is not None else None
    status = "closed_done" if outcome == "done" else "closed_unsolved"
    _close(session, ticket, user, status, reason, close_type, now)

    closed_children: list[Ticket] = []
    frontier = [ticket] if close_children else []
    while frontier:
        parent = frontier.pop()
        children = session.scalars(
            _for_update(session, select(Ticket).where(Ticket.parent_id == parent.id,
                                                      Ticket.status.in_(OPEN_STATUSES)).order_by(Ticket.id))
            .execution_options(populate_existing=True)).all()
        for child in children:
            _close(session, child, user, status, reason, None, now, kind="child_closed_by_parent",
                   text=f"Fechado junto com o atendimento pai {format_protocol(parent.protocol)}: {reason}",
                   data={"parent_id": parent.id, "parent_protocol": parent.protocol})
            closed_children.append(child)
            frontier.append(child)
    if closed_children:
        add_event(session, ticket, "children_closed", user, now,
                  text=f"{len(closed_children)} atendimento(s) filho(s) fechado(s) junto.",
                  data={"children": [{"id": c.id, "protocol": c.protocol} for c in closed_children]})
    return closed_children
