"""Localizar Cliente: the client search of the Novo Atendimento wizard (DESIGN §4).

Public API:
- `search_clients(session, q, field="any", condition="contains", limit=50)` → `SearchResult`
- `register_field(key, label, *, build, normalise, ...)` adds a "Pesquisar em" field (see registry.py)
- `SearchInputError` (→ 422), `InvalidValue` (raised by normalisers)
- `open_ticket_count(session, client_id)` hook (see hooks.py)
"""
from .engine import (
    MAX_LIMIT,
    SearchHit,
    SearchResult,
    SearchStep,
    candidate_cap,
    plan,
    search_clients,
    statement,
)
from .hooks import open_ticket_count, register_open_ticket_counter
from .normalise import InvalidValue
from .registry import (
    CONDITION_LABELS,
    CONDITIONS,
    SearchContext,
    SearchField,
    SearchInputError,
    get_field,
    register_field,
    registered_fields,
)

__all__ = [
    "CONDITIONS",
    "CONDITION_LABELS",
    "MAX_LIMIT",
    "InvalidValue",
    "SearchContext",
    "SearchField",
    "SearchHit",
    "SearchInputError",
    "SearchResult",
    "SearchStep",
    "candidate_cap",
    "get_field",
    "open_ticket_count",
    "plan",
    "register_field",
    "register_open_ticket_counter",
    "registered_fields",
    "search_clients",
    "statement",
]
