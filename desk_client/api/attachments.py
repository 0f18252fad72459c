"""Files attached to tickets."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


def limits(api: ApiClient, **kw: Any) -> ApiCall:
    """Payload: {"max_mb": n, ...}."""
    return api.get("/attachments/limits", **kw)


def upload(api: ApiClient, ticket_id: int, file_path: str | Path, note: str | None, idempotency_key: str,
           **kw: Any) -> ApiCall:
    """Attach a file to the ticket; a retry with the same key never attaches it twice."""
    return api.upload(f"/tickets/{ticket_id}/attachments", file_path=file_path, data={"note": note},
                      headers={"Idempotency-Key": idempotency_key}, **kw)


def download(api: ApiClient, attachment_id: int, dest: str | Path, **kw: Any) -> ApiCall:
    """The file's content, written to `dest`. Payload: the Path written."""
    return api.download(f"/attachments/{attachment_id}/content", dest=dest, **kw)


def remove(api: ApiClient, attachment_id: int, reason: str | None = None, **kw: Any) -> ApiCall:
    return api.post(f"/attachments/{attachment_id}/remove", {"reason": reason}, **kw)
