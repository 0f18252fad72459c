"""Localizar Cliente by "Ordem de Serviço": the number of an O.S. (its id, as the sheet and the agenda
show it) finds the O.S.'s client — Igual (with leading zeros too), Começa com, and "Todos os campos";
a number too long to be an O.S. finds nothing instead of failing."""
from __future__ import annotations

from .service_order_support import book, os_body
from .ticket_support import open_ticket

URL = "/api/v1/clients/search"


def _search(api, h, q, field="service_order", condition="equals", limit=20) -> dict:
    response = api.get(URL, params={"q": q, "field": field, "condition": condition, "limit": limit}, headers=h)
    assert response.status_code == 200, response.text
    return response.json()


def test_an_os_number_finds_its_client(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world, client_id=world.client_b, subscription_id=world.sub_b, contact_id=...)
    order = book(api, h, ticket["id"], os_body(api, world, h=h, start="14:00"))
    number = str(order["id"])

    found = _search(api, h, number)
    assert [i["id"] for i in found["items"]] == [world.client_b]
    assert found["items"][0]["matched_field"] == "service_order" and found["items"][0]["matched_value"] == number
    assert [i["id"] for i in _search(api, h, f"000{number}")["items"]] == [world.client_b]
    assert world.client_b in {i["id"] for i in _search(api, h, number, condition="starts_with", limit=200)["items"]}
    assert world.client_b in {i["id"] for i in _search(api, h, number, field="any", condition="equals",
                                                       limit=200)["items"]}
    assert _search(api, h, "98765432101234")["items"] == []  # past any O.S. id: nothing, not an error
