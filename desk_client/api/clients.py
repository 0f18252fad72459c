"""Clients (the ISP's customers): the record, the search, their invoices, contacts and plans."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

CLIENTS = Collection("/clients")

client = CLIENTS.get
create = CLIENTS.create
update = CLIENTS.update


def search(api: ApiClient, **kw: Any) -> ApiCall:
    """`params=`: q, field, condition, limit."""
    return api.get("/clients/search", **kw)


def invoices(api: ApiClient, client_id: int, **kw: Any) -> ApiCall:
    """`params=`: from, to (ISO dates)."""
    return api.get(f"/clients/{client_id}/invoices", **kw)


def add_contact(api: ApiClient, client_id: int, body: dict, **kw: Any) -> ApiCall:
    return api.post(f"/clients/{client_id}/contacts", body, **kw)


def add_subscription(api: ApiClient, client_id: int, body: dict, **kw: Any) -> ApiCall:
    """A new plan (contract) for the client."""
    return api.post(f"/clients/{client_id}/subscriptions", body, **kw)


def start_import(api: ApiClient, file_path, dry_run: bool, **kw: Any) -> ApiCall:
    """Upload a spreadsheet of clients; `dry_run` only checks it. Payload: the report."""
    return api.upload("/client-imports", file_path=file_path, data={"dry_run": "true" if dry_run else "false"},
                      **kw)
