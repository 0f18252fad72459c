"""Tickets (atendimentos): the record, its history and files, the lists, and what an operator does
to one (take, forward, pause, close, comment...)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


# what the ticket window's action keys post to: POST /tickets/{id}/<segment>
ACTIONS = {"take": "take", "resume": "resume", "forward": "forward", "status": "status", "pause": "pause",
           "close": "close", "cancel": "cancel", "reopen": "reopen", "comment": "comments"}


def ticket(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/tickets/{ticket_id}", **kw)


def listing(api: ApiClient, **kw: Any) -> ApiCall:
    """A page of tickets; `params=` filters (client_id, status, parent_id, limit, offset...)."""
    return api.get("/tickets", **kw)


def history(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/tickets/{ticket_id}/history", **kw)


def attachments(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/tickets/{ticket_id}/attachments", **kw)


def emails(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return api.get(f"/tickets/{ticket_id}/emails", **kw)


def queue_counts(api: ApiClient, **kw: Any) -> ApiCall:
    return api.get("/tickets/queue-counts", **kw)


def duplicate_check(api: ApiClient, **kw: Any) -> ApiCall:
    """Open tickets like the one being written (`params=` says which)."""
    return api.get("/tickets/duplicate-check", **kw)


def link_candidate(api: ApiClient, **kw: Any) -> ApiCall:
    """The open ticket a new one may be linked to (`params=` says which)."""
    return api.get("/tickets/link-candidate", **kw)


def create(api: ApiClient, body: dict, idempotency_key: str, **kw: Any) -> ApiCall:
    """Open a ticket; a retry with the same key never opens a second one."""
    return api.post("/tickets", body, headers={"Idempotency-Key": idempotency_key}, **kw)


def mark_read(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return api.post(f"/tickets/{ticket_id}/read", **kw)


def viewing(api: ApiClient, ticket_id: int, open_: bool, **kw: Any) -> ApiCall:
    """Say the operator opened (or closed) the ticket's window. Payload: who else is viewing it."""
    return api.post(f"/tickets/{ticket_id}/viewing", params={"open_": str(open_).lower()}, **kw)


def act(api: ApiClient, ticket_id: int, action: str, body: dict | None = None, **kw: Any) -> ApiCall:
    """One of ACTIONS' keys ("take", "forward", "comment"...) with its body."""
    return api.post(f"/tickets/{ticket_id}/{ACTIONS[action]}", json=body, **kw)


def take(api: ApiClient, ticket_id: int, **kw: Any) -> ApiCall:
    return act(api, ticket_id, "take", **kw)


def send_receipt(api: ApiClient, ticket_id: int, to: str, idempotency_key: str, **kw: Any) -> ApiCall:
    """E-mail the protocol in writing to `to`."""
    return api.post(f"/tickets/{ticket_id}/receipt", {"to": to}, headers={"Idempotency-Key": idempotency_key},
                    **kw)
