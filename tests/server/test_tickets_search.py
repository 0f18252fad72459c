"""Localizar Cliente by a ticket's protocol, and the open-tickets count of the client summary.

create_app installs both (desk_server.domain.tickets.search_fields.install()).
"""
from __future__ import annotations

from datetime import date

from desk_server.domain.protocols import format_protocol, make_protocol
from desk_server.domain.tickets import search_fields

from .ticket_support import open_ticket


def _search(api, h, q, **params):
    return api.get("/api/v1/clients/search", params={"q": q, **params}, headers=h)


def test_search_clients_by_protocol(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    protocol = ticket["protocol"]
    for q, condition in [(format_protocol(protocol), "equals"), (protocol, "equals"),
                         (format_protocol(protocol), "contains"), (protocol[:12], "starts_with"),
                         (protocol[6:13], "contains")]:
        response = _search(api, h, q, field="protocol", condition=condition)
        assert response.status_code == 200, (q, condition, response.text)
        hits = response.json()["items"]
        assert world.client_a in [hit["id"] for hit in hits], (q, condition)
        hit = next(hit for hit in hits if hit["id"] == world.client_a)
        assert hit["matched_field"] == "protocol"
        assert hit["matched_value"] == format_protocol(protocol)
    anywhere = _search(api, h, format_protocol(protocol))
    assert anywhere.status_code == 200 and [hit["id"] for hit in anywhere.json()["items"]] == [world.client_a]


def test_search_by_protocol_refuses_a_wrong_check_digit_and_finds_nothing_for_unknown(api, headers, world):
    h = headers("operador")
    protocol = open_ticket(api, h, world)["protocol"]
    wrong = protocol[:-1] + str((int(protocol[-1]) + 1) % 10)
    response = _search(api, h, format_protocol(wrong), field="protocol", condition="equals")
    assert response.status_code == 422
    assert "dígito verificador não confere" in response.json()["detail"]
    assert _search(api, h, "abc", field="protocol").status_code == 422
    unknown = make_protocol(date(2001, 1, 1), 1)
    response = _search(api, h, unknown, field="protocol", condition="equals")
    assert response.status_code == 200 and response.json()["items"] == []


def test_prospect_and_access_point_tickets_are_not_client_hits(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world, kind="access_point", client_id=None, subscription_id=None, contact_id=None,
                         access_point_id=world.ap1)
    response = _search(api, h, ticket["protocol"], field="protocol", condition="equals")
    assert response.status_code == 200 and response.json()["items"] == []


def test_client_summary_counts_open_tickets(api, headers, world):
    h = headers("operador")

    def count():
        response = api.get(f"/api/v1/clients/{world.client_a}", headers=h)
        assert response.status_code == 200, response.text
        return response.json()["open_tickets"]

    assert count() == 0
    first = open_ticket(api, h, world)
    open_ticket(api, h, world)
    open_ticket(api, h, world, resolved=True, solution="Resolvido na hora")
    open_ticket(api, h, world, client_id=world.client_c, subscription_id=world.sub_c, contact_id=world.contact_c)
    assert count() == 2
    api.post(f"/api/v1/tickets/{first['id']}/forward", headers=h,
             json={"cargo_id": world.cargos["Suporte N2"], "reason": "N2"})
    assert count() == 2
    api.post(f"/api/v1/tickets/{first['id']}/close", headers=h, json={"outcome": "done", "reason": "ok"})
    assert count() == 1
    session = api.app.state.session_factory()
    try:
        counts = search_fields.open_ticket_counts(session, [world.client_a, world.client_c, 0])
    finally:
        session.close()
    assert counts == {world.client_a: 1, world.client_c: 1, 0: 0}
