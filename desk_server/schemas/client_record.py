"""Request/response models of the client record (issue 13): create/edit clients and subscriptions,
the contract and connection record of a subscription, secret reveals, prospects' contacts, location
and conversion. Inputs refuse unknown keys (a typo is an error, not a silently ignored field).

Secrets go in (`pppoe_password`, `equipment_password`) but only `has_*` flags come out; the value
itself only in `RevealOut`.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from .addresses import ClientAddressIn, InstallAddressIn
from .clients import PersonType, SubscriptionOut
from .common import DbId, Schema, clean
from .orm import OrmOut

ClientStatus = Literal["ativo", "suspenso", "cancelado"]
BillingType = Literal["pos_pago", "pre_pago"]
BillingMethod = Literal["boleto", "cartao", "debito", "pix", "carne"]
IpType = Literal["dinamico", "fixo"]
SecretKind = Literal["pppoe", "equipment"]
Text150 = clean(0, 150)
Money = Annotated[Decimal, Field(max_digits=20, description="valor decimal (até 20 dígitos) ou texto '99,90'")] \
    | clean(0, 20)


class Input(Schema):
    model_config = ConfigDict(extra="forbid")


class ClientUpdate(ClientAddressIn, Input):
    code: clean(1, 20) | None = None
    person_type: PersonType | None = None
    name: clean(1, 150) | None = None
    document: clean(0, 20) | None = None
    trade_name: Text150 | None = None
    rg_ie: clean(0, 30) | None = None
    birth_date: date | None = None
    start_date: date | None = None
    status: ClientStatus | None = None
    email: clean(0, 254) | None = None
    phone: clean(0, 30) | None = None
    mobile: clean(0, 30) | None = None
    reference: clean(0, 255) | None = None
    notes: clean(0, 4000) | None = None


class ClientCreate(ClientUpdate):
    person_type: PersonType
    name: clean(1, 150)


class ContractIn(Input):
    number: clean(1, 40)
    start_date: date | None = None
    end_date: date | None = None


class ServiceIn(Input):
    code: clean(1, 20)
    description: clean(1, 150)
    value: Money = Decimal(0)


class SubscriptionUpdate(InstallAddressIn, Input):
    plan_id: DbId | None = None
    routing_point_id: DbId | None = None
    status: ClientStatus | None = None
    login: clean(0, 64) | None = None
    ip: clean(0, 45) | None = None
    mac: clean(0, 20) | None = None
    mac2: clean(0, 20) | None = None
    mac_onu: clean(0, 20) | None = None
    serial_number: clean(0, 40) | None = None
    circuit_number: clean(0, 40) | None = None
    voice_terminal: clean(0, 30) | None = None
    smartcard: clean(0, 40) | None = None
    cas: clean(0, 40) | None = None
    billing_type: BillingType | None = None
    billing_method: BillingMethod | None = None
    due_day: int | None = Field(default=None, ge=1, le=28)
    monthly_value: Money | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    seller_id: DbId | None = None
    ip_type: IpType | None = None
    equipment_type: clean(0, 60) | None = None
    access_point_id: DbId | None = None
    splitter: clean(0, 60) | None = None
    olt_slot: clean(0, 10) | None = None
    olt_port: clean(0, 10) | None = None
    splitter_port: clean(0, 10) | None = None
    condominium: clean(0, 120) | None = None
    label_code: clean(0, 40) | None = None
    label_description: clean(0, 120) | None = None
    service: clean(0, 120) | None = None
    equipment_user: clean(0, 64) | None = None
    pppoe_password: str | None = Field(default=None, max_length=128)
    equipment_password: str | None = Field(default=None, max_length=128)
    contract: ContractIn | None = None
    services: list[ServiceIn] | None = Field(default=None, max_length=100)


class SubscriptionCreate(SubscriptionUpdate):
    plan_id: DbId


class DetailsOut(OrmOut):
    billing_type: str
    billing_method: str
    due_day: int
    monthly_value: Decimal
    valid_from: date | None = None
    valid_to: date | None = None
    seller_id: int | None = None
    seller: str | None = None
    status: str
    address: str


class ConnectionOut(OrmOut):
    login: str | None = None
    has_pppoe_password: bool
    ip_type: str
    ip: str | None = None
    mac: str | None = None
    equipment_type: str | None = None
    routing_point: str | None = None
    access_point_id: int | None = None
    access_point: str | None = None
    splitter: str | None = None
    olt_slot: str | None = None
    olt_port: str | None = None
    splitter_port: str | None = None
    condominium: str | None = None
    serial_number: str | None = None
    label_code: str | None = None
    label_description: str | None = None
    service: str | None = None
    address: str
    equipment_user: str | None = None
    has_equipment_password: bool


class EventOut(OrmOut):
    id: int
    occurred_at: datetime
    kind: str
    description: str
    user: str | None = None


class ServiceOut(Schema):
    id: int
    code: str
    description: str
    value: Decimal


class SubscriptionRecordOut(Schema):
    subscription: SubscriptionOut
    details: DetailsOut
    connection: ConnectionOut
    events: list[EventOut]
    services: list[ServiceOut]


class RevealIn(Input):
    secret: SecretKind


class RevealOut(Schema):
    secret: SecretKind
    value: str | None = Field(description="null quando o segredo não foi cadastrado")
    revealed_at: datetime


class RevealAuditOut(Schema):
    id: int
    secret: SecretKind
    user_id: int
    user: str
    revealed_at: datetime


class ProspectContactIn(Input):
    name: clean(1, 120)
    role: clean(0, 80) | None = None
    phone: clean(0, 30) | None = None
    email: clean(0, 254) | None = None


class ProspectContactOut(Schema):
    id: int
    prospect_id: int
    name: str
    role: str | None = None
    phone: str | None = None
    email: str | None = None


class LocationIn(Input):
    latitude: Decimal = Field(ge=-90, le=90)
    longitude: Decimal = Field(ge=-180, le=180)


class LocationOut(Schema):
    latitude: Decimal | None = None
    longitude: Decimal | None = None


class ConvertIn(Input):
    person_type: PersonType
    document: clean(0, 20) | None = None
    code: clean(1, 20) | None = None
    trade_name: Text150 | None = None
    name: clean(1, 150) | None = None


class ConvertOut(Schema):
    client_id: int
    code: str
