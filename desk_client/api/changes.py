"""The change feed the client's event bus long-polls."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def last_seq(api: ApiClient, **kw: Any) -> ApiCall:
    """Payload: {"last_seq": n}, where a feed that starts now begins."""
    return api.get("/changes/last-seq", **kw)


def after(api: ApiClient, seq: int, wait: float, **kw: Any) -> ApiCall:
    """The changes after `seq`, waiting up to `wait` seconds on the server for the first one."""
    return api.get("/changes", params={"after": seq, "wait": wait}, **kw)
