"""O.S., O.S. types and statuses on the wire. Times are "HH:MM" in the server's time zone."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BeforeValidator, ConfigDict, Field, computed_field, field_validator

from ..domain.service_orders import slots, statuses
from .common import DbId, Schema, clean
from .tickets import ProtocolOwnerOut


class Strict(Schema):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


def _minutes(value):
    if isinstance(value, str):
        try:
            return slots.parse_hhmm(value)
        except slots.BadTime as exc:
            raise ValueError(str(exc)) from None
    raise ValueError("Início deve ser um texto HH:MM (por exemplo \"08:30\").")


def _duration(value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("Duração deve ser um número inteiro de minutos.")  # noqa: TRY004 (pydantic wants ValueError)
    if value <= 0:
        raise ValueError(f"Duração inválida ({value} min): informe um número positivo de minutos.")
    if value > slots.MAX_DURATION:
        raise ValueError(f"Duração de {value} min passa do limite de {slots.MAX_DURATION // 60} horas.")
    return value


StartTime = Annotated[int, BeforeValidator(_minutes)]
Duration = Annotated[int, BeforeValidator(_duration)]
Reason = clean(1, 500)


class ServiceOrderTypeIn(Strict):
    name: clean(1, 80)
    default_minutes: Duration = 60
    active: bool = True


class ServiceOrderTypeUpdate(Strict):
    name: clean(1, 80) | None = None
    default_minutes: Duration | None = None
    active: bool | None = None


class ServiceOrderTypeOut(Schema):
    id: int
    name: str
    default_minutes: int
    active: bool


class ServiceOrderStatusOut(Schema):
    code: str
    label: str
    category: str
    category_label: str
    blocks_slot: bool


class ServiceOrderCreate(Strict):
    technician_id: DbId
    type_id: DbId
    date: dt.date | None = Field(None, description="padrão: hoje (fuso do servidor)")
    start: StartTime = Field(description="HH:MM")
    duration_minutes: Duration | None = Field(None, description="padrão: a duração do tipo de O.S.")
    description: clean(0, 5000) | None = None
    status: Annotated[str, Field(max_length=40, description="código da situação (até 40 caracteres)")] = "scheduled"
    override_reason: Reason | None = Field(None, description="supervisor: encaixar sobre outra O.S., com o motivo")


class ServiceOrderUpdate(Strict):
    date: dt.date | None = None
    start: StartTime | None = None
    duration_minutes: Duration | None = None
    technician_id: DbId | None = None
    type_id: DbId | None = None
    status: Annotated[str, Field(max_length=40, description="código da situação (até 40 caracteres)")] | None = None
    description: clean(0, 5000) | None = None
    override_reason: Reason | None = None
    reason: Reason | None = None

    @field_validator("status")
    @classmethod
    def _status_text(cls, value):
        return value.strip() if isinstance(value, str) else value


class ServiceOrderOut(ProtocolOwnerOut):
    """An O.S. of the agenda: the order's columns, the names the agenda joined to it, its times."""

    id: int
    ticket_id: int
    status: str
    technician_id: int
    technician_name: str
    type_id: int
    type_name: str
    date: dt.date = Field(validation_alias="day")
    start: str
    end: str
    duration_minutes: int
    description: str | None = None
    client_id: int | None = None
    client_name: str | None = None
    district: str | None = None
    city: str | None = None
    address: str | None = None
    subscription_id: int | None = None
    created_by_id: int
    created_at: dt.datetime
    updated_at: dt.datetime | None = None

    @computed_field
    @property
    def status_label(self) -> str:
        return statuses.get(self.status).label

    @computed_field
    @property
    def status_category(self) -> str:
        return statuses.get(self.status).category


class FreeSlotOut(Schema):
    date: dt.date
    start: str
    end: str


class TechnicianDayOut(Schema):
    technician_id: int
    date: dt.date
    free: list[FreeSlotOut]
    nearest: list[FreeSlotOut]
