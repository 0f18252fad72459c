"""Routers HTTP API on both databases, against the RouterOS simulator (real librouteros)."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from desk_server.db import make_engine, make_session_factory
from desk_server.models.routers import Router, RouterAction
from desk_server.routeros.crypto import decrypt_password

from ..harness import TEST_SECRET, login_headers
from .routers_support import (  # noqa: F401
    PASSWORD,
    demo_subscriptions,
    mac_text,
    sims,
    wait_until,
)

pytestmark = pytest.mark.timeout(120)
V1 = "/api/v1"


@pytest.fixture
def db(demo_db_url):
    engine = make_engine(demo_db_url, pool_size=2)
    factory = make_session_factory(engine)
    yield factory
    engine.dispose()


@pytest.fixture
def env(monkeypatch):
    for name, value in {"DESK_ROUTER_LIVE_DEADLINE": "3", "DESK_ROUTER_IO_TIMEOUT": "2",
                        "DESK_ROUTER_MAX_BACKOFF": "0", "DESK_ROUTER_RELOGIN_WINDOW": "4",
                        "DESK_ROUTER_TRAFFIC_INTERVAL": "60"}.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


@pytest.fixture
def rapi(env, app_for, demo_db_url):
    return app_for(demo_db_url)


@pytest.fixture
def hdr(rapi):
    cache = {}

    def get(user):
        if user not in cache:
            cache[user] = login_headers(rapi, user)
        return cache[user]
    return get


@pytest.fixture
def wired(rapi, hdr, db, sims):
    """The demo router pointed at a simulator whose sessions are 4 demo subscriptions (the 4th with
    another MAC) and whose 5th demo subscription is offline."""
    with db() as session:
        subs = demo_subscriptions(session, 5)
        info = [(s.id, s.login, s.ip, s.mac) for s in subs]
    logins = []
    for index, (_sid, login, ip, mac) in enumerate(info[:4]):
        logins.append({"name": login, "address": ip if ip and ":" not in ip else None,
                       "caller_id": "E4:8D:8C:00:00:01" if index == 3 else mac_text(mac)})
    sim = sims(logins=logins, identity="RB-Centro")
    items = rapi.get(f"{V1}/routers", headers=hdr("admin")).json()["items"]
    router_id = next(r["id"] for r in items if r["name"] == "RB-Centro (simulado)")
    response = rapi.patch(f"{V1}/routers/{router_id}", headers=hdr("admin"),
                          json={"host": "127.0.0.1", "port": sim.port, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"sim": sim, "router_id": router_id, "subs": info}


def _poller(rapi):
    from desk_server.routeros.poller import RouterPoller
    from desk_server.routeros.service import service_for

    return RouterPoller(service_for(rapi.app.state), owner="test")


# -- registry ---------------------------------------------------------------------------------------

def test_create_router_password_encrypted_and_never_returned(rapi, hdr, db):
    body = {"name": "RB-Norte", "host": "10.20.0.1", "username": "api-desk", "password": "Sup3r-Secreta",
            "use_ssl": True}
    response = rapi.post(f"{V1}/routers", headers=hdr("admin"), json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["port"] == 8729 and created["use_ssl"] is True and created["has_password"] is True
    assert "Sup3r-Secreta" not in response.text and "password" not in created
    for path in (f"/routers/{created['id']}", "/routers"):
        text = rapi.get(V1 + path, headers=hdr("admin")).text
        assert "Sup3r-Secreta" not in text and "password_encrypted" not in text
    with db() as session:
        row = session.get(Router, created["id"])
        assert row.password_encrypted != "Sup3r-Secreta" and "Sup3r" not in row.password_encrypted
        assert decrypt_password(TEST_SECRET, row.password_encrypted) == "Sup3r-Secreta"
    listed = rapi.get(f"{V1}/routers", headers=hdr("supervisor")).json()["items"]
    mine = next(r for r in listed if r["id"] == created["id"])
    assert mine["status"]["reachable"] is None  # never checked yet
    assert rapi.post(f"{V1}/routers", headers=hdr("admin"), json=body).status_code == 409


def test_roles_operator_cannot_create_routers_403_before_validation(rapi, hdr):
    assert rapi.post(f"{V1}/routers", headers=hdr("operador"), json={"nonsense": 1}).status_code == 403
    assert rapi.post(f"{V1}/routers", headers=hdr("operador"), content=b"{not json").status_code == 403
    assert rapi.post(f"{V1}/routers", headers=hdr("supervisor"), json={}).status_code == 403
    assert rapi.post(f"{V1}/routers", json={}).status_code == 401
    assert rapi.post(f"{V1}/routers", headers=hdr("admin"), json={}).status_code == 422
    assert rapi.get(f"{V1}/routers", headers=hdr("operador")).status_code == 403
    assert rapi.get(f"{V1}/routers", headers=hdr("tecnico")).status_code == 403
    assert rapi.get(f"{V1}/routers", headers=hdr("supervisor")).status_code == 200
    assert rapi.patch(f"{V1}/routers/1", headers=hdr("supervisor"), json={"name": "x"}).status_code == 403
    assert rapi.patch(f"{V1}/routing-points/1", headers=hdr("operador"), json={"router_id": None}).status_code == 403


def test_invalid_router_data_gets_clear_422(rapi, hdr):
    bad = {"name": "RB", "host": "não é host", "username": "u", "password": "p", "port": 70000}
    response = rapi.post(f"{V1}/routers", headers=hdr("admin"), json=bad)
    assert response.status_code == 422
    assert "host" in response.json()["detail"] and "port" in response.json()["detail"]


def test_patch_router_keeps_or_replaces_the_password(rapi, hdr, db):
    rid = rapi.post(f"{V1}/routers", headers=hdr("admin"), json={
        "name": "RB-Sul", "host": "rb-sul.provedor.example", "username": "u", "password": "primeira"}).json()["id"]
    assert rapi.patch(f"{V1}/routers/{rid}", headers=hdr("admin"), json={"port": 8800}).status_code == 200
    with db() as session:
        assert decrypt_password(TEST_SECRET, session.get(Router, rid).password_encrypted) == "primeira"
    response = rapi.patch(f"{V1}/routers/{rid}", headers=hdr("admin"), json={"password": "segunda"})
    assert response.status_code == 200 and "segunda" not in response.text
    with db() as session:
        assert decrypt_password(TEST_SECRET, session.get(Router, rid).password_encrypted) == "segunda"
    assert rapi.patch(f"{V1}/routers/9999", headers=hdr("admin"), json={"port": 1}).status_code == 404
    assert rapi.patch(f"{V1}/routers/{rid}", headers=hdr("admin"),
                      json={"name": "RB-Centro (simulado)"}).status_code == 409


def test_routing_point_link(rapi, hdr, db):
    rid = rapi.post(f"{V1}/routers", headers=hdr("admin"), json={
        "name": "RB-Link", "host": "127.0.0.1", "username": "u", "password": "p"}).json()["id"]
    response = rapi.patch(f"{V1}/routing-points/1", headers=hdr("admin"), json={"router_id": rid})
    assert response.status_code == 200 and response.json()["router_id"] == rid
    listed = rapi.get(f"{V1}/routers/{rid}", headers=hdr("admin")).json()
    assert [p["id"] for p in listed["routing_points"]] == [1]
    assert rapi.patch(f"{V1}/routing-points/1", headers=hdr("admin"), json={"router_id": 999}).status_code == 422
    assert rapi.patch(f"{V1}/routing-points/999", headers=hdr("admin"), json={"router_id": rid}).status_code == 404
    assert rapi.patch(f"{V1}/routing-points/1", headers=hdr("admin"),
                      json={"router_id": None}).json()["router_id"] is None


# -- test connection and status --------------------------------------------------------------------

def test_test_connection_endpoints(rapi, hdr, wired):
    rid, sim = wired["router_id"], wired["sim"]
    ok = rapi.post(f"{V1}/routers/{rid}/test", headers=hdr("supervisor")).json()
    assert ok["ok"] and ok["identity"] == "RB-Centro" and ok["version"].startswith("7.16")
    assert ok["latency_ms"] is not None
    typed = rapi.post(f"{V1}/routers/test", headers=hdr("admin"),
                      json={"host": "127.0.0.1", "port": sim.port, "username": "admin", "password": "errada"}).json()
    assert not typed["ok"] and typed["error"] == "usuário ou senha do roteador inválidos"
    stored = rapi.post(f"{V1}/routers/test", headers=hdr("admin"),
                       json={"host": "127.0.0.1", "port": sim.port, "username": "admin", "router_id": rid}).json()
    assert stored["ok"]
    assert rapi.post(f"{V1}/routers/test", headers=hdr("supervisor"), json={}).status_code == 403
    assert rapi.post(f"{V1}/routers/{rid}/test", headers=hdr("operador")).status_code == 403


def test_status_checks_now_then_uses_the_fresh_record(rapi, hdr, wired):
    rid = wired["router_id"]
    first = rapi.get(f"{V1}/routers/{rid}/status", headers=hdr("operador")).json()
    assert first["reachable"] is True and first["source"] == "live" and first["sessions"] == 4
    assert first["identity"] == "RB-Centro" and first["version"].startswith("7.16") and first["fresh"]
    for key in ("cpu_load", "latency_ms", "checked_at", "error"):
        assert key in first
    wired["sim"].set_fault("refuse")
    again = rapi.get(f"{V1}/routers/{rid}/status", headers=hdr("operador")).json()
    assert again["reachable"] is True and again["checked_at"] == first["checked_at"]  # fresh record reused
    forced = rapi.get(f"{V1}/routers/{rid}/status?refresh=true", headers=hdr("operador")).json()
    assert forced["reachable"] is False and forced["error"].startswith("conexão recusada")
    assert rapi.get(f"{V1}/routers/999/status", headers=hdr("operador")).status_code == 404


def test_status_of_a_hung_router_answers_within_15_seconds(rapi, hdr, wired):
    wired["sim"].set_fault("hang")
    started = time.monotonic()
    response = rapi.get(f"{V1}/routers/{wired['router_id']}/status?refresh=true", headers=hdr("supervisor"))
    assert time.monotonic() - started < 15
    body = response.json()
    assert response.status_code == 200 and body["reachable"] is False
    assert body["error"].startswith("roteador não responde (tempo esgotado)") and body["error_code"] == "timeout"


def test_status_uses_the_poller_record(rapi, hdr, wired):
    report = _poller(rapi).run_cycle(force=True)
    assert report.results and all(r.ok for r in report.results if r.router_id == wired["router_id"])
    body = rapi.get(f"{V1}/routers/{wired['router_id']}/status", headers=hdr("operador")).json()
    assert body["source"] == "poller" and body["fresh"] and body["polled_by"] == "test"
    listed = rapi.get(f"{V1}/routers", headers=hdr("supervisor")).json()["items"]
    assert next(r for r in listed if r["id"] == wired["router_id"])["status"]["sessions"] == 4


# -- sessions and connection ----------------------------------------------------------------------

def test_live_session_of_a_login(rapi, hdr, wired):
    sub_id, login, ip, mac = wired["subs"][0]
    body = rapi.get(f"{V1}/routers/{wired['router_id']}/sessions/{login}", headers=hdr("operador")).json()
    assert body["online"] is True and body["uptime_seconds"] >= 0 and body["address"] == ip
    assert body["caller_id"] == mac_text(mac) and body["mac_mismatch"] is False
    assert body["session_id"].startswith("0x") and body["router"]["id"] == wired["router_id"]
    assert body["tx_bps"] > 0 and body["download_bps"] == body["tx_bps"] and body["upload_bps"] == body["rx_bps"]
    assert body["subscription_id"] == sub_id and body["router_error"] is None
    nobody = rapi.get(f"{V1}/routers/{wired['router_id']}/sessions/ninguem", headers=hdr("operador")).json()
    assert nobody["online"] is False and nobody["last_seen"] is None


def test_connection_of_a_subscription(rapi, hdr, wired):
    sub_id, login, _ip, mac = wired["subs"][1]
    response = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["online"] is True and body["login"] == login and body["mac_mismatch"] is False
    assert body["registered_mac"] == mac_text(mac) and body["routing_point"]["id"]
    assert body["router"] == {"id": wired["router_id"], "name": "RB-Centro (simulado)"}
    for key in ("uptime_seconds", "address", "caller_id", "session_id", "rx_bps", "tx_bps", "last_seen"):
        assert body[key] is not None, key


def test_connection_warns_when_the_mac_differs(rapi, hdr, wired):
    sub_id = wired["subs"][3][0]
    body = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador")).json()
    assert body["online"] and body["mac_mismatch"] is True and body["caller_id"] == "E4:8D:8C:00:00:01"


def test_offline_subscription_has_last_seen_from_the_poller(rapi, hdr, wired):
    sim = wired["sim"]
    sub_id, login, _ip, _mac = wired["subs"][2]
    _poller(rapi).run_cycle(force=True)
    sim.remove_session(login)
    time.sleep(0.05)
    _poller(rapi).run_cycle(force=True)
    body = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador")).json()
    assert body["online"] is False and body["last_seen"] is not None and body["uptime_seconds"] is None
    never = rapi.get(f"{V1}/subscriptions/{wired['subs'][4][0]}/connection", headers=hdr("operador")).json()
    assert never["online"] is False and never["last_seen"] is None


@pytest.mark.parametrize("fault", ["hang", "refuse", "wrong_login"])
def test_connection_with_the_router_in_trouble_answers_clearly(rapi, hdr, wired, fault):
    wired["sim"].set_fault(fault)
    started = time.monotonic()
    response = rapi.get(f"{V1}/subscriptions/{wired['subs'][0][0]}/connection", headers=hdr("operador"))
    assert time.monotonic() - started < 15
    body = response.json()
    assert response.status_code == 200 and body["online"] is None
    expected = {"hang": "roteador não responde (tempo esgotado)", "refuse": "conexão recusada",
                "wrong_login": "usuário ou senha do roteador inválidos"}[fault]
    assert body["router_error"]["message"].startswith(expected)


def test_connection_registry_problems_are_4xx(rapi, hdr, wired, db):
    from desk_server.models.clients import RoutingPoint, Subscription

    assert rapi.get(f"{V1}/subscriptions/999999/connection", headers=hdr("operador")).status_code == 404
    sub_id = wired["subs"][0][0]
    with db() as session:
        sub = session.get(Subscription, sub_id)
        point_id = sub.routing_point_id
        sub.routing_point_id = None
        session.commit()
    response = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador"))
    assert response.status_code == 409 and "ponto de roteamento" in response.json()["detail"]
    with db() as session:
        sub = session.get(Subscription, sub_id)
        sub.routing_point_id = point_id
        session.get(RoutingPoint, point_id).router_id = None
        session.commit()
    response = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador"))
    assert response.status_code == 409 and "não está ligado a um roteador" in response.json()["detail"]
    with db() as session:
        session.get(RoutingPoint, point_id).router_id = wired["router_id"]
        session.get(Subscription, sub_id).login = None
        session.commit()
    response = rapi.get(f"{V1}/subscriptions/{sub_id}/connection", headers=hdr("operador"))
    assert response.status_code == 409 and "login" in response.json()["detail"]
    assert rapi.get(f"{V1}/subscriptions/{sub_id}/connection").status_code == 401


def test_online_table_of_a_router(rapi, hdr, wired):
    sim = wired["sim"]
    _poller(rapi).run_cycle(force=True)
    sim.remove_session(wired["subs"][0][1])
    _poller(rapi).run_cycle(force=True)
    url = f"{V1}/routers/{wired['router_id']}/sessions"
    body = rapi.get(url, headers=hdr("supervisor")).json()
    assert body["total"] == 4 and body["online"] == 3 and body["as_of"]
    gone = next(i for i in body["items"] if i["login"] == wired["subs"][0][1])
    assert gone["online"] is False and gone["last_seen"]
    only = rapi.get(url, params={"online": "false"}, headers=hdr("supervisor")).json()
    assert [i["login"] for i in only["items"]] == [wired["subs"][0][1]]
    found = rapi.get(url, params={"q": wired["subs"][1][1][:5].upper()}, headers=hdr("supervisor")).json()
    assert wired["subs"][1][1] in [i["login"] for i in found["items"]]
    assert rapi.get(url, params={"q": "%"}, headers=hdr("supervisor")).json()["total"] == 0
    assert rapi.get(url, headers=hdr("operador")).status_code == 403
    assert rapi.get(url, params={"limit": 1001}, headers=hdr("supervisor")).status_code == 422


def test_traffic_history_from_the_poller_samples(rapi, hdr, wired):
    sub_id = wired["subs"][0][0]
    poller = _poller(rapi)
    poller.run_cycle(force=True)
    time.sleep(1.2)
    poller.run_cycle(force=True)
    body = rapi.get(f"{V1}/subscriptions/{sub_id}/traffic?hours=24", headers=hdr("operador")).json()
    assert body["hours"] == 24 and len(body["points"]) == 1
    point = body["points"][0]
    assert point["download_bps"] > 0 and point["download_bps"] == point["tx_bps"]
    for hours in (0, 169, "x"):
        assert rapi.get(f"{V1}/subscriptions/{sub_id}/traffic?hours={hours}",
                        headers=hdr("operador")).status_code == 422
    assert rapi.get(f"{V1}/subscriptions/999999/traffic", headers=hdr("operador")).status_code == 404


# -- disconnect -------------------------------------------------------------------------------------

def _ticket_id(db):
    from desk_server.models.tickets import Ticket

    with db() as session:
        return session.scalar(select(Ticket.id).order_by(Ticket.id).limit(1))


def test_disconnect_then_customer_reconnects(rapi, hdr, wired, db):
    sim = wired["sim"]
    sub_id, login, _ip, _mac = wired["subs"][0]
    ticket_id = _ticket_id(db)
    response = rapi.post(f"{V1}/subscriptions/{sub_id}/disconnect", headers=hdr("supervisor"),
                         json={"reason": "Cliente pediu para reconectar", "ticket_id": ticket_id})
    assert response.status_code == 201, response.text
    action = response.json()
    assert action["ok"] and action["login"] == login and action["relogin"]["status"] == "pending"
    assert sim.session(login) is None
    sim.schedule_login(login, 1.5)
    done = wait_until(lambda: rapi.get(f"{V1}/router-actions/{action['id']}", headers=hdr("operador"))
                      .json()["relogin"]["status"] != "pending", 10)
    assert done
    result = rapi.get(f"{V1}/router-actions/{action['id']}", headers=hdr("operador")).json()["relogin"]
    assert result["status"] == "reconnected" and 1.0 <= result["after_seconds"] <= 4.0
    assert result["text"].startswith("cliente reconectou após")
    listed = rapi.get(f"{V1}/router-actions?subscription_id={sub_id}", headers=hdr("operador")).json()["items"]
    assert [a["id"] for a in listed] == [action["id"]]
    assert ticket_id is not None, "the demo has tickets"
    history = rapi.get(f"{V1}/tickets/{ticket_id}/history", headers=hdr("supervisor"))
    assert history.status_code == 200, history.text
    events = {e["kind"]: e for e in history.json()["items"]}
    assert "desconectada no roteador RB-Centro (simulado)" in events["router_disconnect"]["text"]
    assert "cliente reconectou após" in events["router_relogin_check"]["text"]


def test_disconnect_without_relogin_is_reported(rapi, hdr, wired):
    login = wired["subs"][1][1]
    response = rapi.post(f"{V1}/routers/{wired['router_id']}/sessions/{login}/disconnect",
                         headers=hdr("admin"), json={"reason": "teste sem volta"})
    assert response.status_code == 201, response.text
    action_id = response.json()["id"]
    assert wait_until(lambda: rapi.get(f"{V1}/router-actions/{action_id}", headers=hdr("admin"))
                      .json()["relogin"]["status"] != "pending", 10)
    relogin = rapi.get(f"{V1}/router-actions/{action_id}", headers=hdr("admin")).json()["relogin"]
    assert relogin["status"] == "not_reconnected" and relogin["text"] == "cliente não reconectou em 4 s"


def test_disconnect_permissions_and_errors(rapi, hdr, wired, db):
    sub_id = wired["subs"][0][0]
    url = f"{V1}/subscriptions/{sub_id}/disconnect"
    assert rapi.post(url, headers=hdr("operador"), json={"reason": "quero"}).status_code == 403
    assert rapi.post(url, headers=hdr("operador"), content=b"garbage").status_code == 403
    assert rapi.post(url, headers=hdr("tecnico"), json={"reason": "quero"}).status_code == 403
    assert rapi.post(url, headers=hdr("supervisor"), json={"reason": ""}).status_code == 422
    assert rapi.post(url, headers=hdr("supervisor"), json={"reason": "motivo", "ticket_id": 987654}).status_code == 404
    offline = rapi.post(f"{V1}/subscriptions/{wired['subs'][4][0]}/disconnect", headers=hdr("supervisor"),
                        json={"reason": "não está online"})
    assert offline.status_code == 409 and "não está conectado" in offline.json()["detail"]
    wired["sim"].set_fault("hang")
    started = time.monotonic()
    down = rapi.post(url, headers=hdr("supervisor"), json={"reason": "roteador travado"})
    assert time.monotonic() - started < 15
    assert down.status_code == 503 and "tempo esgotado" in down.json()["detail"]
    with db() as session:
        failed = session.scalar(select(RouterAction).where(RouterAction.ok.is_(False)))
        assert failed is not None and "tempo esgotado" in failed.message


def test_operators_may_disconnect_when_the_setting_allows(env, app_for, demo_db_url, sims, db):
    env.setenv("DESK_OPERATORS_MAY_DISCONNECT", "true")
    client = app_for(demo_db_url)
    headers = login_headers(client, "operador")
    with db() as session:
        sub = demo_subscriptions(session, 1)[0]
        sub_id, login = sub.id, sub.login
    sim = sims(logins=[login])
    admin = login_headers(client, "admin")
    rid = next(r["id"] for r in client.get(f"{V1}/routers", headers=admin).json()["items"])
    client.patch(f"{V1}/routers/{rid}", headers=admin, json={"port": sim.port, "password": PASSWORD})
    response = client.post(f"{V1}/subscriptions/{sub_id}/disconnect", headers=headers, json={"reason": "reset"})
    assert response.status_code == 201, response.text


def test_poller_runs_as_a_worker_of_the_app(env, app_for, demo_db_url, sims, db):
    env.setenv("DESK_ROUTER_POLL_INTERVAL", "1")
    with db() as session:
        logins = [s.login for s in demo_subscriptions(session, 3)]
    sim = sims(logins=logins)
    with db() as session:
        row = session.scalar(select(Router).where(Router.name == "RB-Centro (simulado)"))
        row.port = sim.port
        from desk_server.routeros.crypto import encrypt_password

        row.password_encrypted = encrypt_password(TEST_SECRET, PASSWORD)
        session.commit()
        rid = row.id
    client = app_for(demo_db_url, run_workers=True)
    admin = login_headers(client, "admin")
    assert wait_until(lambda: (client.get(f"{V1}/routers/{rid}", headers=admin).json()["status"] or {})
                      .get("source") == "poller", 15)
    status = client.get(f"{V1}/routers/{rid}", headers=admin).json()["status"]
    assert status["reachable"] and status["sessions"] == 3
