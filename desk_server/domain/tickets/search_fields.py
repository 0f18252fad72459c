"""The tickets area's part of Localizar Cliente, and the client summary's open-ticket count.

Importing this module registers the "Ocorrência (protocolo)" search field (key `protocol`):
searching clients by a ticket's protocol finds the ticket's client. Typed protocols may carry the
dashes (20261122-000123-7) or not; a complete number with a wrong check digit is refused with the
same message as everywhere ("protocolo inválido: dígito verificador não confere"). Partial numbers
work with Contém / Começa com ("000123", "20261122-0001").
"""
from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.tickets import OPEN_STATUSES, Ticket
from ..protocols import PROTOCOL_LENGTH, InvalidProtocol, format_protocol, parse_protocol
from ..search.normalise import InvalidValue
from ..search.registry import register_field

_SEPARATORS = re.compile(r"[-.\s/]")


def normalise_protocol_term(text: str, condition: str) -> str:
    digits = _SEPARATORS.sub("", text)
    if not digits.isdigit():
        raise InvalidValue("protocolo tem só números (ex. 20261122-000123-7)")
    if len(digits) > PROTOCOL_LENGTH:
        raise InvalidValue(f"protocolo tem {PROTOCOL_LENGTH} dígitos (ex. 20261122-000123-7)")
    if len(digits) == PROTOCOL_LENGTH or condition == "equals":
        try:
            return parse_protocol(digits)
        except InvalidProtocol as exc:
            raise InvalidValue(str(exc)) from None
    return digits


def _protocol_candidates(ctx):
    query = select(Ticket.client_id.label("client_id"), Ticket.protocol.label("value")) \
        .where(Ticket.client_id.is_not(None))
    if len(ctx.term) == PROTOCOL_LENGTH:  # a whole number: the unique index, whatever the condition
        return query.where(Ticket.protocol == ctx.term)
    return query.where(ctx.match(Ticket.protocol))


def _display(value) -> str:
    return format_protocol(value) if value and len(value) == PROTOCOL_LENGTH else str(value or "")


PROTOCOL_FIELD = register_field(
    "protocol", "Ocorrência (protocolo)", build=_protocol_candidates, normalise=normalise_protocol_term,
    display=_display, min_length=3, any_kinds=("protocol",), replace=True)


def open_ticket_count(session: Session, client_id: int) -> int:
    """Open (open or forwarded) tickets of a client, for the client summary ("Dados do Cliente")."""
    return session.scalar(select(func.count()).select_from(Ticket)
                          .where(Ticket.client_id == client_id, Ticket.status.in_(OPEN_STATUSES))) or 0


def open_ticket_counts(session: Session, client_ids: list[int]) -> dict[int, int]:
    """The same for many clients at once (search results), one query."""
    if not client_ids:
        return {}
    rows = session.execute(select(Ticket.client_id, func.count()).where(
        Ticket.client_id.in_(client_ids), Ticket.status.in_(OPEN_STATUSES)).group_by(Ticket.client_id))
    counts = {cid: 0 for cid in client_ids}
    counts.update({cid: n for cid, n in rows})
    return counts
