"""The HTTP client: every call runs off the GUI thread and reports back by signal.

The resource modules (`tickets`, `clients`, `catalog`...) name the server's calls: a function takes
the ApiClient first and returns its ApiCall. They and this package load no Qt until an ApiClient is
used, so Qt-free rules may build outbox requests with them (e.g. `tasks.create_later`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient, ApiError
    from .slot import CallSlot

__all__ = ["ApiCall", "ApiClient", "ApiError", "CallSlot"]


def __getattr__(name: str):
    if name in ("ApiCall", "ApiClient", "ApiError"):
        from . import client

        return getattr(client, name)
    if name == "CallSlot":
        from .slot import CallSlot

        return CallSlot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
