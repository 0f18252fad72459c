"""Parent/child linking rule (seed 001 §4.2.4), in plain Python.

"A regra para gerar o vínculo é: plano 'filho' estar na mesma rede do plano 'pai' e também o tipo
de atendimento precisa estar configurado para suportar vínculo."

Here: a new ticket about a subscription (or an access point) on network N becomes the child of the
OLDEST ticket that is
  - still open (``open`` or ``forwarded``),
  - of a type that allows linking (typically "Falha massiva" opened on a P. Acesso),
  - about the same network N,
  - itself a root (not already somebody's child), so families stay one level deep,
  - not the new ticket itself.
A ticket with no network (prospects, clients without a subscription) is never linked.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

OPEN_STATUSES = frozenset({"open", "forwarded"})


@dataclass(frozen=True)
class Candidate:
    """An existing ticket, as far as the linking rule cares."""

    id: int
    status: str
    network_id: int | None
    type_allows_linking: bool
    opened_at: datetime
    parent_id: int | None = None


@dataclass(frozen=True)
class NewTicket:
    """The ticket being opened: the network its subscription / access point is on."""

    network_id: int | None
    id: int | None = None  # set when re-evaluating an existing ticket


def is_possible_parent(new: NewTicket, candidate: Candidate) -> bool:
    return (
        new.network_id is not None
        and candidate.network_id == new.network_id
        and candidate.status in OPEN_STATUSES
        and candidate.type_allows_linking
        and candidate.parent_id is None
        and candidate.id != new.id
    )


def choose_parent(new: NewTicket, candidates: Iterable[Candidate]) -> Candidate | None:
    """The oldest open linkable root ticket on the same network, or None."""
    matching = [c for c in candidates if is_possible_parent(new, c)]
    if not matching:
        return None
    return min(matching, key=lambda c: (c.opened_at, c.id))
