"""A client's subscription (contract): its record, its secrets, its live connection on the router."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def record(api: ApiClient, subscription_id: int, **kw: Any) -> ApiCall:
    """The contract's record and events."""
    return api.get(f"/subscriptions/{subscription_id}/record", **kw)


def reveal(api: ApiClient, subscription_id: int, secret: str, **kw: Any) -> ApiCall:
    """Show one secret (e.g. the PPPoE password); the server logs who asked."""
    return api.post(f"/subscriptions/{subscription_id}/reveal", {"secret": secret}, **kw)


def connection(api: ApiClient, subscription_id: int, **kw: Any) -> ApiCall:
    """The live connection as its router sees it now."""
    return api.get(f"/subscriptions/{subscription_id}/connection", **kw)


def traffic(api: ApiClient, subscription_id: int, hours: int, **kw: Any) -> ApiCall:
    return api.get(f"/subscriptions/{subscription_id}/traffic", params={"hours": hours}, **kw)


def disconnect(api: ApiClient, subscription_id: int, body: dict, **kw: Any) -> ApiCall:
    """Drop the session on the router. Payload: the router action to follow (`routers.action`)."""
    return api.post(f"/subscriptions/{subscription_id}/disconnect", body, **kw)
