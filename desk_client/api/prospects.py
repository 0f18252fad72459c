"""Prospects: people interested in a plan who are not clients yet."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

PROSPECTS = Collection("/prospects")

listing = PROSPECTS.list  # params=: the search
create = PROSPECTS.create


def contacts(api: ApiClient, prospect_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/prospects/{prospect_id}/contacts", **kw)


def add_contact(api: ApiClient, prospect_id: int, body: dict, **kw: Any) -> ApiCall:
    return api.post(f"/prospects/{prospect_id}/contacts", body, **kw)


def location(api: ApiClient, prospect_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/prospects/{prospect_id}/location", **kw)


def set_location(api: ApiClient, prospect_id: int, latitude: float, longitude: float, **kw: Any) -> ApiCall:
    return api.call("PUT", f"/prospects/{prospect_id}/location",
                    json={"latitude": latitude, "longitude": longitude}, **kw)


def convert(api: ApiClient, prospect_id: int, body: dict, **kw: Any) -> ApiCall:
    """Make the prospect a client. Payload: the new client."""
    return api.post(f"/prospects/{prospect_id}/convert", body, **kw)
