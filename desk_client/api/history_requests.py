"""A client's requests for their history (consumer-law copy), and the history PDF itself."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def listing(api: ApiClient, client_id: int, **kw: Any) -> ApiCall:
    """The client's requests, newest first, with whether each was sent."""
    return api.get(f"/clients/{client_id}/history-requests", **kw)


def download_pdf(api: ApiClient, client_id: int, dest: str | Path, **kw: Any) -> ApiCall:
    """The client's history as a PDF, written to `dest`. Payload: the Path written."""
    return api.download(f"/clients/{client_id}/history.pdf", dest=dest, **kw)


def create(api: ApiClient, client_id: int, body: dict, **kw: Any) -> ApiCall:
    """Body: channel ("email" or "mail"), address, note."""
    return api.post(f"/clients/{client_id}/history-requests", body, **kw)


def mark_sent(api: ApiClient, request_id: int, **kw: Any) -> ApiCall:
    """Sent by post (or an undelivered e-mail sent some other way)."""
    return api.post(f"/history-requests/{request_id}/sent", **kw)


def resend(api: ApiClient, request_id: int, **kw: Any) -> ApiCall:
    """An undelivered e-mail back to the queue."""
    return api.post(f"/history-requests/{request_id}/resend", **kw)
