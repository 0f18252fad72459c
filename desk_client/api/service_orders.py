"""Service orders (O.S.): the technicians' agenda, one order, its printable sheet."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import follow_ups
from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

ORDERS = Collection("/service-orders")

listing = ORDERS.list  # params=: the day, the technician...
update = ORDERS.update
types = Collection("/service-order-types").list
statuses = Collection("/service-order-statuses").list


def create(api: ApiClient, ticket_id: int, body: dict, idempotency_key: str, **kw: Any) -> ApiCall:
    return api.post(f"/tickets/{ticket_id}/service-orders", body, headers={"Idempotency-Key": idempotency_key},
                    **kw)


def create_later(body: dict, idempotency_key: str) -> dict:
    """The outbox request that creates the O.S. once its ticket exists."""
    return follow_ups.request("service-orders", body, idempotency_key)


def download_sheet(api: ApiClient, order_id: int, dest: str | Path, **kw: Any) -> ApiCall:
    """The order's PDF, written to `dest`. Payload: the Path written."""
    return api.download(f"/service-orders/{order_id}.pdf", dest=dest, **kw)
