"""Protocol numbers: check digit, formats, daily sequence (with rollover), reservation API, abandon."""
from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.domain.protocols import (
    InvalidProtocol,
    check_digit,
    format_protocol,
    make_protocol,
    parse_protocol,
)
from desk_server.domain.tickets.reservation import reserve_protocol
from desk_server.models import User
from desk_server.models.tickets import Protocol

from ..harness import login_headers

SP = ZoneInfo("America/Sao_Paulo")


def _reference_digit(first14: str) -> int:
    weights = [2, 3, 4, 5, 6, 7, 8, 9] * 2
    total = sum(int(d) * w for d, w in zip(reversed(first14), weights))
    d = 11 - (total % 11)
    return 0 if d in (10, 11) else d


def test_check_digit_of_the_design_example():
    assert check_digit("20261122000123") == 7
    assert make_protocol(datetime(2026, 11, 22).date(), 123) == "202611220001237"
    assert format_protocol("202611220001237") == "20261122-000123-7"


def test_check_digit_matches_the_rule_on_many_numbers_including_the_10_and_11_cases():
    rng = random.Random(4)
    zero_cases = 0
    for _ in range(3000):
        base = f"{rng.randint(2020, 2099)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 999999):06d}"
        assert check_digit(base) == _reference_digit(base)
        zero_cases += check_digit(base) == 0
    assert zero_cases > 0


def test_parse_accepts_dashes_or_not_and_rejects_a_wrong_check_digit():
    assert parse_protocol("20261122-000123-7") == "202611220001237"
    assert parse_protocol(" 202611220001237 ") == "202611220001237"
    with pytest.raises(InvalidProtocol, match="dígito verificador não confere"):
        parse_protocol("20261122-000123-8")
    for bad in ("", "abc", "2026112200012", "20261332-000123-7", "20261122-000000-0"):
        with pytest.raises(InvalidProtocol):
            parse_protocol(bad)


def test_daily_sequence_restarts_at_000001_on_a_new_local_day(db_url):
    engine = make_engine(db_url, pool_size=1)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        session.add(User(username="op", name="Op", role="operator", password_hash="x"))
    with session_scope(factory) as session:
        uid = session.scalar(select(User.id))
        # 23:59 in São Paulo on 22/11 is already 02:59 UTC on 23/11: the local day counts.
        late = datetime(2026, 11, 22, 23, 59, 30, tzinfo=SP)
        first = reserve_protocol(session, user_id=uid, tz=SP, now=late).number
        second = reserve_protocol(session, user_id=uid, tz=SP, now=late + timedelta(seconds=20)).number
        next_day = reserve_protocol(session, user_id=uid, tz=SP, now=late + timedelta(seconds=40)).number
        next_day2 = reserve_protocol(session, user_id=uid, tz=SP, now=late + timedelta(minutes=5)).number
        utc_view = reserve_protocol(session, user_id=uid, tz=UTC, now=late).number
    assert first == make_protocol(datetime(2026, 11, 22).date(), 1)
    assert second == make_protocol(datetime(2026, 11, 22).date(), 2)
    assert next_day == make_protocol(datetime(2026, 11, 23).date(), 1)
    assert next_day2 == make_protocol(datetime(2026, 11, 23).date(), 2)
    assert utc_view == make_protocol(datetime(2026, 11, 23).date(), 3)  # same counter row, UTC day
    with session_scope(factory) as session:
        assert session.scalar(select(Protocol).where(Protocol.number == first)).reserved_by_id == uid
    engine.dispose()


def test_reserve_through_the_api(api, headers, backend):
    response = api.post("/api/v1/protocols", json={"channel": "phone", "kind": "client"}, headers=headers("operador"))
    assert response.status_code == 201, response.text
    body = response.json()
    number = body["number"]
    assert len(number) == 15 and number.isdigit()
    assert body["formatted"] == format_protocol(number)
    assert parse_protocol(number) == number
    assert body["status"] == "reserved" and body["channel"] == "phone" and body["kind"] == "client"
    assert body["reserved_by"]["name"] == "Ana Paula Souza"
    assert datetime.fromisoformat(body["reserved_at"]).tzinfo is not None
    # today in the server's time zone
    assert number[:8] == datetime.now(SP).strftime("%Y%m%d")
    nxt = api.post("/api/v1/protocols", headers=headers("tecnico")).json()
    assert int(nxt["number"][8:14]) == int(number[8:14]) + 1 and nxt["channel"] is None


def test_reserve_needs_login_and_valid_values(api, headers):
    assert api.post("/api/v1/protocols", json={}).status_code == 401
    bad = api.post("/api/v1/protocols", json={"channel": "pombo"}, headers=headers("operador"))
    assert bad.status_code == 422 and "channel" in bad.json()["detail"]
    bad = api.post("/api/v1/protocols", json={"kind": "vizinho"}, headers=headers("operador"))
    assert bad.status_code == 422


def test_get_protocol_with_or_without_dashes_and_a_wrong_digit(api, headers):
    h = headers("operador")
    number = api.post("/api/v1/protocols", json={}, headers=h).json()["number"]
    assert api.get(f"/api/v1/protocols/{number}", headers=h).json()["number"] == number
    assert api.get(f"/api/v1/protocols/{format_protocol(number)}", headers=h).json()["number"] == number
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    response = api.get(f"/api/v1/protocols/{wrong}", headers=h)
    assert response.status_code == 422
    assert response.json()["detail"] == "protocolo inválido: dígito verificador não confere"
    assert api.get("/api/v1/protocols/abc", headers=h).status_code == 422
    unknown = make_protocol(datetime(2001, 1, 1).date(), 5)
    missing = api.get(f"/api/v1/protocols/{unknown}", headers=h)
    assert missing.status_code == 404 and "não encontrado" in missing.json()["detail"]


def _second_operator(api, headers):
    created = api.post("/api/v1/users", headers=headers("admin"), json={
        "username": "bruno", "name": "Bruno Dias", "role": "operator", "password": "segredo1"})
    assert created.status_code == 201
    return login_headers(api, "bruno", "segredo1")


def test_abandon_keeps_the_number_with_the_reason(api, headers):
    h = headers("operador")
    number = api.post("/api/v1/protocols", json={"channel": "phone"}, headers=h).json()["number"]
    empty = api.post(f"/api/v1/protocols/{number}/abandon", json={"reason": "  "}, headers=h)
    assert empty.status_code == 422
    other = _second_operator(api, headers)
    assert api.post(f"/api/v1/protocols/{number}/abandon", json={"reason": "x"}, headers=other).status_code == 403
    done = api.post(f"/api/v1/protocols/{format_protocol(number)}/abandon",
                    json={"reason": "Ligação caiu antes de identificar o cliente"}, headers=h)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["status"] == "abandoned" and body["status_label"] == "Contato sem atendimento"
    assert body["abandon_reason"] == "Ligação caiu antes de identificar o cliente"
    assert body["abandoned_by"]["name"] == "Ana Paula Souza" and body["abandoned_at"]
    again = api.post(f"/api/v1/protocols/{number}/abandon", json={"reason": "outra"}, headers=h)
    assert again.status_code == 200 and again.json()["abandon_reason"] == body["abandon_reason"]
    assert api.get(f"/api/v1/protocols/{number}", headers=h).json()["status"] == "abandoned"
    # the number is never handed out again
    fresh = api.post("/api/v1/protocols", json={}, headers=h).json()["number"]
    assert fresh != number and int(fresh[8:14]) > int(number[8:14])


def test_supervisor_may_abandon_an_operators_protocol(api, headers):
    number = api.post("/api/v1/protocols", json={}, headers=headers("operador")).json()["number"]
    response = api.post(f"/api/v1/protocols/{number}/abandon", json={"reason": "Wizard esquecido aberto"},
                        headers=headers("supervisor"))
    assert response.status_code == 200 and response.json()["abandoned_by"]["name"] == "Carlos Henrique Lima"


def test_abandon_unknown_or_malformed_protocol(api, headers):
    h = headers("operador")
    unknown = make_protocol(datetime(2001, 1, 1).date(), 9)
    assert api.post(f"/api/v1/protocols/{unknown}/abandon", json={"reason": "x"}, headers=h).status_code == 404
    assert api.post("/api/v1/protocols/123/abandon", json={"reason": "x"}, headers=h).status_code == 422


def test_numbers_made_by_the_database_match_the_rule_and_the_day_can_run_out(db_url):
    """On PostgreSQL the number and its check digit are computed in SQL; both engines must agree
    with make_protocol on awkward sequences, and refuse the 1,000,000th protocol of a day."""
    from desk_server.domain.tickets.errors import Unavailable
    from desk_server.models.tickets import ProtocolSequence

    engine = make_engine(db_url, pool_size=1)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        session.add(User(username="op", name="Op", role="operator", password_hash="x"))
    rng = random.Random(7)
    cases = [1, 2, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 999998, 999999]
    cases += [rng.randint(1, 999_999) for _ in range(40)]
    with session_scope(factory) as session:
        uid = session.scalar(select(User.id))
        for i, sequence in enumerate(cases):
            day = (datetime(2021, 1, 1) + timedelta(days=i * 13)).date()
            if sequence > 1:
                session.add(ProtocolSequence(day=day, last=sequence - 1))
                session.flush()
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=SP)
            protocol = reserve_protocol(session, user_id=uid, tz=SP, now=noon, channel="email")
            assert protocol.number == make_protocol(day, sequence), sequence
            assert protocol.sequence == sequence and protocol.channel == "email"
            assert protocol.reserved_by.name == "Op"
    with session_scope(factory) as session:
        stored = session.scalar(select(Protocol).where(Protocol.number == make_protocol(
            (datetime(2021, 1, 1)).date(), 1)))
        assert stored.reserved_at == datetime(2021, 1, 1, 15, tzinfo=UTC) and stored.status == "reserved"
        day = datetime(2021, 1, 1).date() + timedelta(days=13 * 14)  # the 999999 case above
        with pytest.raises(Unavailable, match="Limite diário"):
            reserve_protocol(session, user_id=session.scalar(select(User.id)), tz=SP,
                             now=datetime(day.year, day.month, day.day, 12, tzinfo=SP))
        session.rollback()
    engine.dispose()
