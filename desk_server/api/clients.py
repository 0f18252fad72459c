"""Routes of the clients area: Localizar Cliente, client detail, invoices, contacts and their extra
fields, prospects, and the catalogs the wizard needs (networks, routing points, plans)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import select

from ..domain import clients as rules
from ..domain.documents import format_document
from ..domain.roles import MANAGERS
from ..domain.search import (
    CONDITIONS,
    MAX_LIMIT,
    SearchInputError,
    open_ticket_count,
    registered_fields,
    search_clients,
)
from ..domain.search.normalise import format_mac
from ..models.clients import (
    PROSPECT_KIND_LABELS,
    Contact,
    ContactField,
    Domain,
    EmailAccount,
    Network,
    Plan,
    Prospect,
    RoutingPoint,
    Subscription,
)
from ..schemas.clients import (
    AddressOut,
    ClientOut,
    ContactCreate,
    ContactFieldCreate,
    ContactFieldOut,
    ContactFieldUpdate,
    ContactOut,
    ContactUpdate,
    ContractOut,
    DomainOut,
    EmailAccountOut,
    ExtraValueOut,
    InvoiceListOut,
    InvoiceOut,
    InvoiceTotalsOut,
    NetworkOut,
    PlanOut,
    ProspectCreate,
    ProspectKind,
    ProspectOut,
    ProspectStatus,
    ProspectUpdate,
    RoutingPointOut,
    SearchFieldOut,
    SearchOut,
    SubscriptionOut,
)
from ..schemas.common import ItemList
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles

router = APIRouter(tags=["clients"])


@contextmanager
def domain_errors() -> Iterator[None]:
    try:
        yield
    except rules.NotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except rules.InvalidInput as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None
    except rules.Conflict as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None


def _today(settings) -> date:
    return datetime.now(settings.tz).date()


# --- search -----------------------------------------------------------------------------------------

@router.get("/clients/search", response_model=SearchOut)
def search(session: SessionDep, _user: CurrentUser,
           q: Annotated[str, Query(max_length=10_000, description="texto digitado")] = "",
           field: Annotated[str, Query(max_length=40, description="chave do campo (DESIGN §4) ou any")] = "any",
           condition: Annotated[str, Query(max_length=40, description="contains, equals, starts_with")] = "contains",
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50):
    try:
        result = search_clients(session, q, field, condition, limit)
    except SearchInputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None
    items = [hit.__dict__ for hit in result.items]
    return {"items": items, "count": len(items), "truncated": result.truncated}


@router.get("/clients/search-fields", response_model=ItemList[SearchFieldOut])
def search_fields(_user: CurrentUser):
    """The "Pesquisar em" choices, in the order of the UI (plus `any`, Todos os campos)."""
    items = [SearchFieldOut(key="any", label="Todos os campos", conditions=list(CONDITIONS), min_length=1)]
    items += [SearchFieldOut(key=f.key, label=f.label, min_length=f.min_length,
                             conditions=[c for c in CONDITIONS if c in f.conditions])
              for f in registered_fields()]
    return ItemList[SearchFieldOut](items=items)


# --- client detail ----------------------------------------------------------------------------------

def _address(obj, prefix: str = "") -> AddressOut:
    return AddressOut(**{k: getattr(obj, prefix + k) for k in
                         ("street", "number", "complement", "district", "city", "uf", "cep")})


def contact_out(contact: Contact) -> ContactOut:
    return ContactOut(
        id=contact.id, client_id=contact.client_id, name=contact.name, role=contact.role,
        phone=contact.phone, mobile=contact.mobile, email=contact.email,
        extra_fields=[ExtraValueOut(field_id=v.field_id, name=v.field.name, kind=v.field.kind, value=v.value)
                      for v in contact.values])


def subscription_out(sub: Subscription) -> SubscriptionOut:
    point = sub.routing_point
    return SubscriptionOut(
        id=sub.id, login=sub.login, ip=sub.ip, mac=format_mac(sub.mac) or None, plan=sub.plan.name,
        plan_id=sub.plan_id, routing_point_id=sub.routing_point_id, routing_point=point.name if point else None,
        network_id=point.network_id if point else sub.plan.network_id,
        network=point.network.name if point else (sub.plan.network.name if sub.plan.network else None),
        status=sub.status, mac2=format_mac(sub.mac2) or None, mac_onu=format_mac(sub.mac_onu) or None,
        serial_number=sub.serial_number, circuit_number=sub.circuit_number, voice_terminal=sub.voice_terminal,
        smartcard=sub.smartcard, cas=sub.cas, download_mbps=sub.plan.download_mbps,
        upload_mbps=sub.plan.upload_mbps, price=sub.plan.price, install_address=_address(sub, "install_"),
        contracts=[ContractOut(id=c.id, number=c.number, start_date=c.start_date, end_date=c.end_date,
                               is_main=c.is_main) for c in sub.contracts])


@router.get("/clients/{client_id}", response_model=ClientOut)
def get_client(client_id: int, session: SessionDep, settings: SettingsDep, _user: CurrentUser):
    with domain_errors():
        client = rules.get_client(session, client_id)
    summary = rules.invoice_summary(session, client.id, _today(settings))
    accounts = session.scalars(select(EmailAccount).where(
        EmailAccount.client_id == client.id, EmailAccount.deleted_at.is_(None)).order_by(EmailAccount.address))
    domains = session.scalars(select(Domain).where(
        Domain.client_id == client.id, Domain.deleted_at.is_(None)).order_by(Domain.name))
    return ClientOut(
        id=client.id, code=client.code, person_type=client.person_type, name=client.name,
        trade_name=client.trade_name, document=client.document,
        document_formatted=format_document(client.document) or None, rg_ie=client.rg_ie,
        birth_date=client.birth_date, start_date=client.start_date, status=client.status,
        address=_address(client), install_address=_address(client, "install_"), phone=client.phone,
        mobile=client.mobile, email=client.email, reference=client.reference, notes=client.notes,
        contacts=[contact_out(c) for c in rules.live_contacts(client)],
        subscriptions=[subscription_out(s) for s in rules.live_subscriptions(client)],
        email_accounts=[EmailAccountOut(id=a.id, address=a.address, domain=a.domain) for a in accounts],
        domains=[DomainOut(id=d.id, name=d.name) for d in domains],
        open_tickets=open_ticket_count(session, client.id),
        pending_invoices_total=summary.pending_total, overdue_invoices=summary.overdue_count)


@router.get("/clients/{client_id}/invoices", response_model=InvoiceListOut)
def client_invoices(client_id: int, session: SessionDep, settings: SettingsDep, _user: CurrentUser,
                    start: Annotated[date | None, Query(alias="from", description="vencimento desde")] = None,
                    end: Annotated[date | None, Query(alias="to", description="vencimento até")] = None):
    today = _today(settings)
    with domain_errors():
        invoices, totals = rules.list_invoices(session, client_id, today, start, end)
    items = [InvoiceOut(id=i.id, description=i.description, boleto_number=i.boleto_number,
                        nf_number=i.nf_number, due_date=i.due_date, amount=i.amount, paid_date=i.paid_date,
                        balance=i.balance, status=rules.invoice_status(i, today)) for i in invoices]
    return InvoiceListOut(items=items, count=len(items), totals=InvoiceTotalsOut(
        total=totals.total, paid=totals.paid, open=totals.open, overdue=totals.overdue))


# --- contacts ---------------------------------------------------------------------------------------

def _extra(values) -> dict[int, object] | None:
    if values is None:
        return None
    return {v.field_id: v.value for v in values}


@router.get("/clients/{client_id}/contacts", response_model=ItemList[ContactOut])
def list_contacts(client_id: int, session: SessionDep, _user: CurrentUser):
    with domain_errors():
        client = rules.get_client(session, client_id)
    return ItemList[ContactOut](items=[contact_out(c) for c in rules.live_contacts(client)])


@router.post("/clients/{client_id}/contacts", response_model=ContactOut, status_code=status.HTTP_201_CREATED)
def create_contact(client_id: int, body: ContactCreate, session: SessionDep, _user: CurrentUser):
    with domain_errors():
        contact = rules.create_contact(session, client_id, body.model_dump(exclude={"extra_fields"}),
                                       _extra(body.extra_fields))
    session.commit()
    return contact_out(contact)


@router.patch("/contacts/{contact_id}", response_model=ContactOut)
def update_contact(contact_id: int, body: ContactUpdate, session: SessionDep, _user: CurrentUser):
    data = body.model_dump(exclude_unset=True, exclude={"extra_fields"})
    with domain_errors():
        contact = rules.update_contact(session, contact_id, data, _extra(body.extra_fields))
    session.commit()
    return contact_out(contact)


@router.delete("/contacts/{contact_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_contact(contact_id: int, session: SessionDep, _user: CurrentUser):
    with domain_errors():
        rules.delete_contact(session, contact_id)
    session.commit()


def field_out(field: ContactField) -> ContactFieldOut:
    return ContactFieldOut(id=field.id, name=field.name, kind=field.kind, options=field.options,
                           required=field.required, position=field.position, active=field.active)


@router.get("/contact-fields", response_model=ItemList[ContactFieldOut])
def list_contact_fields(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[ContactFieldOut](items=[field_out(f) for f in
                                            rules.list_contact_fields(session, include_inactive)])


@router.post("/contact-fields", response_model=ContactFieldOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_contact_field(body: ContactFieldCreate, session: SessionDep):
    with domain_errors():
        field = rules.create_contact_field(session, name=body.name, kind=body.kind, options=body.options,
                                           required=body.required, position=body.position)
    session.commit()
    return field_out(field)


@router.patch("/contact-fields/{field_id}", response_model=ContactFieldOut,
              dependencies=[require_roles(*MANAGERS)])
def update_contact_field(field_id: int, body: ContactFieldUpdate, session: SessionDep):
    with domain_errors():
        field = rules.update_contact_field(session, field_id, body.model_dump(exclude_unset=True))
    session.commit()
    return field_out(field)


# --- prospects --------------------------------------------------------------------------------------

def prospect_out(p: Prospect) -> ProspectOut:
    return ProspectOut(id=p.id, kind=p.kind, kind_label=PROSPECT_KIND_LABELS[p.kind], name=p.name,
                       phone=p.phone, email=p.email, street=p.street, number=p.number, district=p.district,
                       city=p.city, uf=p.uf, cep=p.cep, status=p.status, notes=p.notes, client_id=p.client_id,
                       created_at=p.created_at, updated_at=p.updated_at)


def _day_start(day: date, settings) -> datetime:
    return datetime.combine(day, time.min, tzinfo=settings.tz)


@router.get("/prospects", response_model=ItemList[ProspectOut])
def list_prospects(session: SessionDep, settings: SettingsDep, _user: CurrentUser,
                   q: Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$")] = None,
                   status_: Annotated[ProspectStatus | None, Query(alias="status")] = None,
                   kind: ProspectKind | None = None,
                   start: Annotated[date | None, Query(alias="from", description="criados desde")] = None,
                   end: Annotated[date | None, Query(alias="to", description="criados até (inclusive)")] = None,
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100):
    prospects = rules.list_prospects(
        session, q=q, status=status_, kind=kind,
        created_from=_day_start(start, settings) if start else None,
        created_to=_day_start(end + timedelta(days=1), settings) if end else None, limit=limit)
    return ItemList[ProspectOut](items=[prospect_out(p) for p in prospects])


@router.get("/prospects/{prospect_id}", response_model=ProspectOut)
def get_prospect(prospect_id: int, session: SessionDep, _user: CurrentUser):
    prospect = session.get(Prospect, prospect_id)
    if prospect is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Prospecto não encontrado.")
    return prospect_out(prospect)


@router.post("/prospects", response_model=ProspectOut, status_code=status.HTTP_201_CREATED)
def create_prospect(body: ProspectCreate, session: SessionDep, _user: CurrentUser):
    with domain_errors():
        prospect = rules.create_prospect(session, body.model_dump())
    session.commit()
    return prospect_out(prospect)


@router.patch("/prospects/{prospect_id}", response_model=ProspectOut)
def update_prospect(prospect_id: int, body: ProspectUpdate, session: SessionDep, _user: CurrentUser):
    with domain_errors():
        prospect = rules.update_prospect(session, prospect_id, body.model_dump(exclude_unset=True))
    session.commit()
    return prospect_out(prospect)


# --- catalogs ---------------------------------------------------------------------------------------

@router.get("/networks", response_model=ItemList[NetworkOut])
def list_networks(session: SessionDep, _user: CurrentUser):
    rows = session.scalars(select(Network).where(Network.active.is_(True)).order_by(Network.name))
    return ItemList[NetworkOut](items=[NetworkOut(id=n.id, name=n.name) for n in rows])


@router.get("/routing-points", response_model=ItemList[RoutingPointOut])
def list_routing_points(session: SessionDep, _user: CurrentUser, network_id: int | None = None,
                        kind: str | None = Query(default=None, pattern=r"^(routing_point|access_point)$")):
    query = select(RoutingPoint).where(RoutingPoint.active.is_(True)).order_by(RoutingPoint.name)
    if network_id is not None:
        query = query.where(RoutingPoint.network_id == network_id)
    if kind:
        query = query.where(RoutingPoint.kind == kind)
    return ItemList[RoutingPointOut](items=[
        RoutingPointOut(id=p.id, name=p.name, kind=p.kind, network_id=p.network_id, network=p.network.name,
                        router_id=p.router_id) for p in session.scalars(query)])


@router.get("/plans", response_model=ItemList[PlanOut])
def list_plans(session: SessionDep, _user: CurrentUser, network_id: int | None = None):
    query = select(Plan).where(Plan.active.is_(True)).order_by(Plan.download_mbps, Plan.name)
    if network_id is not None:
        query = query.where(Plan.network_id == network_id)
    return ItemList[PlanOut](items=[
        PlanOut(id=p.id, name=p.name, download_mbps=p.download_mbps, upload_mbps=p.upload_mbps, price=p.price,
                network_id=p.network_id, network=p.network.name if p.network else None)
        for p in session.scalars(query)])
