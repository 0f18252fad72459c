"""The SLA filter of GET /tickets and the row's state agree in business time, on both engines: a ticket
whose due time is the next morning is "warning" in the evening before, when less than a quarter of
its budget of business hours is left."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ..harness import login_headers
from .ticket_support import make_world, open_ticket

API = "/api/v1"
# Monday 10/03/2031 14:30 in São Paulo (UTC-3): 4 business hours of "Sem conexão" end on Tuesday 08:30.
OPENED = datetime(2031, 3, 10, 17, 30, tzinfo=UTC)
AFTERNOON = datetime(2031, 3, 10, 19, 0, tzinfo=UTC)   # 16:00: 2 h today + 30 min tomorrow left → ok
EVENING = datetime(2031, 3, 10, 20, 45, tzinfo=UTC)    # 17:45: 15 min today + 30 min tomorrow → warning
TOMORROW = datetime(2031, 3, 11, 12, 0, tzinfo=UTC)    # Tuesday 09:00: late


@pytest.fixture
def office(app_for, demo_db_url):
    client = app_for(demo_db_url, business_hours="seg-sex 08:00-18:00")
    client.app.state.clock = lambda: OPENED
    return client


def listed_ids(api, h, client_id, sla) -> set[int]:
    response = api.get(f"{API}/tickets", params={"sla": sla, "client_id": client_id, "limit": 200}, headers=h)
    assert response.status_code == 200, response.text
    return {t["id"] for t in response.json()["items"]}


def state(api, h, ticket_id) -> str:
    response = api.get(f"{API}/tickets/{ticket_id}", headers=h)
    assert response.status_code == 200, response.text
    return response.json()["sla"]["state"]


def test_warning_is_a_quarter_of_the_business_time_left(office):
    api = office
    op = login_headers(api, "operador")
    world = make_world(api)
    ticket = open_ticket(api, op, world)
    assert ticket["sla_due_at"].startswith("2031-03-11T11:30")
    client_id = ticket["client_id"]
    expected = {AFTERNOON: "ok", EVENING: "warning", TOMORROW: "late"}
    for moment, wanted in expected.items():
        api.app.state.clock = lambda moment=moment: moment
        assert state(api, op, ticket["id"]) == wanted, moment
        for sla_state in ("ok", "warning", "late"):
            assert (ticket["id"] in listed_ids(api, op, client_id, sla_state)) == (sla_state == wanted), \
                (moment, sla_state)
