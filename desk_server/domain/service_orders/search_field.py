"""The O.S. area's part of Localizar Cliente: "Ordem de Serviço" (key `service_order`) finds the client
of an O.S. by its number — the number the O.S. sheet and the agenda show ("O.S. nº 123"), its id.

`install()` (create_app calls it with the other areas' fields) replaces the placeholder of
domain/search/fields.py. "Igual" compares the id (the primary key); "Contém" / "Começa com" the
digits of the number. "Todos os campos" already tries this field for a typed number (search/detect.py).
"""
from __future__ import annotations

from sqlalchemy import Integer, String, cast, select

from ...models.service_orders import ServiceOrder
from ..search.fields import service_order_term
from ..search.registry import register_field

MAX_DIGITS = 9  # an O.S. id fits an INTEGER; a longer number (a CPF typed in "Todos os campos") is none


def _variant(term: str, condition: str) -> str:
    return "number" if len(term.lstrip("0") or "0") <= MAX_DIGITS else "too_long"


def _candidates(ctx):
    # A template (ctx.term is a bind parameter); ctx.variant says whether the term can be an id.
    if ctx.variant == "too_long":
        return None
    number = cast(ServiceOrder.id, String)
    if ctx.condition == "equals":
        where = ServiceOrder.id == cast(ctx.term, Integer)
    else:
        where = ctx.match(number)
    return (select(ServiceOrder.client_id.label("client_id"), number.label("value"))
            .where(ServiceOrder.client_id.is_not(None), where))


def install() -> None:
    """Register the real field over the placeholder (idempotent: an app per test)."""
    register_field("service_order", "Ordem de Serviço", build=_candidates, normalise=service_order_term,
                   min_length=1, variant=_variant, replace=True)
