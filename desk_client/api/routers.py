"""The routers (RouterOS) the server talks to, and the actions it runs on them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

ROUTERS = Collection("/routers")

routers = ROUTERS.list
create = ROUTERS.create
update = ROUTERS.update
action = Collection("/router-actions").get  # a disconnect's progress: action(api, action_id)


def test(api: ApiClient, router_id: int, **kw: Any) -> ApiCall:
    """Connect to a saved router now. Payload: what it answered."""
    return api.post(f"/routers/{router_id}/test", **kw)


def test_settings(api: ApiClient, settings: dict, **kw: Any) -> ApiCall:
    """Connect with settings not saved yet (the router dialog's Testar)."""
    return api.post("/routers/test", settings, **kw)
