"""Rules of the client registry: search twins of stored text, invoice totals, contacts and their
extra fields, prospects. No HTTP here: errors belong to the domain family (api/errors.py maps them).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from ..models import utcnow
from ..models.clients import (
    CONTACT_FIELD_KINDS,
    Client,
    Contact,
    ContactField,
    ContactFieldValue,
    Invoice,
    Prospect,
    Subscription,
)
from . import errors
from .clients_registry import values as typed
from .documents import has_foreign_digits
from .rows import get_or_404
from .search.normalise import InvalidValue, escape_like, fold_text, parse_date

ZERO = Decimal("0.00")


class NotFound(errors.NotFound, LookupError):
    pass


class InvalidInput(errors.Invalid, ValueError):
    pass


class Conflict(errors.Conflict, RuntimeError):
    pass


# --- search twins -----------------------------------------------------------------------------------

def address_text(street=None, number=None, complement=None, district=None, city=None, uf=None, cep=None) -> str:
    """Folded address for search: 'rua das flores 123 apto 2 centro sao paulo sp 01001000'."""
    return fold_text(" ".join(p for p in (street, number, complement, district, city, uf, cep) if p))


def client_search_columns(row: dict[str, Any]) -> dict[str, Any]:
    """The `search_*` columns of a client from its raw columns (for bulk writers: demo, bench)."""
    return {
        "search_name": fold_text(row.get("name")),
        "search_trade_name": fold_text(row.get("trade_name")) or None,
        "search_address": address_text(*(row.get(k) for k in (
            "street", "number", "complement", "district", "city", "uf", "cep"))) or None,
        "search_install_address": address_text(*(row.get(k) for k in (
            "install_street", "install_number", "install_complement", "install_district", "install_city",
            "install_uf", "install_cep"))) or None,
        "search_city": fold_text(row.get("city")) or None,
        "search_reference": fold_text(row.get("reference")) or None,
    }


def subscription_search_columns(row: dict[str, Any]) -> dict[str, Any]:
    return {"search_install_address": address_text(*(row.get(k) for k in (
        "install_street", "install_number", "install_complement", "install_district", "install_city",
        "install_uf", "install_cep"))) or None}


def refresh_client_search(client: Client) -> None:
    values = {c: getattr(client, c) for c in (
        "name", "trade_name", "street", "number", "complement", "district", "city", "uf", "cep",
        "install_street", "install_number", "install_complement", "install_district", "install_city",
        "install_uf", "install_cep", "reference")}
    for key, value in client_search_columns(values).items():
        setattr(client, key, value)


# --- client detail ----------------------------------------------------------------------------------

def get_client(session: Session, client_id: int) -> Client:
    """A client with its live contacts (and extra values) and live subscriptions, in few queries."""
    client = session.scalar(
        select(Client).where(Client.id == client_id).options(
            selectinload(Client.contacts).selectinload(Contact.values),
            selectinload(Client.subscriptions).selectinload(Subscription.contracts),
        ))
    if client is None:
        raise NotFound("Cliente não encontrado.")
    return client


def live_contacts(client: Client) -> list[Contact]:
    return [c for c in client.contacts if c.deleted_at is None]


def live_subscriptions(client: Client) -> list[Subscription]:
    return [s for s in client.subscriptions if s.deleted_at is None]


@dataclass
class InvoiceSummary:
    pending_total: Decimal
    overdue_count: int


def invoice_summary(session: Session, client_id: int, today: date) -> InvoiceSummary:
    """Sum of the balances still open and the number of overdue invoices, in one query."""
    unpaid = Invoice.balance > 0
    row = session.execute(
        select(func.coalesce(func.sum(case((unpaid, Invoice.balance), else_=0)), 0),
               func.coalesce(func.sum(case((unpaid & (Invoice.due_date < today), 1), else_=0)), 0))
        .where(Invoice.client_id == client_id)).one()
    return InvoiceSummary(pending_total=Decimal(row[0]).quantize(ZERO), overdue_count=int(row[1]))


def invoice_status(invoice: Invoice, today: date) -> str:
    if invoice.balance <= 0:
        return "paid"
    return "overdue" if invoice.due_date < today else "open"


@dataclass
class InvoiceTotals:
    total: Decimal = ZERO     # everything billed in the period
    paid: Decimal = ZERO      # received (amount − balance)
    open: Decimal = ZERO      # still to receive (all unpaid balances, overdue included)
    overdue: Decimal = ZERO   # unpaid balances past their due date


def list_invoices(session: Session, client_id: int, today: date, start: date | None = None,
                  end: date | None = None) -> tuple[list[Invoice], InvoiceTotals]:
    """Invoices of a client by due date (inclusive period), with totals of that period."""
    if session.get(Client, client_id) is None:
        raise NotFound("Cliente não encontrado.")
    if start and end and start > end:
        raise InvalidInput("Período inválido: a data inicial é depois da final.")
    query = select(Invoice).where(Invoice.client_id == client_id)
    if start:
        query = query.where(Invoice.due_date >= start)
    if end:
        query = query.where(Invoice.due_date <= end)
    invoices = list(session.scalars(query.order_by(Invoice.due_date.desc(), Invoice.id.desc())))
    totals = InvoiceTotals()
    for inv in invoices:
        totals.total += inv.amount
        totals.paid += inv.amount - inv.balance
        if inv.balance > 0:
            totals.open += inv.balance
            if inv.due_date < today:
                totals.overdue += inv.balance
    return invoices, totals


# --- contact extra fields ---------------------------------------------------------------------------

MAX_TEXT_VALUE = 1000


def normalise_options(options: Iterable[str] | None) -> list[str]:
    cleaned: list[str] = []
    for option in options or ():
        text = str(option).strip()
        if not text or "\x00" in text:
            raise InvalidInput("Opções: cada opção precisa de um texto.")
        if text.casefold() in (o.casefold() for o in cleaned):
            raise InvalidInput(f"Opções: '{text}' está repetida.")
        cleaned.append(text)
    return cleaned


def create_contact_field(session: Session, *, name: str, kind: str, options: list[str] | None,
                         required: bool = False, position: int | None = None) -> ContactField:
    if kind not in CONTACT_FIELD_KINDS:
        raise InvalidInput("Tipo de campo inválido: use text, number, date ou choice.")
    cleaned = normalise_options(options)
    if kind == "choice" and not cleaned:
        raise InvalidInput("Um campo de escolha precisa de pelo menos uma opção.")
    if kind != "choice" and cleaned:
        raise InvalidInput("Só campos de escolha (choice) têm opções.")
    if session.scalar(select(ContactField.id).where(func.lower(ContactField.name) == name.lower())):
        raise Conflict(f"Já existe um campo extra chamado '{name}'.")
    if position is None:
        position = (session.scalar(select(func.max(ContactField.position))) or 0) + 1
    field = ContactField(name=name, kind=kind, options=cleaned or None, required=required, position=position)
    session.add(field)
    session.flush()
    return field


def update_contact_field(session: Session, field_id: int, changes: dict[str, Any]) -> ContactField:
    field = get_or_404(session, ContactField, field_id, "Campo extra não encontrado.", error=NotFound)
    if "name" in changes and changes["name"] is not None:
        name = changes["name"]
        clash = session.scalar(select(ContactField.id).where(func.lower(ContactField.name) == name.lower(),
                                                             ContactField.id != field.id))
        if clash:
            raise Conflict(f"Já existe um campo extra chamado '{name}'.")
        field.name = name
    if changes.get("options") is not None:
        if field.kind != "choice":
            raise InvalidInput("Só campos de escolha (choice) têm opções.")
        cleaned = normalise_options(changes["options"])
        if not cleaned:
            raise InvalidInput("Um campo de escolha precisa de pelo menos uma opção.")
        field.options = cleaned
    for key in ("required", "position", "active"):
        if changes.get(key) is not None:
            setattr(field, key, changes[key])
    session.flush()
    return field


def list_contact_fields(session: Session, include_inactive: bool = False) -> list[ContactField]:
    query = select(ContactField).order_by(ContactField.position, ContactField.id)
    if not include_inactive:
        query = query.where(ContactField.active.is_(True))
    return list(session.scalars(query))


def normalise_extra_value(field: ContactField, value: Any) -> str:
    """Validate a value by the field's type; returns the stored text (ISO dates, plain decimals)."""
    label = f"Campo '{field.name}'"
    if isinstance(value, bool):
        raise InvalidInput(f"{label}: valor inválido.")
    if field.kind == "number":
        if isinstance(value, str) and has_foreign_digits(value):  # Decimal("１２") is 12
            raise InvalidInput(f"{label}: informe um número com os algarismos de 0 a 9.")
        try:
            number = Decimal(str(value).strip().replace(",", ".")) if isinstance(value, str) else Decimal(str(value))
        except (InvalidOperation, ValueError):
            raise InvalidInput(f"{label}: informe um número.") from None
        if not number.is_finite():
            raise InvalidInput(f"{label}: informe um número.")
        text = format(number.normalize(), "f")
        return text
    if not isinstance(value, str):
        raise InvalidInput(f"{label}: informe um texto.")
    text = value.strip()
    if "\x00" in text:
        raise InvalidInput(f"{label}: contém caracteres inválidos.")
    if field.kind == "date":
        try:
            return parse_date(text).isoformat()
        except InvalidValue:
            raise InvalidInput(f"{label}: data inválida, use dd/mm/aaaa.") from None
    if field.kind == "choice":
        for option in field.options or []:
            if option.casefold() == text.casefold():
                return option
        raise InvalidInput(f"{label}: escolha uma das opções: {', '.join(field.options or [])}.")
    if len(text) > MAX_TEXT_VALUE:
        raise InvalidInput(f"{label}: texto muito longo (máximo {MAX_TEXT_VALUE} caracteres).")
    return text


def _apply_extra_values(session: Session, contact: Contact, values: dict[int, Any] | None, *,
                        creating: bool) -> None:
    fields = {f.id: f for f in session.scalars(select(ContactField))}
    current = {v.field_id: v for v in contact.values}
    for field_id, raw in (values or {}).items():
        field = fields.get(field_id)
        if field is None or (not field.active and field_id not in current):
            raise InvalidInput(f"Campo extra {field_id} não existe.")
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        if empty:
            if field.required:
                raise InvalidInput(f"Campo '{field.name}' é obrigatório.")
            if field_id in current:
                contact.values.remove(current.pop(field_id))
            continue
        text = normalise_extra_value(field, raw)
        if field_id in current:
            current[field_id].value = text
        else:
            row = ContactFieldValue(field_id=field_id, value=text)
            contact.values.append(row)
            current[field_id] = row
    if creating:
        missing = [f.name for f in fields.values() if f.required and f.active and f.id not in current]
        if missing:
            raise InvalidInput("Campos extras obrigatórios: " + ", ".join(missing) + ".")


# --- contacts ---------------------------------------------------------------------------------------

_CONTACT_COLUMNS = ("name", "role", "phone", "mobile", "email")


def _text_values(data: dict[str, Any], columns: tuple[str, ...],
                 cleaners: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
    """The given columns of `data`, each through its cleaner; other texts trimmed (empty: None)."""
    out = {}
    for key in columns:
        if key not in data:
            continue
        value = data[key]
        if key in cleaners:
            value = cleaners[key](value)
        elif isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    return out


def _email(value: str | None) -> str | None:
    return value.strip().lower() if value else None


def _contact_values(data: dict[str, Any]) -> dict[str, Any]:
    return _text_values(data, _CONTACT_COLUMNS, {
        "phone": lambda v: typed.phone(v, "Telefone"), "mobile": lambda v: typed.phone(v, "Celular"),
        "email": _email})


def create_contact(session: Session, client_id: int, data: dict[str, Any],
                   extra: dict[int, Any] | None) -> Contact:
    if session.get(Client, client_id) is None:
        raise NotFound("Cliente não encontrado.")
    values = _contact_values(data)
    if not values.get("name"):
        raise InvalidInput("Nome do contato é obrigatório.")
    contact = Contact(client_id=client_id, search_name=fold_text(values["name"]), **values)
    session.add(contact)
    _apply_extra_values(session, contact, extra, creating=True)
    session.flush()
    return contact


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.scalar(select(Contact).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
                             .options(selectinload(Contact.values)))
    if contact is None:
        raise NotFound("Contato não encontrado.")
    return contact


def _rename(row: Contact | Prospect, values: dict[str, Any], required: str) -> None:
    """A name in an update (contact, prospect): it may not be emptied, and the folded copy the
    searches read follows it."""
    if "name" in values:
        if not values["name"]:
            raise InvalidInput(required)
        row.search_name = fold_text(values["name"])


def update_contact(session: Session, contact_id: int, data: dict[str, Any],
                   extra: dict[int, Any] | None) -> Contact:
    contact = get_contact(session, contact_id)
    values = _contact_values(data)
    _rename(contact, values, "Nome do contato é obrigatório.")
    for key, value in values.items():
        setattr(contact, key, value)
    _apply_extra_values(session, contact, extra, creating=False)
    session.flush()
    return contact


def delete_contact(session: Session, contact_id: int) -> None:
    contact = get_contact(session, contact_id)
    contact.deleted_at = utcnow()
    session.flush()


# --- prospects --------------------------------------------------------------------------------------

_PROSPECT_COLUMNS = ("kind", "name", "phone", "email", "street", "number", "district", "city", "uf", "cep",
                     "status", "notes")


def _prospect_values(data: dict[str, Any]) -> dict[str, Any]:
    # only 0-9 are digits in a phone (issue 15): one rule with the registry
    return _text_values(data, _PROSPECT_COLUMNS, {
        "phone": typed.phone, "cep": typed.cep, "uf": lambda v: v.strip().upper() if v else None,
        "email": _email})


def create_prospect(session: Session, data: dict[str, Any]) -> Prospect:
    values = _prospect_values(data)
    if not values.get("name"):
        raise InvalidInput("Nome do prospecto é obrigatório.")
    prospect = Prospect(search_name=fold_text(values["name"]), **values)
    session.add(prospect)
    session.flush()
    return prospect


def update_prospect(session: Session, prospect_id: int, data: dict[str, Any]) -> Prospect:
    prospect = get_or_404(session, Prospect, prospect_id, "Prospecto não encontrado.", error=NotFound)
    values = _prospect_values(data)
    _rename(prospect, values, "Nome do prospecto é obrigatório.")
    for key, value in values.items():
        if key in ("kind", "status") and value is None:
            continue
        setattr(prospect, key, value)
    session.flush()
    return prospect


def list_prospects(session: Session, *, q: str | None = None, status: str | None = None,
                   kind: str | None = None, created_from: datetime | None = None,
                   created_to: datetime | None = None, limit: int = 100) -> list[Prospect]:
    query = select(Prospect)
    if q:
        folded = fold_text(q)
        if folded:
            pattern = "%" + escape_like(folded) + "%"
            query = query.where(Prospect.search_name.like(pattern, escape="\\"))
    if status:
        query = query.where(Prospect.status == status)
    if kind:
        query = query.where(Prospect.kind == kind)
    if created_from:
        query = query.where(Prospect.created_at >= created_from)
    if created_to:
        query = query.where(Prospect.created_at < created_to)
    return list(session.scalars(query.order_by(Prospect.created_at.desc(), Prospect.id.desc()).limit(limit)))
