"""The change feed across two real server processes on one PostgreSQL database: a forward made on
one instance reaches a client long-polling the other within 2 s, and concurrent writers on both
instances never make a reader skip a change."""
from __future__ import annotations

import threading
import time
import uuid

import httpx
import pytest

from desk_server.db import make_engine, make_session_factory

from ..harness import LiveServer
from .ticket_support import make_world_in, ticket_body


@pytest.fixture
def two_servers(databases, tmp_path):
    url = databases.fresh("postgresql", "demo")
    servers = [LiveServer(url, tmp_path / f"s{i}", {"DESK_RUN_WORKERS": "0"}) for i in (1, 2)]
    for server in servers:
        server.start()
    engine = make_engine(url, pool_size=1)
    world = make_world_in(make_session_factory(engine))
    engine.dispose()
    yield servers, world
    for server in servers:
        server.stop()
    databases.drop(url)


def _h(server: LiveServer, user: str) -> dict:
    return {"Authorization": f"Bearer {server.token(user)}"}


def _open(server: LiveServer, h: dict, world) -> dict:
    number = httpx.post(f"{server.url}/api/v1/protocols", json={}, headers=h).json()["number"]
    response = httpx.post(f"{server.url}/api/v1/tickets", json=ticket_body(world, number),
                          headers={**h, "Idempotency-Key": uuid.uuid4().hex})
    assert response.status_code == 201, response.text
    return response.json()


def test_forward_on_one_instance_reaches_a_long_poll_on_the_other(two_servers):
    (s1, s2), world = two_servers
    op, tec = _h(s1, "operador"), _h(s2, "tecnico")
    ticket = _open(s1, op, world)
    after = httpx.get(f"{s2.url}/api/v1/changes/last-seq", headers=tec).json()["last_seq"]
    got: dict = {}

    def poll():
        response = httpx.get(f"{s2.url}/api/v1/changes", params={"after": after, "wait": 20}, headers=tec, timeout=30)
        got["at"], got["body"] = time.monotonic(), response.json()

    waiter = threading.Thread(target=poll)
    waiter.start()
    time.sleep(0.5)  # the long poll is waiting on s2
    sent = time.monotonic()
    forward = httpx.post(f"{s1.url}/api/v1/tickets/{ticket['id']}/forward",
                         json={"user_id": world.users["tecnico"], "reason": "Visita técnica"}, headers=op)
    assert forward.status_code == 200, forward.text
    waiter.join(25)
    assert "body" in got, "the long poll never answered"
    delay = got["at"] - sent
    items = got["body"]["items"]
    assert items and items[0]["ticket_id"] == ticket["id"] and items[0]["data"]["action"] == "forwarded"
    assert items[0]["assigned_user_id"] == world.users["tecnico"]
    assert delay < 2.0, f"change took {delay:.2f} s to reach the other instance"


def test_concurrent_writers_on_both_instances_never_skip_a_change(two_servers):
    (s1, s2), world = two_servers
    hs = [_h(s1, "operador"), _h(s2, "supervisor")]
    tickets = [_open(s, h, world) for s, h in zip((s1, s2), hs, strict=True)]
    reader = _h(s2, "tecnico")
    start = httpx.get(f"{s2.url}/api/v1/changes/last-seq", headers=reader).json()["last_seq"]
    per_writer = 15

    def write(server, h, ticket):
        with httpx.Client(base_url=server.url, headers=h) as client:
            for n in range(per_writer):
                r = client.post(f"/api/v1/tickets/{ticket['id']}/comments", json={"text": f"comentário {n}"})
                assert r.status_code == 201, r.text

    writers = [threading.Thread(target=write, args=(s, h, t)) for s, h, t in zip((s1, s2), hs, tickets, strict=True)]
    seen: list[int] = []
    after = start
    for thread in writers:
        thread.start()
    deadline = time.monotonic() + 60
    while len(seen) < 2 * per_writer and time.monotonic() < deadline:
        # a reader that follows last_seq while the writes happen: it must see every change once
        page = httpx.get(f"{s1.url}/api/v1/changes", params={"after": after, "wait": 1}, headers=reader).json()
        seen += [c["seq"] for c in page["items"]]
        after = page["last_seq"]
    for thread in writers:
        thread.join()
    assert len(seen) == len(set(seen)) == 2 * per_writer
    assert seen == sorted(seen)
