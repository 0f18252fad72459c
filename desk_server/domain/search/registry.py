"""The registry of "Pesquisar em" fields of Localizar Cliente.

Each field is a `SearchField`: its key (the API's `field` value), its pt-BR label, how a typed
value is normalised, which conditions it accepts, how a stored value is shown, and a *builder*
that returns the SQL of the candidates.

Adding a field from another area (the tickets issue adds `protocol` and `service_order`)::

    from sqlalchemy import select
    from desk_server.domain.search import register_field
    from desk_server.domain.search.fields import protocol_term   # validates the check digit
    from desk_server.domain.protocols import format_protocol

    def _protocol_candidates(ctx):
        # Two columns, labelled client_id and value; filter with ctx.match(column) so the
        # condition (contains / equals / starts_with) and LIKE escaping are handled for you.
        return (select(Ticket.client_id.label("client_id"), Ticket.protocol.label("value"))
                .where(Ticket.client_id.is_not(None), ctx.match(Ticket.protocol)))

    register_field("protocol", "Ocorrência (protocolo)", build=_protocol_candidates,
                   normalise=protocol_term, display=format_protocol, replace=True)

Builders are *templates*: the engine calls a builder once per (field, condition, dialect,
shape of the term, variant) and caches the resulting statement; the typed value travels as bind
parameters. So inside a builder `ctx.term` is a bind parameter (or a tuple of them, mirroring a
tuple returned by the normaliser), never the text itself: compare columns with it or pass it to
`ctx.match`, and branch only on `ctx.condition`, `ctx.dialect` or `ctx.variant` (computed by the
field's `variant(term, condition)` function from the real value).

The search engine (engine.py) wraps the builder's select: it keeps at most `candidate_cap(limit)`
candidate rows, groups them per client, joins the clients table and orders by name — so a
builder never sorts, groups or limits by itself, and one search is a single SQL statement.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, CompoundSelect, Select, String, and_, bindparam

from ..errors import Invalid
from .normalise import LIKE_ESCAPE, InvalidValue, escape_like

CONDITIONS = ("contains", "equals", "starts_with")
CONDITION_LABELS = {"contains": "Contém", "equals": "Igual", "starts_with": "Começa com"}
ALL_CONDITIONS = frozenset(CONDITIONS)


class SearchInputError(Invalid, ValueError):
    """Bad search input: a 422 with this message (Portuguese, for the operator)."""


def _successor(text: str) -> str:
    """The smallest string greater than every string starting with `text` (binary order)."""
    stripped = text.rstrip("\U0010ffff")
    if not stripped:
        return text + "\U0010ffff"
    return stripped[:-1] + chr(ord(stripped[-1]) + 1)


# How a derived bind parameter is computed from the value of its base parameter.
DERIVATIONS: dict[str, Callable[[str], str]] = {
    "contains": lambda v: "%" + escape_like(v) + "%",
    "prefix": lambda v: escape_like(v) + "%",
    "suffix": lambda v: "%" + escape_like(v),
    "next": _successor,
}


@dataclass
class SearchContext:
    """What a builder gets: the term as bind parameter(s), the condition, the dialect, the variant."""

    term: Any
    condition: str
    dialect: str  # "postgresql" or "sqlite"
    variant: Hashable = None
    derived: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (base name, derivation)
    _params: dict[str, BindParameter] = field(default_factory=dict)

    def match(self, column, term: BindParameter | None = None, condition: str | None = None) -> ColumnElement[bool]:
        """`column` compared with the term under the condition, `%`/`_` typed by the user literal.

        - equals: `column = term` (btree);
        - contains: `column LIKE '%term%'` (pg_trgm GIN on PostgreSQL);
        - starts_with: `LIKE 'term%'` on PostgreSQL (btree text_pattern_ops), a range
          `column >= term AND column < next(term)` on SQLite, whose LIKE cannot use a plain index.
        """
        base = self.term if term is None else term
        condition = condition or self.condition
        if condition == "equals":
            return column == base
        if condition == "starts_with":
            if self.dialect == "sqlite":
                return and_(column >= base, column < self.derive(base, "next"))
            return self.like(column, self.derive(base, "prefix"))
        return self.like(column, self.derive(base, "contains"))

    def ends_with(self, column, term: BindParameter | None = None) -> ColumnElement[bool]:
        return self.like(column, self.derive(self.term if term is None else term, "suffix"))

    def like(self, column, pattern) -> ColumnElement[bool]:
        # Backslash is PostgreSQL's default LIKE escape; SQLite has none unless told.
        if self.dialect == "sqlite":
            return column.like(pattern, escape=LIKE_ESCAPE)
        return column.like(pattern)

    def derive(self, base: BindParameter, how: str) -> BindParameter:
        """A bind parameter computed from `base`'s value by DERIVATIONS[how] (one per pair)."""
        name = f"{base.key}__{how}"
        if name not in self._params:
            self._params[name] = bindparam(name, type_=String())
            self.derived[name] = (base.key, how)
        return self._params[name]


Normaliser = Callable[[str, str], Any]
Builder = Callable[[SearchContext], Select | CompoundSelect | None]
Variant = Callable[[Any, str], Hashable]


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
    variant: Variant | None = None

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
                   variant: Variant | None = None, replace: bool = False) -> SearchField:
    """Add (or, with replace=True, redefine) a "Pesquisar em" field.

    - key: the API's `field` value (e.g. "protocol"); label: the pt-BR text of the UI.
    - build(ctx) → a `select(<client id>.label("client_id"), <stored value>.label("value"))` with
      its WHERE (use `ctx.match(column)`), or None for "no candidates". No ORDER BY / LIMIT.
      Called once per shape and cached: `ctx.term` is a bind parameter, see the module docstring.
    - normalise(text, condition) → the term the builder compares with (`ctx.term`); raise
      `InvalidValue("mensagem")` (from .normalise) for input the field cannot hold → 422.
      `text` is already stripped and at least `min_length` characters long.
    - display(value) → how a matched stored value is shown (`matched_value`).
    - conditions: the subset of "contains", "equals", "starts_with" the field accepts.
    - variant(term, condition) → a hashable the builder reads as `ctx.variant` when the SQL must
      differ with the value (e.g. phones without area code match by suffix); default None.
    - on_clients: the builder selects from `clients` (client_id is clients.id): no join needed.
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
                       any_kinds=tuple(any_kinds), variant=variant)
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
