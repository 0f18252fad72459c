"""Users and cargos administration: listing for everyone, changes for the right roles only."""
from __future__ import annotations

import pytest


def test_everyone_logged_in_lists_users_and_cargos(api, headers):
    for who in ("operador", "tecnico", "supervisor", "admin"):
        users = api.get("/api/v1/users", headers=headers(who))
        assert users.status_code == 200
        assert {u["username"] for u in users.json()["items"]} >= {"operador", "supervisor", "tecnico", "admin"}
        assert all("role" in u for u in users.json()["items"])
        cargos = api.get("/api/v1/cargos", headers=headers(who)).json()["items"]
        assert {c["name"] for c in cargos} >= {"Suporte N1", "Suporte N2", "Técnico de Campo", "Financeiro"}
    assert all("password" not in str(u) for u in users.json()["items"])


@pytest.mark.parametrize("who", ["operador", "tecnico", "supervisor"])
def test_only_admin_creates_users_and_403_comes_before_validation(api, headers, who):
    good = {"username": "novo", "name": "Novo", "role": "operator", "password": "segredo1"}
    assert api.post("/api/v1/users", json=good, headers=headers(who)).status_code == 403
    assert api.post("/api/v1/users", json={"junk": 1}, headers=headers(who)).status_code == 403
    broken = api.post("/api/v1/users", content="{not json", headers={**headers(who), "Content-Type": "application/json"})
    assert broken.status_code == 403
    assert api.post("/api/v1/users", content="{not json", headers={"Content-Type": "application/json"}).status_code == 401


def test_admin_creates_edits_and_deactivates_a_user(api, headers):
    admin = headers("admin")
    cargos = api.get("/api/v1/cargos", headers=admin).json()["items"]
    n1 = next(c["id"] for c in cargos if c["name"] == "Suporte N1")
    created = api.post("/api/v1/users", headers=admin, json={
        "username": "Maria.Silva", "name": "Maria Silva", "role": "operator", "password": "segredo1",
        "email": "maria@provedor.example", "cargo_ids": [n1]})
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["username"] == "maria.silva" and user["cargo_ids"] == [n1]
    assert api.post("/api/v1/auth/login", json={"username": "maria.silva", "password": "segredo1"}).status_code == 200
    dup = api.post("/api/v1/users", headers=admin, json={
        "username": "maria.silva", "name": "X", "role": "operator", "password": "segredo1"})
    assert dup.status_code == 409
    edited = api.patch(f"/api/v1/users/{user['id']}", headers=admin, json={"role": "supervisor", "name": "Maria S."})
    assert edited.json()["role"] == "supervisor" and edited.json()["name"] == "Maria S."
    assert api.patch(f"/api/v1/users/{user['id']}", headers=admin, json={"active": False}).json()["active"] is False
    listed = api.get("/api/v1/users", headers=admin).json()["items"]
    assert user["id"] not in [u["id"] for u in listed]
    with_inactive = api.get("/api/v1/users", params={"include_inactive": True}, headers=admin).json()["items"]
    assert user["id"] in [u["id"] for u in with_inactive]


def test_user_validation_messages(api, headers):
    admin = headers("admin")
    bad_role = api.post("/api/v1/users", headers=admin, json={"username": "x1", "name": "X", "role": "root", "password": "segredo1"})
    assert bad_role.status_code == 422 and "role" in bad_role.json()["detail"]
    short = api.post("/api/v1/users", headers=admin, json={"username": "x2", "name": "X", "role": "operator", "password": "1"})
    assert short.status_code == 422 and "password" in short.json()["detail"]
    assert api.patch("/api/v1/users/999999", headers=admin, json={"name": "X"}).status_code == 404
    assert api.patch("/api/v1/users/abc", headers=admin, json={"name": "X"}).status_code == 422
    unknown_cargo = api.post("/api/v1/users", headers=admin, json={
        "username": "x3", "name": "X", "role": "operator", "password": "segredo1", "cargo_ids": [424242]})
    assert unknown_cargo.status_code == 422


def test_admin_cannot_lock_themselves_out(api, headers):
    admin = headers("admin")
    me = api.get("/api/v1/users/me", headers=admin).json()
    assert api.patch(f"/api/v1/users/{me['id']}", headers=admin, json={"active": False}).status_code == 409
    assert api.patch(f"/api/v1/users/{me['id']}", headers=admin, json={"role": "operator"}).status_code == 409


def test_cargos_are_managed_by_supervisor_or_admin_only(api, headers):
    assert api.post("/api/v1/cargos", headers=headers("operador"), json={"name": "Vendas"}).status_code == 403
    assert api.post("/api/v1/cargos", headers=headers("tecnico"), json={"name": "Vendas"}).status_code == 403
    created = api.post("/api/v1/cargos", headers=headers("supervisor"), json={"name": "Vendas", "description": "Comercial"})
    assert created.status_code == 201
    cargo_id = created.json()["id"]
    assert api.post("/api/v1/cargos", headers=headers("admin"), json={"name": "Vendas"}).status_code == 409
    users = api.get("/api/v1/users", headers=headers("admin")).json()["items"]
    op = next(u["id"] for u in users if u["username"] == "operador")
    patched = api.patch(f"/api/v1/cargos/{cargo_id}", headers=headers("admin"), json={"member_ids": [op], "active": False})
    assert patched.status_code == 200 and patched.json()["member_ids"] == [op]
    assert cargo_id not in [c["id"] for c in api.get("/api/v1/cargos", headers=headers("operador")).json()["items"]]
