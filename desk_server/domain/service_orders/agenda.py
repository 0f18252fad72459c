"""Reading O.S. for the agenda: one query joining ticket, client, installation address, type and
technician, so a week of 30 technicians is one round trip."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...models import User
from ...models.clients import Client, Subscription
from ...models.service_orders import ServiceOrder, ServiceOrderType
from ...models.tickets import Ticket
from ..errors import Invalid


@dataclass
class AgendaFilter:
    technician_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    statuses: list[str] | None = None
    ticket_id: int | None = None
    order_id: int | None = None


@dataclass
class AgendaRow:
    order: ServiceOrder
    protocol: str
    client_name: str | None
    district: str | None
    city: str | None
    address: str | None
    type_name: str
    technician_name: str


def _join(*parts: str | None, sep: str = ", ") -> str | None:
    text = sep.join(p for p in parts if p)
    return text or None


def installation(client_row, sub_row) -> tuple[str | None, str | None, str | None]:
    """(address, district, city) of the visit: the subscription's installation address, else the
    client's installation address, else the client's own address."""
    for street, number, complement, district, city in (sub_row, client_row[:5], client_row[5:]):
        if street or district:
            return _join(_join(street, number), complement), district, city
    return None, None, None


def query_rows(session: Session, flt: AgendaFilter) -> list[AgendaRow]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise Invalid("Período inválido: date_from é depois de date_to.")
    tech = aliased(User)
    query = (
        select(ServiceOrder, Ticket.protocol, Client.name,
               Client.install_street, Client.install_number, Client.install_complement, Client.install_district,
               Client.install_city, Client.street, Client.number, Client.complement, Client.district, Client.city,
               Subscription.install_street, Subscription.install_number, Subscription.install_complement,
               Subscription.install_district, Subscription.install_city,
               ServiceOrderType.name, tech.name)
        .join(Ticket, Ticket.id == ServiceOrder.ticket_id)
        .join(ServiceOrderType, ServiceOrderType.id == ServiceOrder.type_id)
        .join(tech, tech.id == ServiceOrder.technician_id)
        .outerjoin(Client, Client.id == ServiceOrder.client_id)
        .outerjoin(Subscription, Subscription.id == ServiceOrder.subscription_id)
    )
    if flt.order_id is not None:
        query = query.where(ServiceOrder.id == flt.order_id)
    if flt.technician_id is not None:
        query = query.where(ServiceOrder.technician_id == flt.technician_id)
    if flt.ticket_id is not None:
        query = query.where(ServiceOrder.ticket_id == flt.ticket_id)
    if flt.date_from is not None:
        query = query.where(ServiceOrder.day >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(ServiceOrder.day <= flt.date_to)
    if flt.statuses:
        query = query.where(ServiceOrder.status.in_(flt.statuses))
    query = query.order_by(ServiceOrder.day, ServiceOrder.technician_id, ServiceOrder.start_minute, ServiceOrder.id)
    rows = []
    for r in session.execute(query):
        address, district, city = installation(tuple(r[3:13]), tuple(r[13:18]))
        rows.append(AgendaRow(order=r[0], protocol=r[1], client_name=r[2], district=district, city=city,
                              address=address, type_name=r[18], technician_name=r[19]))
    return rows
