"""The tickets area's part of Localizar Cliente and of the client summary.

`install()` (called by create_app, like every other search field and hook):
- registers the real "Ocorrência (protocolo)" search field (key `protocol`, after the built-in
  fields of domain/search/fields.py): searching clients by a ticket's protocol finds the
  ticket's client. Protocols are typed with or without the dashes; a complete number with a wrong
  check digit is refused ("protocolo inválido: dígito verificador não confere"); partial numbers
  work with Contém / Começa com ("000123", "20261122-0001"). "Todos os campos" already routes a
  typed protocol to this field (search/detect.py).
- registers `open_ticket_count(session, client_id)` as the open-tickets counter of the client
  summary (domain/search/hooks.py).
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.tickets import OPEN_STATUSES, Ticket
from ..protocols import PROTOCOL_LENGTH, format_protocol
from ..search.fields import protocol_term
from ..search.hooks import register_open_ticket_counter
from ..search.registry import register_field


def _protocol_variant(term: str, condition: str) -> str:
    return "whole" if len(term) == PROTOCOL_LENGTH else "part"


def _protocol_candidates(ctx):
    # A template (ctx.term is a bind parameter); ctx.variant tells a whole number from a part.
    query = select(Ticket.client_id.label("client_id"), Ticket.protocol.label("value")) \
        .where(Ticket.client_id.is_not(None))
    if ctx.variant == "whole":  # a whole number: the unique index, whatever the condition
        return query.where(Ticket.protocol == ctx.term)
    return query.where(ctx.match(Ticket.protocol))


def _display(value) -> str:
    return format_protocol(value) if value and len(value) == PROTOCOL_LENGTH else str(value or "")


def open_ticket_count(session: Session, client_id: int) -> int:
    """Open (open or forwarded) tickets of a client, for the client summary ("Dados do Cliente")."""
    return session.scalar(select(func.count()).select_from(Ticket)
                          .where(Ticket.client_id == client_id, Ticket.status.in_(OPEN_STATUSES))) or 0


def open_ticket_counts(session: Session, client_ids: list[int]) -> dict[int, int]:
    """The same for many clients at once (e.g. a results table), in one query."""
    if not client_ids:
        return {}
    rows = session.execute(select(Ticket.client_id, func.count()).where(
        Ticket.client_id.in_(client_ids), Ticket.status.in_(OPEN_STATUSES)).group_by(Ticket.client_id))
    counts = dict.fromkeys(client_ids, 0)
    counts.update({cid: n for cid, n in rows})
    return counts


def install() -> None:
    """Register the protocol field and the open-tickets counter (idempotent: an app per test)."""
    register_field("protocol", "Ocorrência (protocolo)", build=_protocol_candidates, normalise=protocol_term,
                   display=_display, variant=_protocol_variant, replace=True)
    register_open_ticket_counter(open_ticket_count)
