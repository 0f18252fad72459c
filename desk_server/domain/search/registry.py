"""The registry of "Pesquisar em" fields of Localizar Cliente.

Each field is a `SearchField`: its key (the API's `field` value), its pt-BR label, how a typed
value is normalised, which conditions it accepts, how a stored value is shown, and a *builder*
that returns the SQL of the candidates.

Adding a field from another area (the tickets issue adds `protocol` and `service_order`)::

    from sqlalchemy import select
    from desk_server.domain.search import register_field
    from desk_server.domain.protocols import parse_protocol, format_protocol

    def _protocol_candidates(ctx):
        # Two columns, labelled client_id and value; filter with ctx.match(column) so the
        # condition (contains / equals / starts_with) and LIKE escaping are handled for you.
        return (select(Ticket.client_id.label("client_id"), Ticket.protocol.label("value"))
                .where(Ticket.client_id.is_not(None), ctx.match(Ticket.protocol)))

    register_field("protocol", "Ocorrência (protocolo)", build=_protocol_candidates,
                   normalise=normalise_protocol_term, display=format_protocol, replace=True)

The search engine (engine.py) wraps the builder's select: it keeps at most `CANDIDATE_CAP`
candidate rows, groups them per client, joins the clients table and orders by name — so a
builder never sorts, groups or limits by itself, and one search is a single SQL statement.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_

from .normalise import LIKE_ESCAPE, InvalidValue, escape_like

CONDITIONS = ("contains", "equals", "starts_with")
CONDITION_LABELS = {"contains": "Contém", "equals": "Igual", "starts_with": "Começa com"}
ALL_CONDITIONS = frozenset(CONDITIONS)


class SearchInputError(ValueError):
    """Bad search input: the API answers 422 with this message (Portuguese, for the operator)."""


@dataclass(frozen=True)
class SearchContext:
    """What a builder gets: the normalised term, the condition and the database dialect."""

    term: Any
    condition: str
    dialect: str  # "postgresql" or "sqlite"

    def match(self, column, term: str | None = None, condition: str | None = None) -> ColumnElement[bool]:
        """`column` compared with the term under the condition, `%`/`_` typed by the user literal.

        - equals: `column = term` (btree);
        - contains: `column LIKE '%term%'` (pg_trgm GIN on PostgreSQL);
        - starts_with: `LIKE 'term%'` on PostgreSQL (btree text_pattern_ops), a range
          `column >= term AND column < next(term)` on SQLite, whose LIKE cannot use a plain index.
        """
        term = self.term if term is None else term
        condition = condition or self.condition
        if condition == "equals":
            return column == term
        if condition == "starts_with":
            if self.dialect == "sqlite":
                return and_(column >= term, column < _successor(term))
            return self.like(column, escape_like(term) + "%")
        return self.like(column, "%" + escape_like(term) + "%")

    def ends_with(self, column, term: str | None = None) -> ColumnElement[bool]:
        return self.like(column, "%" + escape_like(self.term if term is None else term))

    def like(self, column, pattern: str) -> ColumnElement[bool]:
        # Backslash is PostgreSQL's default LIKE escape; SQLite has none unless told.
        if self.dialect == "sqlite":
            return column.like(pattern, escape=LIKE_ESCAPE)
        return column.like(pattern)


def _successor(text: str) -> str:
    """The smallest string greater than every string starting with `text` (binary order)."""
    stripped = text.rstrip("\U0010ffff")
    if not stripped:
        return text + "\U0010ffff"
    return stripped[:-1] + chr(ord(stripped[-1]) + 1)


Normaliser = Callable[[str, str], Any]
Builder = Callable[[SearchContext], Select | CompoundSelect | None]


def _identity(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class SearchField:
    key: str
    label: str
    build: Builder
    normalise: Normaliser
    display: Callable[[Any], str] = _identity
    conditions: frozenset[str] = ALL_CONDITIONS
    min_length: int = 2
    # True when the builder selects from `clients` itself (client_id is clients.id): the engine
    # then reads the client's columns from the same rows instead of joining.
    on_clients: bool = False
    any_kinds: tuple[str, ...] = field(default=())

    def prepare(self, raw: str, condition: str) -> Any:
        """Validate and normalise a typed value for this field (SearchInputError on bad input)."""
        if condition not in self.conditions:
            allowed = ", ".join(CONDITION_LABELS[c] for c in CONDITIONS if c in self.conditions)
            raise SearchInputError(f"A condição '{CONDITION_LABELS.get(condition, condition)}' não se "
                                   f"aplica a {self.label}; use: {allowed}.")
        text = raw.strip()
        if len(text) < self.min_length:
            unit = "caractere" if self.min_length == 1 else "caracteres"
            raise SearchInputError(f"Digite pelo menos {self.min_length} {unit} para pesquisar em {self.label}.")
        try:
            return self.normalise(text, condition)
        except InvalidValue as exc:  # messages name what is wrong ("MAC inválido: ...")
            raise SearchInputError(str(exc)) from None


_REGISTRY: dict[str, SearchField] = {}


def register_field(key: str, label: str, *, build: Builder, normalise: Normaliser,
                   display: Callable[[Any], str] = _identity,
                   conditions: Iterable[str] = CONDITIONS, min_length: int = 2,
                   on_clients: bool = False, any_kinds: Iterable[str] = (),
                   replace: bool = False) -> SearchField:
    """Add (or, with replace=True, redefine) a "Pesquisar em" field.

    - key: the API's `field` value (e.g. "protocol"); label: the pt-BR text of the UI.
    - build(ctx) → a `select(<client id>.label("client_id"), <stored value>.label("value"))` with
      its WHERE (use `ctx.match(column)`), or None for "no candidates". No ORDER BY / LIMIT.
    - normalise(text, condition) → the term the builder compares with (`ctx.term`); raise
      `InvalidValue("mensagem")` (from .normalise) for input the field cannot hold → 422.
      `text` is already stripped and at least `min_length` characters long.
    - display(value) → how a matched stored value is shown (`matched_value`).
    - conditions: the subset of "contains", "equals", "starts_with" the field accepts.
    - any_kinds: kinds detected in "Todos os campos" mode ("protocol", "cpf", "cnpj", "mac", "ip",
      "phone", "number", "email", "login", "text", "date") for which this field is searched too,
      after the built-in fields of that kind.
    """
    if key in _REGISTRY and not replace:
        raise ValueError(f"search field {key!r} already registered (use replace=True)")
    unknown = set(conditions) - ALL_CONDITIONS
    if unknown:
        raise ValueError(f"unknown conditions {unknown}")
    spec = SearchField(key=key, label=label, build=build, normalise=normalise, display=display,
                       conditions=frozenset(conditions), min_length=min_length, on_clients=on_clients,
                       any_kinds=tuple(any_kinds))
    _REGISTRY[key] = spec
    return spec


def get_field(key: str) -> SearchField:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise SearchInputError(
            f"Campo de pesquisa desconhecido: '{key[:40]}'. Use um destes: any, "
            + ", ".join(_REGISTRY) + ".") from None


def registered_fields() -> list[SearchField]:
    return list(_REGISTRY.values())


def fields_for_kind(kind: str) -> list[str]:
    return [f.key for f in _REGISTRY.values() if kind in f.any_kinds]
