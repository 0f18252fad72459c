"""Routes of the client record (issue 13): create and edit clients (supervisors and admins),
subscriptions with their contract and connection record, the audited reveal of secrets, prospects'
contacts, location and conversion. Rules are in desk_server.domain.clients_registry."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from fastapi import APIRouter, status
from sqlalchemy import select

from ..domain.clients_registry import prospects as prospect_rules
from ..domain.clients_registry import subscriptions as sub_rules
from ..domain.clients_registry.clients import create_client, update_client
from ..domain.roles import MANAGERS
from ..models.clients import RoutingPoint, Subscription
from ..models.users import User
from ..schemas.client_record import (
    ClientCreate,
    ClientUpdate,
    ConnectionOut,
    ConvertIn,
    ConvertOut,
    DetailsOut,
    EventOut,
    LocationIn,
    LocationOut,
    ProspectContactIn,
    ProspectContactOut,
    RevealAuditOut,
    RevealIn,
    RevealOut,
    ServiceOut,
    SubscriptionCreate,
    SubscriptionRecordOut,
    SubscriptionUpdate,
)
from ..schemas.clients import ClientOut
from ..schemas.common import DbId, ItemList
from . import clients as registry_api
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["client record"])
MICRO = Decimal("0.000001")
MANAGER = [require_roles(*MANAGERS)]


def _today(settings):
    return datetime.now(settings.tz).date()


def _address_line(sub: Subscription) -> str:
    parts = [sub.install_street, sub.install_number, sub.install_complement, sub.install_district,
             sub.install_city, sub.install_uf]
    if not any(parts):
        client = sub.client
        parts = [client.install_street or client.street, client.install_number or client.number,
                 client.install_district or client.district, client.install_city or client.city,
                 client.install_uf or client.uf]
    return ", ".join(p for p in parts if p)


def record_out(session, sub: Subscription) -> SubscriptionRecordOut:
    detail = sub_rules.get_detail(session, sub)
    users = dict(session.execute(select(User.id, User.name)).all())
    access_point = session.get(RoutingPoint, detail.access_point_id) if detail.access_point_id else None
    address = _address_line(sub)
    base = registry_api.subscription_out(sub)
    price = detail.monthly_value if detail.monthly_value is not None else sub.plan.price
    return SubscriptionRecordOut(
        subscription=base,
        details=DetailsOut.from_row(detail, monthly_value=price, seller=users.get(detail.seller_id),
                                    status=sub.status, address=address),
        connection=ConnectionOut.from_row(
            detail, login=sub.login, ip=sub.ip, mac=base.mac, routing_point=base.routing_point,
            serial_number=sub.serial_number, access_point=access_point.name if access_point else None,
            address=address, has_pppoe_password=bool(detail.pppoe_password_enc),
            has_equipment_password=bool(detail.equipment_password_enc)),
        events=[EventOut.from_row(e, user=users.get(e.user_id)) for e in sub_rules.events(session, sub.id)],
        services=[ServiceOut.model_validate(s) for s in sub_rules.services(session, sub.id)])


# --- clients ----------------------------------------------------------------------------------------

@router.post("/clients", response_model=ClientOut, status_code=status.HTTP_201_CREATED, dependencies=MANAGER)
def post_client(body: ClientCreate, session: SessionDep, settings: SettingsDep, user: CurrentUser):
    client = create_client(session, body.model_dump(exclude_unset=True) | {"person_type": body.person_type,
                                                                           "name": body.name},
                           _today(settings))
    session.commit()
    return registry_api.get_client(client.id, session, settings, user)


@router.patch("/clients/{client_id}", response_model=ClientOut, dependencies=MANAGER)
def patch_client(client_id: DbId, body: ClientUpdate, session: SessionDep, settings: SettingsDep,
                 user: CurrentUser):
    update_client(session, client_id, body.model_dump(exclude_unset=True))
    session.commit()
    return registry_api.get_client(client_id, session, settings, user)


# --- subscriptions ----------------------------------------------------------------------------------

@router.post("/clients/{client_id}/subscriptions", response_model=SubscriptionRecordOut,
             status_code=status.HTTP_201_CREATED, dependencies=MANAGER)
def post_subscription(client_id: DbId, body: SubscriptionCreate, session: SessionDep, settings: SettingsDep,
                      user: CurrentUser):
    sub = sub_rules.create_subscription(
        session, client_id, _dump(body), user_id=user.id, secret_key=settings.resolved_secret_key,
        today=_today(settings))
    session.commit()
    return record_out(session, sub)


@router.patch("/subscriptions/{sub_id}", response_model=SubscriptionRecordOut, dependencies=MANAGER)
def patch_subscription(sub_id: DbId, body: SubscriptionUpdate, session: SessionDep, settings: SettingsDep,
                       user: CurrentUser):
    sub = sub_rules.update_subscription(session, sub_id, _dump(body), user_id=user.id,
                                        secret_key=settings.resolved_secret_key)
    session.commit()
    return record_out(session, sub)


def _dump(body) -> dict:
    data = body.model_dump(exclude_unset=True)
    if body.services is not None:
        data["services"] = [s.model_dump() for s in body.services]
    return data


@router.get("/subscriptions/{sub_id}/record", response_model=SubscriptionRecordOut)
def get_record(sub_id: DbId, session: SessionDep, _user: CurrentUser):
    sub = sub_rules.get_subscription(session, sub_id)
    out = record_out(session, sub)
    session.commit()  # get_detail may have created the default row of an older subscription
    return out


@router.post("/subscriptions/{sub_id}/reveal", response_model=RevealOut)
def reveal(sub_id: DbId, body: RevealIn, session: SessionDep, settings: SettingsDep, user: CurrentUser):
    value, audit = sub_rules.reveal_secret(session, sub_id, body.secret, user_id=user.id,
                                           secret_key=settings.resolved_secret_key)
    session.commit()
    return RevealOut(secret=body.secret, value=value, revealed_at=audit.revealed_at)


@router.get("/subscriptions/{sub_id}/reveals", response_model=ItemList[RevealAuditOut], dependencies=MANAGER)
def reveals(sub_id: DbId, session: SessionDep):
    users = dict(session.execute(select(User.id, User.username)).all())
    return ItemList[RevealAuditOut](items=[
        RevealAuditOut(id=r.id, secret=r.secret, user_id=r.user_id, user=users.get(r.user_id, "?"),
                       revealed_at=r.revealed_at) for r in sub_rules.list_reveals(session, sub_id)])


# --- prospects --------------------------------------------------------------------------------------

@router.get("/prospects/{prospect_id}/contacts", response_model=ItemList[ProspectContactOut])
def prospect_contacts(prospect_id: DbId, session: SessionDep, _user: CurrentUser):
    return ItemList[ProspectContactOut](items=[ProspectContactOut.model_validate(c) for c in
                                               prospect_rules.contacts(session, prospect_id)])


@router.post("/prospects/{prospect_id}/contacts", response_model=ProspectContactOut,
             status_code=status.HTTP_201_CREATED)
def add_prospect_contact(prospect_id: DbId, body: ProspectContactIn, session: SessionDep, _user: CurrentUser):
    contact = prospect_rules.add_contact(session, prospect_id, body.model_dump())
    session.commit()
    return ProspectContactOut.model_validate(contact)


@router.get("/prospects/{prospect_id}/location", response_model=LocationOut)
def prospect_location(prospect_id: DbId, session: SessionDep, _user: CurrentUser):
    row = prospect_rules.location(session, prospect_id)
    return LocationOut(latitude=row.latitude, longitude=row.longitude) if row else LocationOut()


@router.put("/prospects/{prospect_id}/location", response_model=LocationOut)
def put_prospect_location(prospect_id: DbId, body: LocationIn, session: SessionDep, _user: CurrentUser):
    row = prospect_rules.set_location(session, prospect_id, body.latitude.quantize(MICRO),
                                      body.longitude.quantize(MICRO))
    session.commit()
    return LocationOut(latitude=row.latitude, longitude=row.longitude)


@router.post("/prospects/{prospect_id}/convert", response_model=ConvertOut, status_code=status.HTTP_201_CREATED,
             dependencies=MANAGER)
def convert_prospect(prospect_id: DbId, body: ConvertIn, session: SessionDep, settings: SettingsDep):
    client = prospect_rules.convert(session, prospect_id, body.model_dump(exclude_unset=True), _today(settings))
    session.commit()
    return ConvertOut(client_id=client.id, code=client.code)
