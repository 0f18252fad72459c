"""Hooks other areas fill in for the client summary of the wizard (DESIGN §4, step 3).

`open_ticket_count(session, client_id)` answers 0 until the tickets issue provides the real
count. It can do so in either of two ways:

- replace the body of `_no_tickets_yet` below with its query (it owns the tickets table), or
- call `register_open_ticket_counter(fn)` at import time of its module, e.g.::

      from desk_server.domain.search.hooks import register_open_ticket_counter

      def _count(session, client_id: int) -> int:
          return session.scalar(select(func.count(Ticket.id)).where(
              Ticket.client_id == client_id, Ticket.status.in_(OPEN_STATUSES))) or 0

      register_open_ticket_counter(_count)
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

OpenTicketCounter = Callable[[Session, int], int]


def _no_tickets_yet(session: Session, client_id: int) -> int:
    return 0


_counter: OpenTicketCounter = _no_tickets_yet


def register_open_ticket_counter(counter: OpenTicketCounter) -> None:
    global _counter
    _counter = counter


def open_ticket_count(session: Session, client_id: int) -> int:
    """Open tickets (attendances not closed) of a client."""
    return int(_counter(session, client_id) or 0)
