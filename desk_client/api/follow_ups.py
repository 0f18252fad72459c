"""Requests about a ticket that wait in the outbox until the ticket exists (its task, O.S., files,
e-mail, receipt). They are kept as data, `{"method", "path", "json" | "upload", "headers"}`, with
"{ticket_id}" in the path; `send` fills it in once the ticket has its id."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient


TICKET_ID = "{ticket_id}"


def request(segment: str, body: dict, idempotency_key: str) -> dict:
    """POST /tickets/{ticket_id}/<segment> with `body`, later."""
    return {"method": "POST", "path": f"/tickets/{TICKET_ID}/{segment}", "json": body,
            "headers": {"Idempotency-Key": idempotency_key}}


def upload_request(file: str | Path, data: dict | None, idempotency_key: str, *, owned: bool = True) -> dict:
    """Upload `file` to the ticket later; `owned`: the outbox's own copy, deleted once sent."""
    return {"method": "POST", "path": f"/tickets/{TICKET_ID}/attachments",
            "upload": {"file": file, "data": data, "owned": owned},
            "headers": {"Idempotency-Key": idempotency_key}}


def send(api: ApiClient, request: dict, ticket_id: int, *, timeout: float | None = None, **kw: Any) -> ApiCall:
    """Send a kept request for ticket `ticket_id` (an upload streams with the transfer timeout)."""
    path = request["path"].replace(TICKET_ID, str(ticket_id))
    if request.get("upload"):
        upload = request["upload"]
        return api.upload(path, file_path=upload["file"], data=upload.get("data"), headers=request.get("headers"),
                          **kw)
    return api.call(request.get("method", "POST"), path, json=request.get("json"), headers=request.get("headers"),
                    timeout=timeout, **kw)
