"""E-mail: the templates (and their variables), a ticket's e-mail, undelivered ones."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import follow_ups
from .collection import Collection

if TYPE_CHECKING:
    from .client import ApiCall, ApiClient

TEMPLATES = Collection("/email-templates")

templates = TEMPLATES.list
create_template = TEMPLATES.create
update_template = TEMPLATES.update
variables = Collection("/email-variables").list
undelivered = Collection("/emails/undelivered").list


def render(api: ApiClient, body: dict, **kw: Any) -> ApiCall:
    """A template filled in with the ticket's values. Payload: subject and body."""
    return api.post("/email-templates/render", body, **kw)


def resend(api: ApiClient, email_id: int, **kw: Any) -> ApiCall:
    return api.post(f"/emails/{email_id}/resend", **kw)


def send(api: ApiClient, ticket_id: int, body: dict, idempotency_key: str, **kw: Any) -> ApiCall:
    """Queue the ticket's e-mail (its files uploaded before, named by their keys)."""
    return api.post(f"/tickets/{ticket_id}/emails", body, headers={"Idempotency-Key": idempotency_key}, **kw)


def send_later(body: dict, idempotency_key: str) -> dict:
    """The outbox request that sends the e-mail once its ticket exists."""
    return follow_ups.request("emails", body, idempotency_key)


def receipt_later(to: str | None, idempotency_key: str) -> dict:
    """The outbox request that e-mails the protocol in writing once the ticket exists."""
    return follow_ups.request("receipt", {"to": to}, idempotency_key)
