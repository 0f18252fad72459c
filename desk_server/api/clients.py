"""Routes of the clients area: Localizar Cliente, client detail, invoices, contacts and their extra
fields, prospects, and the catalogs the wizard needs (networks, routing points, plans)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, status
from sqlalchemy import select

from ..domain import clients as rules
from ..domain.documents import format_document
from ..domain.roles import MANAGERS
from ..domain.rows import get_or_404
from ..domain.search import (
    CONDITIONS,
    MAX_LIMIT,
    open_ticket_count,
    registered_fields,
    search_clients,
)
from ..models.clients import (
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
    DomainOut,
    EmailAccountOut,
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
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["clients"])


def _today(settings) -> date:
    return datetime.now(settings.tz).date()


# --- search -----------------------------------------------------------------------------------------

@router.get("/clients/search", response_model=SearchOut)
def search(session: SessionDep, _user: CurrentUser,
           q: Annotated[str, Query(max_length=10_000, description="texto digitado")] = "",
           field: Annotated[str, Query(max_length=40, description="chave do campo (DESIGN §4) ou any")] = "any",
           condition: Annotated[str, Query(max_length=40, description="contains, equals, starts_with")] = "contains",
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50):
    result = search_clients(session, q, field, condition, limit)
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


def subscription_out(sub: Subscription) -> SubscriptionOut:
    """The subscription with its plan; its network is the routing point's, else the plan's."""
    point = sub.routing_point
    network = point.network if point else sub.plan.network
    return SubscriptionOut.from_row(sub, network_id=point.network_id if point else sub.plan.network_id,
                                    network=network.name if network else None,
                                    install_address=_address(sub, "install_"))


@router.get("/clients/{client_id}", response_model=ClientOut)
def get_client(client_id: int, session: SessionDep, settings: SettingsDep, _user: CurrentUser):
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
        contacts=[ContactOut.model_validate(c) for c in rules.live_contacts(client)],
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
    client = rules.get_client(session, client_id)
    return ItemList[ContactOut](items=[ContactOut.model_validate(c) for c in rules.live_contacts(client)])


@router.post("/clients/{client_id}/contacts", response_model=ContactOut, status_code=status.HTTP_201_CREATED)
def create_contact(client_id: int, body: ContactCreate, session: SessionDep, _user: CurrentUser):
    contact = rules.create_contact(session, client_id, body.model_dump(exclude={"extra_fields"}),
                                   _extra(body.extra_fields))
    session.commit()
    return ContactOut.model_validate(contact)


@router.patch("/contacts/{contact_id}", response_model=ContactOut)
def update_contact(contact_id: int, body: ContactUpdate, session: SessionDep, _user: CurrentUser):
    data = body.model_dump(exclude_unset=True, exclude={"extra_fields"})
    contact = rules.update_contact(session, contact_id, data, _extra(body.extra_fields))
    session.commit()
    return ContactOut.model_validate(contact)


@router.delete("/contacts/{contact_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_contact(contact_id: int, session: SessionDep, _user: CurrentUser):
    rules.delete_contact(session, contact_id)
    session.commit()


@router.get("/contact-fields", response_model=ItemList[ContactFieldOut])
def list_contact_fields(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[ContactFieldOut](items=[ContactFieldOut.model_validate(f) for f in
                                            rules.list_contact_fields(session, include_inactive)])


@router.post("/contact-fields", response_model=ContactFieldOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_contact_field(body: ContactFieldCreate, session: SessionDep):
    field = rules.create_contact_field(session, name=body.name, kind=body.kind, options=body.options,
                                       required=body.required, position=body.position)
    session.commit()
    return ContactFieldOut.model_validate(field)


@router.patch("/contact-fields/{field_id}", response_model=ContactFieldOut,
              dependencies=[require_roles(*MANAGERS)])
def update_contact_field(field_id: int, body: ContactFieldUpdate, session: SessionDep):
    field = rules.update_contact_field(session, field_id, body.model_dump(exclude_unset=True))
    session.commit()
    return ContactFieldOut.model_validate(field)


# --- prospects --------------------------------------------------------------------------------------

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
    return ItemList[ProspectOut](items=[ProspectOut.model_validate(p) for p in prospects])


@router.get("/prospects/{prospect_id}", response_model=ProspectOut)
def get_prospect(prospect_id: int, session: SessionDep, _user: CurrentUser):
    return ProspectOut.model_validate(get_or_404(session, Prospect, prospect_id, "Prospecto não encontrado."))


@router.post("/prospects", response_model=ProspectOut, status_code=status.HTTP_201_CREATED)
def create_prospect(body: ProspectCreate, session: SessionDep, _user: CurrentUser):
    prospect = rules.create_prospect(session, body.model_dump())
    session.commit()
    return ProspectOut.model_validate(prospect)


@router.patch("/prospects/{prospect_id}", response_model=ProspectOut)
def update_prospect(prospect_id: int, body: ProspectUpdate, session: SessionDep, _user: CurrentUser):
    prospect = rules.update_prospect(session, prospect_id, body.model_dump(exclude_unset=True))
    session.commit()
    return ProspectOut.model_validate(prospect)


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
