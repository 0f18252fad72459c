from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, computed_field

from ..domain.labels import EMAIL_STATUS
from ..mail.variables import names_in
from .common import DbId, Schema, clean
from .orm import Ids, Names, OrmOut, related

Address = clean(0, 254)


class TemplateIn(Schema):
    name: clean(1, 80)
    subject: clean(1, 200)
    body: clean(1, 20000)
    cargo_ids: list[DbId] = Field(default_factory=list, max_length=200)
    active: bool = True


class TemplateUpdate(Schema):
    name: clean(1, 80) | None = None
    subject: clean(1, 200) | None = None
    body: clean(1, 20000) | None = None
    cargo_ids: list[DbId] | None = Field(default=None, max_length=200)
    active: bool | None = None


class TemplateOut(OrmOut):
    id: int
    name: str
    subject: str
    body: str
    active: bool
    cargo_ids: Ids = Field(validation_alias="cargos")
    cargo_names: Names = Field(validation_alias="cargos")

    @computed_field
    @property
    def variables(self) -> list[str]:  # the ones the texts use
        return names_in(self.subject + "\n" + self.body)


class VariableOut(Schema):
    name: str
    description: str


class RenderIn(Schema):
    """Preview: the texts (or a template's) filled from a ticket, or from the wizard's choices."""
    template_id: DbId | None = None
    subject: clean(0, 200) | None = None
    body: clean(0, 50000) | None = None
    ticket_id: DbId | None = None
    protocol: clean(0, 40) | None = None
    client_id: DbId | None = None
    subscription_id: DbId | None = None
    contact_id: DbId | None = None
    ticket_type_id: DbId | None = None


class RenderOut(Schema):
    subject: str
    body: str
    unresolved: list[str]
    message: str | None = None


class EmailIn(Schema):
    to: list[Address] = Field(default_factory=list, max_length=50)
    cc: list[Address] = Field(default_factory=list, max_length=50)
    subject: clean(0, 200) = ""
    body: clean(0, 50000) = ""
    read_receipt: bool = False
    attachment_ids: list[DbId] = Field(default_factory=list, max_length=50)
    # The wizard sends its files first (each upload with its own Idempotency-Key) and names them here
    # by those keys: it cannot know their ids when it queues the e-mail.
    attachment_keys: list[clean(1, 128)] = Field(default_factory=list, max_length=50)
    template_id: DbId | None = None


class ReceiptIn(Schema):
    to: Address


class EmailOut(OrmOut):
    id: int
    ticket_id: int
    protocol: str
    kind: Literal["message", "receipt"]
    to: list[str] = related("to_addrs")
    cc: list[str] = related("cc_addrs")
    subject: str
    body: str
    read_receipt: bool
    attachment_ids: list[int]
    template_id: int | None
    message_id: str
    status: Literal["pending", "sending", "sent", "failed"]
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None  # only while pending
    sent_at: datetime | None
    created_at: datetime
    created_by_name: str = related("created_by", "name")

    @computed_field
    @property
    def read_receipt_label(self) -> str | None:  # "solicitada": a request, never a proof of reading
        return "solicitada" if self.read_receipt else None

    @computed_field
    @property
    def status_label(self) -> str:
        return EMAIL_STATUS[self.status]


class ReceiptOut(Schema):
    status: Literal["none", "pending", "sent", "failed"]
    status_label: str
    due_at: datetime
    sent_at: datetime | None
    late: bool
    to: str | None = None
    last_error: str | None = None
    email_id: int | None = None
