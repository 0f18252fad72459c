"""Protocols, ticket types, tickets and history on the wire."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, computed_field, field_validator, model_validator

from ..domain.labels import PROTOCOL_STATUS, SUBJECT_KIND
from ..domain.protocols import format_protocol, parse_protocol
from .common import Schema, clean
from .orm import OrmOut, related
from .scripts import ScriptRunIn

Channel = Literal["phone", "email", "fax", "visit", "whatsapp", "chat"]
Kind = Literal["client", "prospect", "access_point"]
TicketStatus = Literal["open", "forwarded", "closed_done", "closed_unsolved"]
ProtocolStatus = Literal["reserved", "used", "abandoned"]
# Ids fit a 32-bit INTEGER column on both engines; larger numbers are a clear 422, not a DataError.
Id = Annotated[int, Field(ge=1, le=2_147_483_647)]
LongText = clean(0, 20_000)


class Strict(Schema):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


class UserRef(Schema):
    id: int
    name: str


# -- protocols ------------------------------------------------------------------------------------

class ProtocolReserveIn(Strict):
    channel: Channel | None = None
    kind: Kind | None = None


class ProtocolAbandonIn(Strict):
    reason: clean(1, 2000)


class ProtocolOut(Schema):
    number: str
    day: date
    sequence: int
    reserved_at: datetime
    reserved_by: UserRef
    channel: Channel | None = None
    kind: Kind | None = None
    status: ProtocolStatus
    abandoned_at: datetime | None = None
    abandoned_by: UserRef | None = None
    abandon_reason: str | None = None
    ticket_id: int | None = None  # set by the route (the ticket that used it)

    @computed_field
    @property
    def formatted(self) -> str:
        return format_protocol(self.number)

    @computed_field
    @property
    def status_label(self) -> str:
        return PROTOCOL_STATUS[self.status]


# -- ticket types ---------------------------------------------------------------------------------

class TicketTypeOut(OrmOut):
    id: int
    name: str
    description: str | None = None
    default_user_id: int | None = None
    default_user_name: str | None = related("default_user", "name", default=None)
    default_cargo_id: int | None = None
    default_cargo_name: str | None = related("default_cargo", "name", default=None)
    sla_hours: int
    allows_linking: bool
    default_script_id: int | None = None
    active: bool


class _TicketTypeFields(Strict):
    @model_validator(mode="after")
    def _one_default_destination(self):
        if self.default_user_id is not None and self.default_cargo_id is not None:
            raise ValueError("destino padrão: informe um usuário ou um cargo, não os dois")
        return self


class TicketTypeCreate(_TicketTypeFields):
    name: clean(2, 80)
    description: clean(0, 255) | None = None
    default_user_id: Id | None = None
    default_cargo_id: Id | None = None
    sla_hours: int = Field(default=24, ge=1, le=8760)
    allows_linking: bool = False
    default_script_id: Id | None = None
    active: bool = True


class TicketTypeUpdate(_TicketTypeFields):
    """Fields left out stay as they are; `null` clears a default destination or script."""

    name: clean(2, 80) | None = None
    description: clean(0, 255) | None = None
    default_user_id: Id | None = None
    default_cargo_id: Id | None = None
    sla_hours: int | None = Field(default=None, ge=1, le=8760)
    allows_linking: bool | None = None
    default_script_id: Id | None = None
    active: bool | None = None


# -- tickets --------------------------------------------------------------------------------------

class DestinationIn(Strict):
    user_id: Id | None = None
    cargo_id: Id | None = None

    @model_validator(mode="after")
    def _exactly_one(self):
        if self.user_id is None and self.cargo_id is None:
            raise ValueError("destino vazio: informe user_id (usuário) ou cargo_id (cargo)")
        if self.user_id is not None and self.cargo_id is not None:
            raise ValueError("destino deve ser um usuário ou um cargo, não os dois")
        return self


def _protocol(value: str) -> str:
    return parse_protocol(value)  # InvalidProtocol is a ValueError: becomes a readable 422


_KIND_IDS = {
    "client": ("client_id",),
    "prospect": ("prospect_id",),
    "access_point": ("access_point_id",),
}
_KIND_ALLOWED = {
    "client": {"client_id", "subscription_id", "contact_id"},
    "prospect": {"prospect_id"},
    "access_point": {"access_point_id"},
}
_ID_LABELS = {"client_id": "cliente", "subscription_id": "plano do cliente", "contact_id": "contato",
              "prospect_id": "prospecto", "access_point_id": "ponto de acesso"}
_KIND_LABELS = SUBJECT_KIND


class TicketCreate(Strict):
    protocol: Annotated[str, Field(min_length=1, max_length=40)]
    kind: Kind
    client_id: Id | None = None
    subscription_id: Id | None = None
    contact_id: Id | None = None
    prospect_id: Id | None = None
    access_point_id: Id | None = None
    ticket_type_id: Id
    channel: Channel
    destination: DestinationIn
    problem: LongText | None = None
    checks: LongText | None = None
    resolved: bool = False
    solution: LongText | None = None
    script_run: ScriptRunIn | None = None  # the server checks the path and stores the report

    @field_validator("protocol")
    @classmethod
    def _check_protocol(cls, value: str) -> str:
        return _protocol(value)

    @model_validator(mode="after")
    def _ids_match_kind(self):
        label = _KIND_LABELS[self.kind]
        for needed in _KIND_IDS[self.kind]:
            if getattr(self, needed) is None:
                raise ValueError(f"atendimento de {label} precisa de {needed} ({_ID_LABELS[needed]})")
        for name, what in _ID_LABELS.items():
            if name not in _KIND_ALLOWED[self.kind] and getattr(self, name) is not None:
                raise ValueError(f"{name} ({what}) não se aplica a atendimento de {label}")
        if self.resolved and not self.solution:
            raise ValueError("atendimento resolvido precisa da solução (solution)")
        return self


class DestinationOut(Schema):
    user_id: int | None = None
    cargo_id: int | None = None
    name: str


class ProtocolOwnerOut(OrmOut):
    """An answer about something done under a protocol: the number and the number as people write it."""

    protocol: str

    @computed_field
    @property
    def protocol_formatted(self) -> str:
        return format_protocol(self.protocol)


class TicketOut(ProtocolOwnerOut):
    """A ticket, validated from its row (what the route computes goes on top: `from_row`)."""

    id: int
    status: TicketStatus
    status_label: str
    kind: Kind
    client_id: int | None = None
    subscription_id: int | None = None
    contact_id: int | None = None
    prospect_id: int | None = None
    access_point_id: int | None = None
    network_id: int | None = None
    ticket_type_id: int
    ticket_type: str = related("ticket_type", "name")
    close_ticket_type_id: int | None = None
    close_ticket_type: str | None = related("close_ticket_type", "name", default=None)
    channel: Channel
    destination: DestinationOut
    problem: str | None = None
    checks: str | None = None
    solution: str | None = None
    opened_by: UserRef
    opened_at: datetime
    closed_at: datetime | None = None
    closed_by: UserRef | None = None
    close_reason: str | None = None
    parent_id: int | None = None
    parent_protocol: str | None = related("parent", "protocol", default=None)
    child_ids: list[int] | None = None
    sla_due_at: datetime
    overdue: bool
    script_report: dict[str, Any] | list[Any] | str | None = None
    # The protocol in writing (issue 12), in GET /tickets/{id} only: status, due_at, sent_at, late...
    receipt: dict[str, Any] | None = None


class TicketForwardIn(Strict):
    user_id: Id | None = None
    cargo_id: Id | None = None
    reason: clean(1, 5000)

    @model_validator(mode="after")
    def _exactly_one(self):
        if (self.user_id is None) == (self.cargo_id is None):
            raise ValueError("encaminhar para um usuário (user_id) ou um cargo (cargo_id), exatamente um")
        return self


class TicketCommentIn(Strict):
    text: clean(1, 20_000)


class TicketCloseIn(Strict):
    outcome: Literal["done", "unsolved"]
    ticket_type_id: Id | None = None
    reason: clean(1, 5000)
    close_children: bool = True  # the open children close along, with the same outcome and reason


class TicketEventOut(Schema):
    id: int
    ticket_id: int
    kind: str
    at: datetime
    user_id: int
    user_name: str
    text: str | None = None
    data: dict[str, Any] | None = None


class ParentRef(Schema):
    id: int
    protocol: str
    formatted: str
    type: str
    opened_at: datetime


class LinkCandidateOut(Schema):
    parent: ParentRef | None = None
