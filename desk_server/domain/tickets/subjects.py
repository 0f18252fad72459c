"""What a ticket is about: lookups in the clients area (clients, subscriptions, contacts,
prospects, access points, networks), kept in one place so the ticket rules stay readable.

Plain column selects (not ORM loads): opening a ticket is on the hot path of the wizard, and the
client models eagerly join plans and networks that the rules do not need.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.clients import Client, Contact, Prospect, RoutingPoint, Subscription
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


def routing_point_network(session: Session, routing_point_id: int | None) -> int | None:
    if routing_point_id is None:
        return None
    return session.scalar(select(RoutingPoint.network_id).where(RoutingPoint.id == routing_point_id))


def subscription_row(session: Session, subscription_id: int):
    """(client_id, deleted_at, network_id) of a subscription, or None."""
    return session.execute(
        select(Subscription.client_id, Subscription.deleted_at, RoutingPoint.network_id)
        .select_from(Subscription)
        .outerjoin(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
        .where(Subscription.id == subscription_id)).first()


def subscription_network(session: Session, subscription_id: int) -> int | None:
    """The network of a subscription (subscription → routing point → network). Raises Invalid."""
    row = subscription_row(session, subscription_id)
    if row is None:
        raise Invalid(f"Plano do cliente {subscription_id} não existe.")
    return row.network_id


def _exists(session: Session, column, ident: int) -> bool:
    return session.scalar(select(column).where(column == ident)) is not None


def resolve(session: Session, *, kind: str, client_id: int | None = None, subscription_id: int | None = None,
            contact_id: int | None = None, prospect_id: int | None = None,
            access_point_id: int | None = None) -> Subject:
    """Check that the ids exist and belong together; find the network. Raises Invalid."""
    network_id = None
    if kind == "client":
        if subscription_id is not None:
            sub = subscription_row(session, subscription_id)
            if sub is None:
                raise Invalid(f"Plano do cliente {subscription_id} não existe.")
            if sub.client_id != client_id:
                if not _exists(session, Client.id, client_id):
                    raise Invalid(f"Cliente {client_id} não existe.")
                raise Invalid(f"O plano {subscription_id} não pertence ao cliente {client_id}.")
            if sub.deleted_at is not None:
                raise Invalid(f"O plano do cliente {subscription_id} foi removido.")
            network_id = sub.network_id
        elif not _exists(session, Client.id, client_id):
            raise Invalid(f"Cliente {client_id} não existe.")
        if contact_id is not None:
            contact = session.execute(select(Contact.client_id, Contact.deleted_at)
                                      .where(Contact.id == contact_id)).first()
            if contact is None:
                raise Invalid(f"Contato {contact_id} não existe.")
            if contact.client_id != client_id:
                raise Invalid(f"O contato {contact_id} não pertence ao cliente {client_id}.")
            if contact.deleted_at is not None:
                raise Invalid(f"O contato {contact_id} foi removido.")
    elif kind == "prospect":
        if not _exists(session, Prospect.id, prospect_id):
            raise Invalid(f"Prospecto {prospect_id} não existe.")
        if contact_id is not None:
            # Contacts belong to clients; a prospect's contact data lives on the prospect itself.
            raise Invalid("contact_id não se aplica a atendimento de Prospecto (o contato é o próprio prospecto).")
    elif kind == "access_point":
        network_id = session.scalar(select(RoutingPoint.network_id).where(RoutingPoint.id == access_point_id))
        if network_id is None:
            raise Invalid(f"Ponto de acesso {access_point_id} não existe.")
    else:  # the schema already refuses other kinds
        raise Invalid(f"Tipo de atendimento desconhecido: {kind}.")
    return Subject(client_id, subscription_id, contact_id, prospect_id, access_point_id, network_id)
