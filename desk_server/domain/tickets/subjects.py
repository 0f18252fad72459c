"""What a ticket is about: lookups in the clients area (clients, subscriptions, contacts,
prospects, access points, networks), kept in one place so the ticket rules stay readable.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...models import clients as cm
from .errors import Invalid


@dataclass(frozen=True)
class Subject:
    """The checked ids of a new ticket plus the network it is about (None if unknown)."""

    client_id: int | None
    subscription_id: int | None
    contact_id: int | None
    prospect_id: int | None
    access_point_id: int | None
    network_id: int | None


def _get(session: Session, model_name: str, ident: int, label: str):
    model = getattr(cm, model_name)
    row = session.get(model, ident)
    if row is None:
        raise Invalid(f"{label} {ident} não existe.")
    return row


def routing_point_network(session: Session, routing_point_id: int | None) -> int | None:
    if routing_point_id is None:
        return None
    point = session.get(cm.RoutingPoint, routing_point_id)
    return point.network_id if point is not None else None


def subscription_network(session: Session, subscription_id: int) -> int | None:
    sub = session.get(cm.Subscription, subscription_id)
    return routing_point_network(session, sub.routing_point_id) if sub is not None else None


def resolve(session: Session, *, kind: str, client_id: int | None = None, subscription_id: int | None = None,
            contact_id: int | None = None, prospect_id: int | None = None,
            access_point_id: int | None = None) -> Subject:
    """Check that the ids exist and belong together; find the network. Raises Invalid."""
    network_id = None
    if kind == "client":
        _get(session, "Client", client_id, "Cliente")
        if subscription_id is not None:
            sub = _get(session, "Subscription", subscription_id, "Plano do cliente")
            if sub.deleted_at is not None:
                raise Invalid(f"O plano do cliente {subscription_id} foi removido.")
            if sub.client_id != client_id:
                raise Invalid(f"O plano {subscription_id} não pertence ao cliente {client_id}.")
            network_id = routing_point_network(session, sub.routing_point_id)
        if contact_id is not None:
            contact = _get(session, "Contact", contact_id, "Contato")
            if contact.deleted_at is not None:
                raise Invalid(f"O contato {contact_id} foi removido.")
            if contact.client_id != client_id:
                raise Invalid(f"O contato {contact_id} não pertence ao cliente {client_id}.")
    elif kind == "prospect":
        _get(session, "Prospect", prospect_id, "Prospecto")
        if contact_id is not None:
            # Contacts belong to clients; a prospect's contact data lives on the prospect itself.
            raise Invalid("contact_id não se aplica a atendimento de Prospecto (o contato é o próprio prospecto).")
    elif kind == "access_point":
        point = _get(session, "RoutingPoint", access_point_id, "Ponto de acesso")
        network_id = point.network_id
    else:  # the schema already refuses other kinds
        raise Invalid(f"Tipo de atendimento desconhecido: {kind}.")
    return Subject(client_id, subscription_id, contact_id, prospect_id, access_point_id, network_id)
