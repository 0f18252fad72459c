"""Running a client search: validate, plan, one SQL statement per planned field.

Query shape (why it stays fast at a million clients): a field's builder gives the candidate rows
(client_id, value); the engine keeps at most `candidate_cap(limit)` of them (2 × limit, at
least 100) *without sorting* —

    SELECT ... FROM (SELECT <client columns>, value FROM clients WHERE search_name LIKE '%silva%'
                     LIMIT 102) AS cand
    ORDER BY cand.search_name, cand.client_id LIMIT 51

— so a common word ("silva", 10% of a million rows) stops after the first hundred matching rows
(a short sequential scan, or a bitmap scan that reads ~100 heap pages) instead of fetching and
sorting 100,000 rows, while a rarer word (≤ limit matches, the usual case) comes back complete
and alphabetically ordered. One extra row is fetched to tell the caller that there is
more (`truncated`): the operator then narrows the search. Fields of other tables group the
candidates per client (min value) and join `clients` by primary key inside the same statement.
"""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import CompoundSelect, Date, Integer, Select, String, bindparam, func, select, text
from sqlalchemy.orm import Session

from ...models.clients import Client
from .detect import any_plan
from .registry import CONDITIONS, DERIVATIONS, SearchContext, SearchField, SearchInputError, get_field

# Candidate rows read per field: twice what is shown (at least 100). Reading them costs one heap
# page each on a big table, so this is what bounds the time of a common word; ordering by name
# happens inside this set only.
MIN_CANDIDATES = 100


def candidate_cap(limit: int) -> int:
    return max(MIN_CANDIDATES, 2 * limit)


MAX_QUERY_LENGTH = 200
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
ANY = "any"


@dataclass(frozen=True)
class SearchStep:
    field: SearchField
    condition: str
    term: Any
    # "Todos os campos" with an identifier typed (CPF, MAC, IP, phone, number, login...): once a
    # field finds it, the later fields are not searched. Typed text fills the list from every field.
    final_if_found: bool = False


@dataclass
class SearchHit:
    id: int
    code: str
    name: str
    trade_name: str | None
    document: str | None
    city: str | None
    status: str
    matched_field: str
    matched_value: str


@dataclass
class SearchResult:
    items: list[SearchHit]
    truncated: bool

    @property
    def count(self) -> int:
        return len(self.items)


def validate_text(q: str | None) -> str:
    text = (q or "").strip()
    if "\x00" in text:
        raise SearchInputError("O texto de pesquisa contém caracteres inválidos.")
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchInputError(f"Texto de pesquisa muito longo (máximo {MAX_QUERY_LENGTH} caracteres).")
    if not text:
        raise SearchInputError("Digite o que deseja pesquisar.")
    return text


def plan(q: str | None, field: str = ANY, condition: str = "contains") -> list[SearchStep]:
    """Validate the input and decide which fields to search (SearchInputError → 422)."""
    if condition not in CONDITIONS:
        raise SearchInputError(f"Condição desconhecida: '{str(condition)[:40]}'. Use contains (Contém), "
                               "equals (Igual) ou starts_with (Começa com).")
    spec = None if field == ANY else get_field(field)
    text = validate_text(q)
    if spec is not None:
        return [SearchStep(spec, condition, spec.prepare(text, condition))]
    steps: list[SearchStep] = []
    first_error: SearchInputError | None = None
    kind, pairs = any_plan(text, condition)
    for key, step_condition in pairs:
        step_spec = get_field(key)
        if step_condition not in step_spec.conditions:
            continue
        try:
            steps.append(SearchStep(step_spec, step_condition, step_spec.prepare(text, step_condition),
                                    final_if_found=kind != "text"))
        except SearchInputError as exc:
            first_error = first_error or exc
    if not steps:
        raise first_error or SearchInputError("Nada para pesquisar com esse texto.")
    return steps


_CLIENT_COLUMNS = ("code", "name", "trade_name", "document", "city", "status")


def _template(value: Any, name: str = "term"):
    """Bind parameter(s) mirroring the normalised value (tuples become tuples of parameters)."""
    if isinstance(value, tuple):
        return tuple(_template(v, f"{name}_{i}") for i, v in enumerate(value))
    if isinstance(value, date):
        return bindparam(name, type_=Date())
    return bindparam(name, type_=String())


def _flatten(value: Any, name: str = "term", out: dict | None = None) -> dict[str, Any]:
    out = {} if out is None else out
    if isinstance(value, tuple):
        for i, v in enumerate(value):
            _flatten(v, f"{name}_{i}", out)
    else:
        out[name] = value
    return out


def _shape(value: Any) -> Hashable:
    if isinstance(value, tuple):
        return tuple(_shape(v) for v in value)
    return type(value).__name__


@dataclass(frozen=True)
class _Template:
    field: SearchField
    statement: Select | None
    derived: dict[str, tuple[str, str]]


_TEMPLATES: dict[tuple, _Template] = {}


def _build(step: SearchStep, dialect: str, variant: Hashable) -> _Template:
    ctx = SearchContext(term=_template(step.term), condition=step.condition, dialect=dialect, variant=variant)
    candidates: Select | CompoundSelect | None = step.field.build(ctx)
    if candidates is None:
        return _Template(step.field, None, {})
    limit = bindparam("result_limit", type_=Integer())
    cap = bindparam("candidate_cap", type_=Integer())
    if step.field.on_clients and isinstance(candidates, Select) and dialect == "sqlite":
        # SQLite scans for LIKE '%x%': select only the id so the scan can run over the (much smaller)
        # covering index of the searched column, then read the client rows of the candidates by id.
        value = candidates.selected_columns["value"].element
        ids = (candidates.with_only_columns(candidates.selected_columns["client_id"])
               .limit(cap).subquery("cand"))
        stmt = (select(Client.id.label("client_id"), *(getattr(Client, c) for c in _CLIENT_COLUMNS),
                       value.label("value"))
                .join_from(ids, Client, Client.id == ids.c.client_id)
                .order_by(Client.search_name, Client.id).limit(limit))
    elif step.field.on_clients and isinstance(candidates, Select):
        cand = (candidates.add_columns(*(getattr(Client, c) for c in _CLIENT_COLUMNS), Client.search_name)
                .limit(cap).subquery("cand"))
        stmt = (select(cand.c.client_id, *(cand.c[c] for c in _CLIENT_COLUMNS), cand.c.value)
                .order_by(cand.c.search_name, cand.c.client_id).limit(limit))
    else:
        cand = candidates.limit(cap).subquery("cand")
        matched = (select(cand.c.client_id, func.min(cand.c.value).label("value"))
                   .group_by(cand.c.client_id).subquery("matched"))
        stmt = (select(Client.id.label("client_id"), *(getattr(Client, c) for c in _CLIENT_COLUMNS),
                       matched.c.value)
                .join_from(matched, Client, Client.id == matched.c.client_id)
                .order_by(Client.search_name, Client.id).limit(limit))
    return _Template(step.field, stmt, dict(ctx.derived))


def statement(step: SearchStep, dialect: str, limit: int) -> tuple[Select, dict[str, Any]] | None:
    """The SQL statement of one planned field and its parameters (None: nothing to search).

    Statements are built once per (field, condition, dialect, term shape, variant) and reused
    with new parameters: building SQLAlchemy constructs costs more than running an indexed lookup.
    """
    variant = step.field.variant(step.term, step.condition) if step.field.variant else None
    key = (id(step.field), step.condition, dialect, _shape(step.term), variant)
    template = _TEMPLATES.get(key)
    if template is None or template.field is not step.field:
        template = _TEMPLATES[key] = _build(step, dialect, variant)
    if template.statement is None:
        return None
    params = _flatten(step.term)
    for name, (base, how) in template.derived.items():
        params[name] = DERIVATIONS[how](params[base])
    params["result_limit"] = limit
    params["candidate_cap"] = candidate_cap(limit)
    return template.statement, params


# Planner settings for LIKE searches on PostgreSQL, for this transaction only (set_config(...,
# true) = SET LOCAL), in one round trip:
# - psycopg prepares a statement after 5 executions and PostgreSQL may then switch to a generic
#   plan, which cannot see the pattern: '%silva%' (10% of the rows) wants a short sequential scan
#   that stops at the candidate cap, '%quixab%' (a few rows) the trigram index. Custom plans always.
# - the cost model underestimates the CPU of intersecting big trigram posting lists: measured at
#   a million clients, the GIN bitmap costs 20-80 ms from ~3,500 estimated matches up, where the
#   capped sequential scan costs 1-15 ms. A higher cpu_index_tuple_cost moves the planner's switch
#   to about there (see bench/search.py and the report of issue 3).
_LIKE_PLANNER_SETTINGS = text(
    "SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
    "set_config('cpu_index_tuple_cost', '1', true)")


def search_clients(session: Session, q: str | None, field: str = ANY, condition: str = "contains",
                   limit: int = DEFAULT_LIMIT) -> SearchResult:
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchInputError(f"Quantidade deve estar entre 1 e {MAX_LIMIT}.")
    steps = plan(q, field, condition)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql" and any(step.condition != "equals" for step in steps):
        session.execute(_LIKE_PLANNER_SETTINGS)
    hits: list[SearchHit] = []
    seen: set[int] = set()
    for step in steps:
        # One row beyond the limit tells whether there is more; already-found clients may repeat.
        built = statement(step, dialect, limit + 1 + len(seen))
        if built is None:
            continue
        stmt, params = built
        for row in session.execute(stmt, params):
            if row.client_id in seen:
                continue
            seen.add(row.client_id)
            hits.append(SearchHit(
                id=row.client_id, code=row.code, name=row.name, trade_name=row.trade_name,
                document=row.document, city=row.city, status=row.status, matched_field=step.field.key,
                matched_value=step.field.display(row.value)))
        if len(hits) > limit or (step.final_if_found and hits):
            break
    return SearchResult(items=hits[:limit], truncated=len(hits) > limit)
