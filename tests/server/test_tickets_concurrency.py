"""Races against a real server process (both engines): idempotent retries fired together, two
operators finishing on the same protocol, children linked while their parent is being closed."""
from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import select

from desk_server.models.tickets import Ticket

from .race_support import at_once, live_world
from .ticket_support import ticket_body


@pytest.fixture
def live(databases, backend, tmp_path):
    with live_world(databases, backend, tmp_path) as running:
        yield running


def _client(server, username="operador"):
    return httpx.Client(base_url=server.url, timeout=60,
                        headers={"Authorization": f"Bearer {server.token(username)}"})


def test_the_same_key_fired_20_times_at_once_makes_one_ticket(live):
    server, world, _ = live
    with _client(server) as client:
        number = client.post("/api/v1/protocols", json={}).json()["number"]
        body = ticket_body(world, number)
        answers = at_once(20, lambda _: client.post("/api/v1/tickets", json=body,
                                                     headers={"Idempotency-Key": "same-draft"}))
        codes = sorted(a.status_code for a in answers)
        assert codes.count(201) == 1 and codes.count(200) == 19, codes
        assert len({a.json()["id"] for a in answers}) == 1
        assert len(client.get("/api/v1/tickets", params={"protocol": number}).json()["items"]) == 1


def test_different_keys_on_one_protocol_make_one_ticket_and_409s(live):
    server, world, _ = live
    with _client(server) as client:
        number = client.post("/api/v1/protocols", json={}).json()["number"]
        body = ticket_body(world, number)
        answers = at_once(10, lambda i: client.post("/api/v1/tickets", json=body,
                                                     headers={"Idempotency-Key": f"k{i}"}))
        codes = sorted(a.status_code for a in answers)
        assert codes == [201] + [409] * 9, codes


def test_children_linked_while_the_parent_closes_are_never_left_open(live):
    server, world, factory = live
    with _client(server) as op, _client(server, "supervisor") as sup:
        numbers = [op.post("/api/v1/protocols", json={}).json()["number"] for _ in range(41)]
        outage = op.post("/api/v1/tickets", headers={"Idempotency-Key": uuid.uuid4().hex}, json=ticket_body(
            world, numbers.pop(), kind="access_point", client_id=None, subscription_id=None, contact_id=None,
            access_point_id=world.ap1, ticket_type_id=world.types["Falha massiva"],
            destination={"cargo_id": world.cargos["Suporte N2"]})).json()
        gate = threading.Barrier(41)

        def child(number):
            gate.wait()
            return op.post("/api/v1/tickets", json=ticket_body(world, number),
                           headers={"Idempotency-Key": uuid.uuid4().hex})

        def close():
            gate.wait()
            return sup.post(f"/api/v1/tickets/{outage['id']}/close", json={"outcome": "done", "reason": "Reparado"})

        with ThreadPoolExecutor(41) as pool:
            closing = pool.submit(close)
            children = list(pool.map(child, numbers))
        assert closing.result().status_code == 200
        assert all(c.status_code == 201 for c in children)
    session = factory()
    try:
        rows = session.execute(select(Ticket.id, Ticket.status, Ticket.parent_id)
                               .where(Ticket.subscription_id == world.sub_a)).all()
    finally:
        session.close()
    assert len(rows) == 40
    linked = [r for r in rows if r.parent_id == outage["id"]]
    assert all(r.status == "closed_done" for r in linked), "a child of the closed parent stayed open"
    assert all(r.status == "open" for r in rows if r.parent_id is None)
