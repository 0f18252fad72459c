"""The small lists behind the forms' combos, and the ones the admin windows edit: cargos, ticket
statuses, ticket types, municipal holidays, routing points, plans, contact fields."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

CARGOS = Collection("/cargos")
TICKET_STATUSES = Collection("/ticket-statuses")
TICKET_TYPES = Collection("/ticket-types")
HOLIDAYS = Collection("/municipal-holidays")

cargos = CARGOS.list
ticket_statuses = TICKET_STATUSES.list
ticket_types = TICKET_TYPES.list
holidays = HOLIDAYS.list
plans = Collection("/plans").list
contact_fields = Collection("/contact-fields").list


def routing_points(api: ApiClient, kind: str | None = None, **kw: Any) -> ApiCall:
    """Every routing point, or only those of `kind` ("access_point", "routing_point")."""
    return api.get("/routing-points", params={"kind": kind} if kind else None, **kw)
