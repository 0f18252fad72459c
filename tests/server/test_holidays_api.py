"""Municipal holidays through the API on both engines: add, edit, deactivate (never delete), each
moving the SLA due time of an open ticket that spans the day; 409 for a day taken, 403 for
operators, 422/404 for bad input and odd ids, never a 500."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ..harness import login_headers
from .ticket_support import make_world, open_ticket

API = "/api/v1"
# Monday 10/03/2031 17:00 in São Paulo (UTC-3): 4 business hours of "Sem conexão" end on Tuesday 11:00,
# or on Wednesday 11:00 when Tuesday is the city's holiday.
OPENED = datetime(2031, 3, 10, 20, 0, tzinfo=UTC)
DUE = "2031-03-11T14:00:00"
DUE_AFTER_HOLIDAY = "2031-03-12T14:00:00"


@pytest.fixture
def office(app_for, demo_db_url):
    client = app_for(demo_db_url, business_hours="seg-sex 08:00-18:00")
    client.app.state.clock = lambda: OPENED
    return client


def due(api, h, ticket_id) -> str:
    response = api.get(f"{API}/tickets/{ticket_id}", headers=h)
    assert response.status_code == 200, response.text
    return response.json()["sla_due_at"][:19]


def detail(response) -> str:
    d = response.json()["detail"]
    return d["message"] if isinstance(d, dict) else d


def listed(api, h, **params) -> dict[str, dict]:
    response = api.get(f"{API}/municipal-holidays", params=params, headers=h)
    assert response.status_code == 200, response.text
    return {item["day"]: item for item in response.json()["items"]}


def test_edit_and_deactivate_move_the_due_time(office):
    api = office
    sup, op = login_headers(api, "supervisor"), login_headers(api, "operador")
    ticket = open_ticket(api, op, make_world(api))
    assert due(api, op, ticket["id"]) == DUE

    added = api.post(f"{API}/municipal-holidays", json={"day": "2031-03-11", "name": "Aniversário"}, headers=sup)
    assert added.status_code == 201, added.text
    holiday = added.json()
    assert holiday["active"] is True and due(api, op, ticket["id"]) == DUE_AFTER_HOLIDAY

    url = f"{API}/municipal-holidays/{holiday['id']}"
    renamed = api.patch(url, json={"name": "  Aniversário da cidade "}, headers=sup)
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["name"] == "Aniversário da cidade" and due(api, op, ticket["id"]) == DUE_AFTER_HOLIDAY

    off = api.patch(url, json={"active": False}, headers=sup)                     # deactivated: it no longer counts
    assert off.status_code == 200 and off.json()["active"] is False
    assert due(api, op, ticket["id"]) == DUE
    assert "2031-03-11" not in listed(api, op) and listed(api, op, include_inactive="true")["2031-03-11"]["active"] is False

    on = api.patch(url, json={"active": True}, headers=sup)                       # back on: counts again
    assert on.status_code == 200 and due(api, op, ticket["id"]) == DUE_AFTER_HOLIDAY

    moved = api.patch(url, json={"day": "2031-03-20"}, headers=sup)               # moved past the due time
    assert moved.status_code == 200 and moved.json()["day"] == "2031-03-20"
    assert due(api, op, ticket["id"]) == DUE

    moved_back = api.patch(url, json={"day": "2031-03-11", "active": False}, headers=sup)   # moved while off
    assert moved_back.status_code == 200 and due(api, op, ticket["id"]) == DUE


def test_holiday_rules_roles_and_bad_input(api, headers):
    sup, op, admin = headers("supervisor"), headers("operador"), headers("admin")
    first = api.post(f"{API}/municipal-holidays", json={"day": "2032-01-25", "name": "Primeiro"}, headers=sup).json()
    second = api.post(f"{API}/municipal-holidays", json={"day": "2032-07-09", "name": "Segundo"}, headers=admin).json()
    url = f"{API}/municipal-holidays/{second['id']}"

    taken = api.patch(url, json={"day": "2032-01-25"}, headers=sup)               # the day of another one
    assert taken.status_code == 409 and detail(taken) == "Já existe um feriado em 25/01/2032."
    same_day = api.patch(url, json={"day": "2032-07-09", "name": "Segundo, mesmo dia"}, headers=sup)
    assert same_day.status_code == 200, same_day.text
    assert api.post(f"{API}/municipal-holidays", json={"day": "2032-07-09", "name": "Outro"},
                    headers=sup).status_code == 409

    assert api.patch(url, json={"name": "Pelo operador"}, headers=op).status_code == 403
    assert api.post(f"{API}/municipal-holidays", json={"day": "2032-08-01", "name": "Op"}, headers=op).status_code == 403
    assert api.patch(f"{API}/municipal-holidays/{first['id']}", json={"active": False}, headers=admin).status_code == 200

    for body in ({"day": "2032-02-30"}, {"day": "amanhã"}, {"name": "x"}, {"name": "n" * 121}, {"active": "talvez"},
                 {"name": "com\x00nul"}, {"id": 5}, {"day": 20320101}, []):
        bad = api.patch(url, json=body, headers=sup)
        assert bad.status_code == 422, (body, bad.status_code, bad.text)
    for odd in ("0", "99999999", "2147483648", "9" * 30, "-1", "abc"):
        response = api.patch(f"{API}/municipal-holidays/{odd}", json={"name": "Nenhum"}, headers=sup)
        assert response.status_code in (404, 422), (odd, response.status_code, response.text)
    missing = api.patch(f"{API}/municipal-holidays/2147483647", json={"name": "Nenhum"}, headers=sup)
    assert missing.status_code == 404 and detail(missing) == "Feriado não encontrado."

    assert listed(api, op)["2032-07-09"]["name"] == "Segundo, mesmo dia"
    assert "2032-01-25" not in listed(api, op)


def test_demo_has_municipal_holidays(api, headers):
    everything = listed(api, headers("operador"), include_inactive="true").values()
    assert any(h["active"] for h in everything) and any(not h["active"] for h in everything)
