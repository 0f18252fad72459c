"""Hooks other areas fill in for the client summary of the wizard (DESIGN §4, step 3).

`open_ticket_count(session, client_id)` asks the counter the tickets area installs
(domain/tickets/search_fields.install(), called by create_app): the search package does not import
the tickets area. Before that install (a bare domain test) it counts nothing.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

OpenTicketCounter = Callable[[Session, int], int]


def _not_installed(session: Session, client_id: int) -> int:
    return 0


_counter: OpenTicketCounter = _not_installed


def register_open_ticket_counter(counter: OpenTicketCounter) -> None:
    global _counter
    _counter = counter


def open_ticket_count(session: Session, client_id: int) -> int:
    """Open tickets (attendances not closed) of a client."""
    return int(_counter(session, client_id) or 0)
