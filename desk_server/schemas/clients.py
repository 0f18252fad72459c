"""Request/response models of the client registry, search, contacts, prospects and catalogs.

Conventions: dates ISO 8601; money as decimal strings ("99.90"); documents (CPF/CNPJ), phones and
CEPs as digits; MACs formatted AA:BB:CC:DD:EE:FF.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import EmailStr, Field, StrictFloat, StrictInt, StrictStr

from .common import Schema, clean

PersonType = Literal["PF", "PJ"]
ClientStatus = Literal["ativo", "suspenso", "cancelado"]
FieldKind = Literal["text", "number", "date", "choice"]
ProspectKind = Literal["empresarial", "condominio", "residente_condominio", "residencial"]
ProspectStatus = Literal["novo", "em_negociacao", "convertido", "perdido"]
InvoiceStatus = Literal["paid", "open", "overdue"]


# --- search -----------------------------------------------------------------------------------------

class SearchItemOut(Schema):
    id: int
    code: str
    name: str
    trade_name: str | None = None
    document: str | None = None
    city: str | None = None
    status: str
    matched_field: str
    matched_value: str


class SearchOut(Schema):
    items: list[SearchItemOut]
    count: int
    truncated: bool = Field(description="há mais resultados além de `limit`: refine a pesquisa")


class SearchFieldOut(Schema):
    key: str
    label: str
    conditions: list[str]
    min_length: int


# --- catalogs ---------------------------------------------------------------------------------------

class NetworkOut(Schema):
    id: int
    name: str


class RoutingPointOut(Schema):
    id: int
    name: str
    kind: str
    network_id: int
    network: str
    router_id: int | None = None


class PlanOut(Schema):
    id: int
    name: str
    download_mbps: int
    upload_mbps: int
    price: Decimal
    network_id: int | None = None
    network: str | None = None


# --- client detail ----------------------------------------------------------------------------------

class AddressOut(Schema):
    street: str | None = None
    number: str | None = None
    complement: str | None = None
    district: str | None = None
    city: str | None = None
    uf: str | None = None
    cep: str | None = None


class ExtraValueOut(Schema):
    field_id: int
    name: str
    kind: FieldKind
    value: str


class ContactOut(Schema):
    id: int
    client_id: int
    name: str
    role: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    extra_fields: list[ExtraValueOut] = Field(default_factory=list)


class ContractOut(Schema):
    id: int
    number: str
    start_date: date | None = None
    end_date: date | None = None
    is_main: bool


class SubscriptionOut(Schema):
    id: int
    login: str | None = None
    ip: str | None = None
    mac: str | None = None
    plan: str
    plan_id: int
    routing_point_id: int | None = None
    routing_point: str | None = None
    network_id: int | None = None
    network: str | None = None
    status: str
    mac2: str | None = None
    mac_onu: str | None = None
    serial_number: str | None = None
    circuit_number: str | None = None
    voice_terminal: str | None = None
    smartcard: str | None = None
    cas: str | None = None
    download_mbps: int
    upload_mbps: int
    price: Decimal
    install_address: AddressOut
    contracts: list[ContractOut] = Field(default_factory=list)


class EmailAccountOut(Schema):
    id: int
    address: str
    domain: str


class DomainOut(Schema):
    id: int
    name: str


class ClientOut(Schema):
    id: int
    code: str
    person_type: PersonType
    name: str
    trade_name: str | None = None
    document: str | None = None
    document_formatted: str | None = None
    rg_ie: str | None = None
    birth_date: date | None = None
    start_date: date | None = None
    status: ClientStatus
    address: AddressOut
    install_address: AddressOut
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    reference: str | None = None
    notes: str | None = None
    contacts: list[ContactOut]
    subscriptions: list[SubscriptionOut]
    email_accounts: list[EmailAccountOut]
    domains: list[DomainOut]
    open_tickets: int
    pending_invoices_total: Decimal
    overdue_invoices: int


# --- invoices ---------------------------------------------------------------------------------------

class InvoiceOut(Schema):
    id: int
    description: str | None = None
    boleto_number: str | None = None
    nf_number: str | None = None
    due_date: date
    amount: Decimal
    paid_date: date | None = None
    balance: Decimal
    status: InvoiceStatus


class InvoiceTotalsOut(Schema):
    total: Decimal
    paid: Decimal
    open: Decimal
    overdue: Decimal


class InvoiceListOut(Schema):
    items: list[InvoiceOut]
    count: int
    totals: InvoiceTotalsOut


# --- contacts and extra fields ----------------------------------------------------------------------

class ExtraValueIn(Schema):
    field_id: int
    value: StrictStr | StrictInt | StrictFloat | None = None  # true/false are not numbers


class ContactCreate(Schema):
    name: clean(1, 120)
    role: clean(0, 80) | None = None
    phone: clean(0, 30) | None = None
    mobile: clean(0, 30) | None = None
    email: EmailStr | None = None
    extra_fields: list[ExtraValueIn] = Field(default_factory=list)


class ContactUpdate(Schema):
    name: clean(1, 120) | None = None
    role: clean(0, 80) | None = None
    phone: clean(0, 30) | None = None
    mobile: clean(0, 30) | None = None
    email: EmailStr | None = None
    extra_fields: list[ExtraValueIn] | None = None


class ContactFieldOut(Schema):
    id: int
    name: str
    kind: FieldKind
    options: list[str] | None = None
    required: bool
    position: int
    active: bool


class ContactFieldCreate(Schema):
    name: clean(1, 80)
    kind: FieldKind
    options: list[clean(1, 80)] | None = None
    required: bool = False
    position: int | None = Field(default=None, ge=0, le=10_000)


class ContactFieldUpdate(Schema):
    name: clean(1, 80) | None = None
    options: list[clean(1, 80)] | None = None
    required: bool | None = None
    position: int | None = Field(default=None, ge=0, le=10_000)
    active: bool | None = None


# --- prospects --------------------------------------------------------------------------------------

class ProspectCreate(Schema):
    kind: ProspectKind
    name: clean(1, 150)
    phone: clean(0, 30) | None = None
    email: EmailStr | None = None
    street: clean(0, 150) | None = None
    number: clean(0, 20) | None = None
    district: clean(0, 80) | None = None
    city: clean(0, 80) | None = None
    uf: clean(0, 2) | None = None
    cep: clean(0, 9) | None = None
    status: ProspectStatus = "novo"
    notes: clean(0, 4000) | None = None


class ProspectUpdate(Schema):
    kind: ProspectKind | None = None
    name: clean(1, 150) | None = None
    phone: clean(0, 30) | None = None
    email: EmailStr | None = None
    street: clean(0, 150) | None = None
    number: clean(0, 20) | None = None
    district: clean(0, 80) | None = None
    city: clean(0, 80) | None = None
    uf: clean(0, 2) | None = None
    cep: clean(0, 9) | None = None
    status: ProspectStatus | None = None
    notes: clean(0, 4000) | None = None


class ProspectOut(Schema):
    id: int
    kind: ProspectKind
    kind_label: str
    name: str
    phone: str | None = None
    email: str | None = None
    street: str | None = None
    number: str | None = None
    district: str | None = None
    city: str | None = None
    uf: str | None = None
    cep: str | None = None
    status: ProspectStatus
    notes: str | None = None
    client_id: int | None = None
    created_at: datetime
    updated_at: datetime | None = None
