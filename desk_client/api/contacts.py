"""A client's contacts (adding one is `clients.add_contact`)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

update = Collection("/contacts").update


def delete(api: ApiClient, contact_id: int, **kw: Any) -> ApiCall:
    return api.delete(f"/contacts/{contact_id}", **kw)
