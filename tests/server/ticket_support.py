"""Ticket helpers shared by the server tests: a small client registry (`World`), reserving a protocol,
building and creating ticket bodies, reading a ticket's history. The `world` fixture is in conftest."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desk_server.models import Cargo, User
from desk_server.models.clients import Client, Contact, Network, Plan, RoutingPoint, Subscription
from desk_server.models.tickets import TicketType


@dataclass
class World:
    """Ids of a small client registry: net1 (access point ap1, routing point rp1), net2 (rp2)."""

    net1: int
    net2: int
    ap1: int
    rp1: int
    rp2: int
    client_a: int
    sub_a: int  # on rp1 (net1)
    contact_a: int
    client_b: int
    sub_b: int  # on rp1 (net1)
    client_c: int
    sub_c: int  # on rp2 (net2)
    contact_c: int
    types: dict[str, int]
    cargos: dict[str, int]
    users: dict[str, int]


def make_world(api) -> World:
    return make_world_in(api.app.state.session_factory)


def make_world_in(session_factory) -> World:
    session = session_factory()
    tag = uuid.uuid4().hex[:6]
    try:
        net1, net2 = Network(name=f"TK Rede Norte {tag}"), Network(name=f"TK Rede Sul {tag}")
        session.add_all([net1, net2])
        session.flush()
        ap1 = RoutingPoint(name=f"TK Torre Norte {tag}", network_id=net1.id, kind="access_point")
        rp1 = RoutingPoint(name=f"TK Concentrador Norte {tag}", network_id=net1.id)
        rp2 = RoutingPoint(name=f"TK Concentrador Sul {tag}", network_id=net2.id)
        plan = Plan(name=f"TK Fibra 300 {tag}", download_mbps=300, upload_mbps=150, price=99.9)
        session.add_all([ap1, rp1, rp2, plan])
        session.flush()

        def client(code, name, rp, login):
            c = Client(code=f"{code}{tag}", person_type="PF", name=name, search_name=name.lower())
            session.add(c)
            session.flush()
            s = Subscription(client_id=c.id, plan_id=plan.id, routing_point_id=rp.id, login=f"{login}{tag}")
            k = Contact(client_id=c.id, name=f"Contato de {name}", search_name=f"contato de {name.lower()}")
            session.add_all([s, k])
            session.flush()
            return c.id, s.id, k.id

        a = client("TKA", "Maria Aparecida", rp1, "maria")
        b = client("TKB", "João Batista", rp1, "joao")
        c = client("TKC", "Pedro Cardoso", rp2, "pedro")
        types = {t.name: t.id for t in session.scalars(select(TicketType)).unique()}
        cargos = {c.name: c.id for c in session.scalars(select(Cargo))}
        users = {u.username: u.id for u in session.scalars(select(User))}
        session.commit()
        return World(net1.id, net2.id, ap1.id, rp1.id, rp2.id, a[0], a[1], a[2], b[0], b[1], c[0], c[1], c[2],
                     types, cargos, users)
    finally:
        session.close()


def reserve(api, h, **body) -> str:
    response = api.post("/api/v1/protocols", json=body, headers=h)
    assert response.status_code == 201, response.text
    return response.json()["number"]


def ticket_body(world: World, protocol: str, **overrides) -> dict:
    body = {"protocol": protocol, "kind": "client", "client_id": world.client_a, "subscription_id": world.sub_a,
            "contact_id": world.contact_a, "ticket_type_id": world.types["Sem conexão"], "channel": "phone",
            "destination": {"cargo_id": world.cargos["Suporte N1"]}, "problem": "Sem internet desde ontem",
            "checks": "Reiniciou o roteador", "resolved": False}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not ...}


def create(api, h, body: dict, key: str | None = None, expect: int = 201) -> dict:
    response = api.post("/api/v1/tickets", json=body, headers={**h, "Idempotency-Key": key or uuid.uuid4().hex})
    assert response.status_code == expect, response.text
    return response.json()


def open_ticket(api, h, world, **overrides) -> dict:
    return create(api, h, ticket_body(world, reserve(api, h), **overrides))


def open_outage(api, h, world, *, access_point=None) -> dict:
    return open_ticket(api, h, world, kind="access_point", client_id=None, subscription_id=None, contact_id=None,
                       access_point_id=access_point or world.ap1, ticket_type_id=world.types["Falha massiva"],
                       destination={"cargo_id": world.cargos["Suporte N2"]}, problem="Torre sem energia")


def history(api, h, ticket_id) -> list[dict]:
    response = api.get(f"/api/v1/tickets/{ticket_id}/history", headers=h)
    assert response.status_code == 200, response.text
    return response.json()["items"]
