"""Issue 15 items 4-7: bad input gets one clear 4xx on both engines, never a 500.

Before: ids >= 2**63 were a 500 on SQLite (and dropped the keep-alive connection), ids between 2**31
and 2**63 a 404 on SQLite but 422 on PostgreSQL; any JSON size was accepted; the username pattern
was not enforced; non-ASCII digits passed as a protocol.
"""
from __future__ import annotations

import pytest

HUGE = [2**31, 2**40, 2**63, 2**64 + 5, int("9" * 30)]


@pytest.mark.parametrize("value", HUGE)
def test_out_of_range_ids_are_422_in_path_query_and_body(api, headers, value):
    admin = headers("admin")
    for path in (f"/api/v1/tickets/{value}", f"/api/v1/clients/{value}", f"/api/v1/tickets/{value}/history",
                 f"/api/v1/ticket-types/{value}", f"/api/v1/prospects/{value}"):
        answer = api.get(path, headers=admin)
        assert answer.status_code == 422, (path, answer.status_code, answer.text)
        assert "máximo" in answer.json()["detail"]
    answer = api.get("/api/v1/tickets", params={"client_id": value}, headers=admin)
    assert answer.status_code == 422, answer.text
    body = {"username": "novo.user", "name": "Novo", "role": "operator", "password": "segredo123",
            "cargo_ids": [value]}
    assert api.post("/api/v1/users", json=body, headers=admin).status_code == 422
    assert api.post("/api/v1/cargos", json={"name": "Equipe X", "member_ids": [1, value]},
                    headers=admin).status_code == 422


def test_ids_in_range_that_do_not_exist_are_still_404(api, headers):
    assert api.get(f"/api/v1/tickets/{2**31 - 1}", headers=headers("admin")).status_code == 404


def test_role_is_checked_before_the_id_range(api, headers):
    answer = api.post(f"/api/v1/users/{2**63}/unlock", headers=headers("operador"))
    assert answer.status_code == 403


def test_json_body_above_the_limit_is_413(api, headers):
    answer = api.post("/api/v1/tickets/1/comments", headers=headers("operador"),
                      content=b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}',
                      )
    assert answer.status_code == 413 and "MiB" in answer.json()["detail"]
    many_keys = "{" + ",".join(f'"k{i}": 1' for i in range(100_000)) + "}"
    assert api.post("/api/v1/protocols", headers={**headers("operador"), "content-type": "application/json"},
                    content=many_keys).status_code == 413


@pytest.mark.parametrize("username", ["bad name<script>\u0001", "a b", "ação", "x", "semi;colon", "a" * 65])
def test_username_pattern_is_enforced(api, headers, username):
    body = {"username": username, "name": "Alguém", "role": "operator", "password": "segredo123"}
    answer = api.post("/api/v1/users", json=body, headers=headers("admin"))
    assert answer.status_code == 422, answer.text


def test_valid_username_still_created(api, headers):
    body = {"username": "maria.silva-2", "name": "Maria", "role": "operator", "password": "segredo123"}
    assert api.post("/api/v1/users", json=body, headers=headers("admin")).status_code == 201


@pytest.mark.parametrize("digits", [
    "２０２６１１２２-０００１２３-７",  # fullwidth
    "٢٠٢٦١١٢٢-٠٠٠١٢٣-٧",  # Arabic-Indic
    "२०२६११२२-०००१२३-७",  # Devanagari
])
def test_only_ascii_digits_are_a_protocol(api, headers, digits):
    from desk_server.domain.protocols import InvalidProtocol, parse_protocol

    with pytest.raises(InvalidProtocol):
        parse_protocol(digits)
    op = headers("operador")
    assert api.get(f"/api/v1/protocols/{digits}", headers=op).status_code in (404, 422)
    listed = api.get("/api/v1/tickets", params={"protocol": digits}, headers=op)
    assert listed.status_code == 422, listed.text
    search = api.get("/api/v1/clients/search", params={"q": digits[:8], "field": "protocol"}, headers=op)
    assert search.status_code == 422, search.text
