"""The operators' accounts: `USERS.list(api, ...)` lists them (admin windows add and change them
through it too), `unlock` lets one in again after wrong passwords."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

USERS = Collection("/users")


def unlock(api: ApiClient, user_id: int, **kw: Any) -> ApiCall:
    """Forget the user's failed logins (and the lock they caused)."""
    return api.post(f"/users/{user_id}/unlock", None, **kw)
