"""Protocol numbers: reserved when a ticket starts, abandoned when it is not finished."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

reserve = Collection("/protocols").create  # reserve(api, body): payload {"number": ...}


def protocol(api: ApiClient, number: str, **kw: Any) -> ApiCall:
    """What a protocol number belongs to (its ticket)."""
    return api.get(f"/protocols/{number}", **kw)


def abandon(api: ApiClient, number: str, reason: str, **kw: Any) -> ApiCall:
    return api.post(f"/protocols/{number}/abandon", {"reason": reason}, **kw)
