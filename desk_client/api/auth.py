"""The session: log in, log out, and whether the server answers at all."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def login(api: ApiClient, username: str, password: str, **kw: Any) -> ApiCall:
    """Payload: the token and the user. Sent without the (old) token."""
    return api.post("/auth/login", {"username": username, "password": password}, auth=False, **kw)


def logout(api: ApiClient, **kw: Any) -> ApiCall:
    return api.post("/auth/logout", **kw)


def health(api: ApiClient, **kw: Any) -> ApiCall:
    """Payload: {"status": "ok"} from a server that is up; needs no session."""
    return api.get("/health", auth=False, **kw)
