"""Request/response models of the client registry, search, contacts, prospects and catalogs.

Conventions: dates ISO 8601; money as decimal strings ("99.90"); documents (CPF/CNPJ), phones and
CEPs as digits; MACs formatted AA:BB:CC:DD:EE:FF.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BeforeValidator, EmailStr, Field, StrictFloat, StrictInt, StrictStr, computed_field

from ..domain.search.normalise import format_mac
from ..models.clients import PROSPECT_KIND_LABELS
from .addresses import ProspectAddressIn
from .common import DbId, Schema, clean
from .orm import OrmOut, related

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


class ExtraValueOut(OrmOut):
    field_id: int
    name: str = related("field", "name")
    kind: FieldKind = related("field", "kind")
    value: str


class ContactOut(OrmOut):
    id: int
    client_id: int
    name: str
    role: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    extra_fields: list[ExtraValueOut] = Field(default_factory=list, validation_alias="values")


class ContractOut(Schema):
    id: int
    number: str
    start_date: date | None = None
    end_date: date | None = None
    is_main: bool


# A MAC stored as 12 hex digits, answered AA:BB:CC:DD:EE:FF (none: null).
Mac = Annotated[str | None, BeforeValidator(lambda value: format_mac(value) or None)]


class SubscriptionOut(OrmOut):
    id: int
    login: str | None = None
    ip: str | None = None
    mac: Mac = None
    plan: str = related("plan", "name")
    plan_id: int
    routing_point_id: int | None = None
    routing_point: str | None = related("routing_point", "name", default=None)
    network_id: int | None = None
    network: str | None = None
    status: str
    mac2: Mac = None
    mac_onu: Mac = None
    serial_number: str | None = None
    circuit_number: str | None = None
    voice_terminal: str | None = None
    smartcard: str | None = None
    cas: str | None = None
    download_mbps: int = related("plan", "download_mbps")
    upload_mbps: int = related("plan", "upload_mbps")
    price: Decimal = related("plan", "price")
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
    field_id: DbId
    # true/false are not numbers; a text up to 2000 characters
    value: Annotated[StrictStr, Field(max_length=2000)] | Annotated[StrictInt, Field(ge=-10**15, le=10**15)] \
        | StrictFloat | None = Field(
        default=None, description="texto (até 2000 caracteres), número ou data ISO; null apaga")


ExtraValues = Annotated[list[ExtraValueIn], Field(max_length=100, description="até 100 campos extras")]
ChoiceOptions = Annotated[list[clean(1, 80)], Field(max_length=200,
                                                    description="até 200 opções de até 80 caracteres")]


class ContactCreate(Schema):
    name: clean(1, 120)
    role: clean(0, 80) | None = None
    phone: clean(0, 30) | None = None
    mobile: clean(0, 30) | None = None
    email: EmailStr | None = None
    extra_fields: ExtraValues = Field(default_factory=list)


class ContactUpdate(Schema):
    name: clean(1, 120) | None = None
    role: clean(0, 80) | None = None
    phone: clean(0, 30) | None = None
    mobile: clean(0, 30) | None = None
    email: EmailStr | None = None
    extra_fields: ExtraValues | None = None


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
    options: ChoiceOptions | None = None
    required: bool = False
    position: int | None = Field(default=None, ge=0, le=10_000)


class ContactFieldUpdate(Schema):
    name: clean(1, 80) | None = None
    options: ChoiceOptions | None = None
    required: bool | None = None
    position: int | None = Field(default=None, ge=0, le=10_000)
    active: bool | None = None


# --- prospects --------------------------------------------------------------------------------------

class ProspectCreate(ProspectAddressIn):
    kind: ProspectKind
    name: clean(1, 150)
    phone: clean(0, 30) | None = None
    email: EmailStr | None = None
    status: ProspectStatus = "novo"
    notes: clean(0, 4000) | None = None


class ProspectUpdate(ProspectAddressIn):
    kind: ProspectKind | None = None
    name: clean(1, 150) | None = None
    phone: clean(0, 30) | None = None
    email: EmailStr | None = None
    status: ProspectStatus | None = None
    notes: clean(0, 4000) | None = None


class ProspectOut(Schema):
    id: int
    kind: ProspectKind
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

    @computed_field
    @property
    def kind_label(self) -> str:
        return PROSPECT_KIND_LABELS[self.kind]
