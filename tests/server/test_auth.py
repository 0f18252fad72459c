"""Authentication on both databases: passwords, tokens, lockout, roles."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from desk_server.db import make_engine
from desk_server.models import AuthToken, utcnow

from ..harness import login_headers


def test_health_needs_no_auth_and_names_the_database(api, backend):
    body = api.get("/api/v1/health").json()
    assert body["status"] == "ok"
    assert body["database"] == backend
    assert body["version"]


def test_login_success_returns_token_and_user(api):
    response = api.post("/api/v1/auth/login", json={"username": "operador", "password": "demo123"})
    assert response.status_code == 200
    body = response.json()
    assert len(body["token"]) >= 32
    assert body["user"]["username"] == "operador"
    assert body["user"]["role"] == "operator"
    me = api.get("/api/v1/users/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200 and me.json()["name"] == "Ana Paula Souza"


def test_username_is_case_insensitive(api):
    assert api.post("/api/v1/auth/login", json={"username": " Operador ", "password": "demo123"}).status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_401(api):
    wrong = api.post("/api/v1/auth/login", json={"username": "operador", "password": "nope"})
    unknown = api.post("/api/v1/auth/login", json={"username": "ninguem", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"] == "Usuário ou senha inválidos."


def test_no_token_bad_token_and_malformed_header_are_401(api):
    assert api.get("/api/v1/users/me").status_code == 401
    assert api.get("/api/v1/users/me", headers={"Authorization": "Bearer abc"}).status_code == 401
    assert api.get("/api/v1/users/me", headers={"Authorization": "Basic Zm9vOmJhcg=="}).status_code == 401
    assert api.get("/api/v1/users", headers={"Authorization": ("Bearer " + "\u00e9" * 50).encode("latin-1")}).status_code == 401


def test_logout_revokes_the_token(api):
    headers = login_headers(api, "operador")
    assert api.post("/api/v1/auth/logout", headers=headers).status_code == 204
    response = api.get("/api/v1/users/me", headers=headers)
    assert response.status_code == 401
    assert "expirada" in response.json()["detail"]


def test_expired_token_is_401(api, demo_db_url):
    headers = login_headers(api, "operador")
    engine = make_engine(demo_db_url, pool_size=1)
    with engine.begin() as conn:
        conn.execute(update(AuthToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    engine.dispose()
    assert api.get("/api/v1/users/me", headers=headers).status_code == 401


def test_tokens_are_stored_hashed(api, demo_db_url):
    token = api.post("/api/v1/auth/login", json={"username": "admin", "password": "demo123"}).json()["token"]
    engine = make_engine(demo_db_url, pool_size=1)
    with engine.connect() as conn:
        stored = conn.scalars(select(AuthToken.token_hash)).all()
    engine.dispose()
    assert token not in stored and len(stored[0]) == 64


def test_lockout_after_repeated_failures_then_recovers(app_for, demo_db_url):
    client = app_for(demo_db_url, login_max_failures=3, login_lock_seconds=120)
    for _ in range(2):
        assert client.post("/api/v1/auth/login", json={"username": "tecnico", "password": "x"}).status_code == 401
    locked = client.post("/api/v1/auth/login", json={"username": "tecnico", "password": "x"})
    assert locked.status_code == 429
    assert "bloqueado" in locked.json()["detail"] and "2 minutos" in locked.json()["detail"]
    assert int(locked.headers["Retry-After"]) > 100
    # Even the right password is refused while locked.
    assert client.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"}).status_code == 429
    # Other users are not affected.
    assert client.post("/api/v1/auth/login", json={"username": "operador", "password": "demo123"}).status_code == 200

    from desk_server.models import LoginThrottle
    engine = make_engine(demo_db_url, pool_size=1)
    with engine.begin() as conn:
        conn.execute(update(LoginThrottle).values(locked_until=utcnow() - timedelta(seconds=1)))
    engine.dispose()
    assert client.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"}).status_code == 200


def test_deactivated_user_loses_access(api, headers):
    tecnico = login_headers(api, "tecnico")
    users = api.get("/api/v1/users", headers=headers("admin")).json()["items"]
    tec_id = next(u["id"] for u in users if u["username"] == "tecnico")
    assert api.patch(f"/api/v1/users/{tec_id}", json={"active": False}, headers=headers("admin")).status_code == 200
    assert api.get("/api/v1/users/me", headers=tecnico).status_code == 401
    refused = api.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"})
    assert refused.status_code == 401 and "desativado" in refused.json()["detail"]


def test_malformed_login_bodies_are_422_never_500(api):
    for body in (None, "not json", "{", "[]", '{"username": 5}', '{"username": "a"}',
                 '{"username": "a\\u0000b", "password": "x"}', '{"username": "' + "x" * 10000 + '", "password": "y"}'):
        response = api.post("/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 422, (body, response.text)
        assert isinstance(response.json()["detail"], str)
