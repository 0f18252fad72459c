"""A "Pedido de histórico" on the wire, with the delivery of its e-mail (channel "email")."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from . import workspace
from .common import Schema
from .workspace import HistoryRequestIn  # noqa: F401  (the request's body, re-exported)


class HistoryEmailOut(Schema):
    """The outbox message that carries the history PDF: pending (queued, retried after a temporary
    failure), sending, sent, failed (refused for good: Reenviar, or send it another way and mark sent)."""

    id: int
    to: str
    status: Literal["pending", "sending", "sent", "failed"]
    status_label: str
    attempts: int
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    sent_at: datetime | None = None


class HistoryRequestOut(workspace.HistoryRequestOut):
    """The request (fields of schemas/workspace.py) with the delivery of its e-mail: `may_mark_sent` when
    no one else sends it (post, or an e-mail refused for good), `may_resend` for that refused e-mail."""

    email: HistoryEmailOut | None = None
    may_mark_sent: bool = False
    may_resend: bool = False
