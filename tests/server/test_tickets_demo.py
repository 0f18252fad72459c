"""Demo ticket types and tickets: realistic, linked outage present, loading twice adds nothing."""
from __future__ import annotations

from sqlalchemy import func, select

from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.demo import load_all
from desk_server.models.tickets import Protocol, Ticket, TicketEvent, TicketType

from ..harness import make_settings

EXPECTED_TYPES = {
    "Sem conexão": ("Suporte N1", 4, False), "Lentidão": ("Suporte N1", 8, False),
    "Alterar senha": ("Suporte N1", 24, False), "Criar e-mail": ("Suporte N1", 24, False),
    "Financeiro": ("Financeiro", 48, False), "Mudança de endereço": ("Técnico de Campo", 72, False),
    "Falha massiva": ("Suporte N2", 2, True),
}


def test_demo_ticket_types(api, headers):
    items = api.get("/api/v1/ticket-types", headers=headers("operador")).json()["items"]
    got = {t["name"]: (t["default_cargo_name"], t["sla_hours"], t["allows_linking"]) for t in items}
    assert got == EXPECTED_TYPES


def test_demo_tickets_show_an_outage_with_a_linked_child(api, headers):
    h = headers("operador")
    # every demo ticket (the workspace demo adds a couple of hundred over three weeks)
    tickets = api.get("/api/v1/tickets", params={"limit": 500}, headers=h).json()["items"]
    assert len(tickets) >= 5
    assert {t["status"] for t in tickets} >= {"open", "forwarded", "closed_done", "closed_unsolved"}
    outage = next(t for t in tickets if t["ticket_type"] == "Falha massiva")
    assert outage["kind"] == "access_point" and outage["status"] == "open" and outage["access_point_id"]
    children = [t for t in tickets if t["parent_id"] == outage["id"]]
    assert len(children) == 1 and children[0]["parent_protocol"] == outage["protocol"]
    assert all(t["parent_id"] in (None, outage["id"]) for t in tickets)
    sub = children[0]["subscription_id"]
    announced = api.get("/api/v1/tickets/link-candidate", params={"subscription_id": sub}, headers=h).json()
    assert announced["parent"]["id"] == outage["id"]
    events = api.get(f"/api/v1/tickets/{outage['id']}/history", headers=h).json()["items"]
    assert [e["kind"] for e in events] == ["opened", "linked_child"]
    client = api.get(f"/api/v1/clients/{children[0]['client_id']}", headers=h).json()
    assert client["open_tickets"] >= 1


def test_demo_tickets_load_once(demo_db_url, tmp_path):
    engine = make_engine(demo_db_url, pool_size=1)
    factory = make_session_factory(engine)

    def counts():
        with session_scope(factory) as session:
            return [session.scalar(select(func.count()).select_from(m)) for m in (Ticket, TicketEvent, TicketType,
                                                                                  Protocol)]
    before = counts()
    with session_scope(factory) as session:
        load_all(session, make_settings(demo_db_url, tmp_path))
    assert counts() == before and before[0] >= 5
    engine.dispose()
