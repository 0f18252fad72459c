"""Issue 15 item 10: the token lookup of every call (api/token_lookup.py), on both engines.

An `async` route on PostgreSQL reads the token on the event loop through its own psycopg pool; a
plain route reads it in its own transaction, in a thread. Both must see the same user, cargos and
revocation, and both must keep working when PostgreSQL drops every connection (a restart).
"""
from __future__ import annotations

import pytest
from sqlalchemy import text

from desk_server.db import make_engine

from ..harness import free_port, login_headers


def _lookups_served(api) -> int:
    return api.app.state.lookups.pool.get_stats().get("requests_num", 0)


def test_async_and_plain_routes_see_the_same_user_and_cargos(api, headers, backend):
    admin = headers("admin")
    cargos = api.get("/api/v1/cargos", headers=admin).json()["items"][:2]
    created = api.post("/api/v1/users", headers=admin, json={
        "username": "dupla", "name": "Dupla Função", "role": "operator", "password": "demo123",
        "cargo_ids": [c["id"] for c in cargos]})
    assert created.status_code == 201, created.text
    dupla = login_headers(api, "dupla")
    served = _lookups_served(api) if backend == "postgresql" else 0
    me = api.get("/api/v1/users/me", headers=dupla).json()  # async route
    listed = next(u for u in api.get("/api/v1/users", headers=admin).json()["items"] if u["username"] == "dupla")
    assert me == listed
    assert me["cargo_ids"] == sorted(c["id"] for c in cargos)
    if backend == "postgresql":
        assert _lookups_served(api) == served + 1  # the async route on the event loop, the plain one in its thread
    # A user in no cargo: no cargo rows, still one user.
    api.patch(f"/api/v1/users/{me['id']}", headers=admin, json={"cargo_ids": []})
    assert api.get("/api/v1/users/me", headers=dupla).json()["cargo_ids"] == []
    # Revoked: refused at once by both kinds of route.
    assert api.post("/api/v1/auth/logout", headers=dupla).status_code == 204
    assert api.get("/api/v1/users/me", headers=dupla).status_code == 401
    assert api.get("/api/v1/tickets", headers=dupla).status_code == 401


def test_an_async_route_relating_the_user_to_new_rows_still_works(api, headers):
    """The async path leaves the user detached; a route that relates it to a new row in its own
    session (the attachment upload) must still save, by the session's cascade."""
    operator = headers("operador")
    ticket_id = api.get("/api/v1/tickets", headers=operator, params={"limit": 1}).json()["items"][0]["id"]
    answer = api.post(f"/api/v1/tickets/{ticket_id}/attachments", headers={**operator, "Idempotency-Key": "k-1"},
                      files={"file": ("nota.txt", b"texto da nota", "text/plain")})
    assert answer.status_code == 201, answer.text
    me = api.get("/api/v1/users/me", headers=operator).json()
    history = api.get(f"/api/v1/tickets/{ticket_id}/history", headers=operator)
    assert history.status_code == 200
    assert any(e["kind"] == "attachment_added" and e["user_id"] == me["id"] for e in history.json()["items"])


def test_lookups_survive_postgresql_dropping_every_connection(api, headers, backend, demo_db_url):
    if backend != "postgresql":
        pytest.skip("a PostgreSQL restart")
    operator = headers("operador")
    assert api.get("/api/v1/users/me", headers=operator).status_code == 200
    assert api.get("/api/v1/tickets", headers=operator).status_code == 200
    engine = make_engine(demo_db_url, pool_size=1)
    with engine.connect() as conn:
        dropped = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    engine.dispose()
    assert dropped >= 2  # the server's main pool and its lookup pool
    health = api.get("/api/v1/health")  # the first to meet a dead connection of the lookups' pool
    assert health.status_code == 200, health.text
    for _ in range(3):  # every pooled connection was dead: none of these may fail
        me = api.get("/api/v1/users/me", headers=operator)
        assert me.status_code == 200, me.text
        assert api.get("/api/v1/tickets", headers=operator).status_code == 200


def test_lookups_with_postgresql_unreachable_answer_503_not_500(api, headers, backend):
    if backend != "postgresql":
        pytest.skip("the lookups' own PostgreSQL pool")
    operator = headers("operador")
    lookups = api.app.state.lookups
    api.portal.call(lookups.close)
    # The same lookups, pointed at a loopback port where nothing listens.
    lookups.url, lookups.pool_timeout = lookups.url.set(port=free_port()), 1.0
    api.portal.call(lookups.open)
    answer = api.get("/api/v1/users/me", headers=operator)
    assert answer.status_code == 503, answer.text
    assert answer.headers["Retry-After"] and "ocupado" in answer.json()["detail"]
    health = api.get("/api/v1/health")  # asked through the same pool, on the event loop
    assert health.status_code == 503 and health.json()["detail"] == "Banco de dados inacessível."
