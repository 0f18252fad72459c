"""Concurrent bookings of one technician's slot against a real server process on both engines:
exactly one accepted, the others 409, no overlap in the database."""
from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import select

from desk_server.models.service_orders import ServiceOrder

from .race_support import at_once, live_world
from .service_order_support import DAY
from .ticket_support import ticket_body


@pytest.fixture
def live(databases, backend, tmp_path):
    with live_world(databases, backend, tmp_path) as running:
        yield running


def test_twenty_concurrent_bookings_of_one_slot_accept_exactly_one(live):
    server, world, factory = live
    token = server.token("operador")
    with httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {token}"}) as client:
        number = client.post("/api/v1/protocols", json={}).json()["number"]
        ticket = client.post("/api/v1/tickets", json=ticket_body(world, number),
                             headers={"Idempotency-Key": number}).json()
        type_id = client.get("/api/v1/service-order-types").json()["items"][0]["id"]

        def send(i):
            # staggered starts, all overlapping 10:00–10:30: only one can win
            body = {"technician_id": world.users["tecnico"], "type_id": type_id, "date": DAY,
                    "start": f"09:{30 + i:02d}", "duration_minutes": 60}
            return client.post(f"/api/v1/tickets/{ticket['id']}/service-orders", json=body)

        answers = at_once(20, send)
    codes = sorted(a.status_code for a in answers)
    assert codes.count(201) == 1 and codes.count(409) == 19, codes
    assert all(a.json()["detail"]["free_slots"] for a in answers if a.status_code == 409)
    with factory() as session:
        rows = session.scalars(select(ServiceOrder).where(ServiceOrder.technician_id == world.users["tecnico"],
                                                          ServiceOrder.day == date.fromisoformat(DAY))).all()
    assert len(rows) == 1
