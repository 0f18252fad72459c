"""Prospects beyond the registry's list (seed 000): their contacts, their coordinates for the Mapa
tab, and the conversion into a client (the prospect keeps its row, marked "convertido", with the
client's id; its contacts become the client's contacts).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.client_record import ProspectContact, ProspectLocation
from ...models.clients import Contact, Prospect
from ..errors import Conflict, Invalid
from ..rows import get_or_404
from ..search.normalise import fold_text
from . import values as v
from .clients import create_client


def get_prospect(session: Session, prospect_id: int) -> Prospect:
    prospect = get_or_404(session, Prospect, prospect_id, "Prospecto não encontrado.")
    return prospect


def contacts(session: Session, prospect_id: int) -> list[ProspectContact]:
    get_prospect(session, prospect_id)
    return list(session.scalars(select(ProspectContact).where(ProspectContact.prospect_id == prospect_id)
                                .order_by(ProspectContact.id)))


def add_contact(session: Session, prospect_id: int, data: dict[str, Any]) -> ProspectContact:
    get_prospect(session, prospect_id)
    name = v.text(data.get("name"))
    if not name:
        raise Invalid("Nome do contato é obrigatório.")
    contact = ProspectContact(prospect_id=prospect_id, name=name[:120], role=v.text(data.get("role")),
                              phone=v.phone(data.get("phone")), email=v.email(data.get("email")))
    session.add(contact)
    session.flush()
    return contact


def location(session: Session, prospect_id: int) -> ProspectLocation | None:
    get_prospect(session, prospect_id)
    return session.get(ProspectLocation, prospect_id)


def set_location(session: Session, prospect_id: int, latitude: Decimal, longitude: Decimal) -> ProspectLocation:
    get_prospect(session, prospect_id)
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise Invalid("Coordenadas inválidas: latitude de -90 a 90, longitude de -180 a 180.")
    row = session.get(ProspectLocation, prospect_id) or ProspectLocation(prospect_id=prospect_id)
    row.latitude, row.longitude = latitude, longitude
    session.add(row)
    session.flush()
    return row


def convert(session: Session, prospect_id: int, data: dict[str, Any], today: date):
    """A client from the prospect's name, phone, e-mail and address, plus what `data` adds (the
    person type and document the prospect never had); returns the new client."""
    prospect = get_prospect(session, prospect_id)
    if prospect.client_id is not None or prospect.status == "convertido":
        raise Conflict("Este prospecto já foi convertido em cliente.")
    base = {"name": prospect.name, "phone": prospect.phone, "email": prospect.email, "street": prospect.street,
            "number": prospect.number, "district": prospect.district, "city": prospect.city, "uf": prospect.uf,
            "cep": prospect.cep, "notes": prospect.notes}
    base.update({k: val for k, val in data.items() if val is not None})
    client = create_client(session, base, today)
    for row in contacts(session, prospect_id):
        session.add(Contact(client_id=client.id, name=row.name, search_name=fold_text(row.name), role=row.role,
                            phone=row.phone, email=row.email))
    prospect.client_id = client.id
    prospect.status = "convertido"
    session.flush()
    return client
