"""Tasks (tarefas) given to a user or a cargo about a ticket."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import follow_ups

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def listing(api: ApiClient, **kw: Any) -> ApiCall:
    """The tasks `params=` asks for (whose, done or not)."""
    return api.get("/tasks", **kw)


def create(api: ApiClient, ticket_id: int, body: dict, idempotency_key: str, **kw: Any) -> ApiCall:
    return api.post(f"/tickets/{ticket_id}/tasks", body, headers={"Idempotency-Key": idempotency_key}, **kw)


def create_later(body: dict, idempotency_key: str) -> dict:
    """The outbox request that creates the task once its ticket exists."""
    return follow_ups.request("tasks", body, idempotency_key)


def mark_done(api: ApiClient, task_id: int, **kw: Any) -> ApiCall:
    return api.patch(f"/tasks/{task_id}", {"done": True}, **kw)
