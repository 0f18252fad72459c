"""Ticket types: everyone lists them, supervisors and admins create and edit them."""
from __future__ import annotations

import pytest


def test_everyone_lists_ticket_types_and_gets_one(api, headers):
    for who in ("operador", "tecnico", "supervisor", "admin"):
        items = api.get("/api/v1/ticket-types", headers=headers(who)).json()["items"]
        assert "Sem conexão" in [t["name"] for t in items]
    one = items[0]
    assert api.get(f"/api/v1/ticket-types/{one['id']}", headers=headers("operador")).json() == one
    assert api.get("/api/v1/ticket-types/999999", headers=headers("operador")).status_code == 404
    assert api.get("/api/v1/ticket-types").status_code == 401


@pytest.mark.parametrize("who", ["operador", "tecnico"])
def test_only_managers_create_or_edit_and_403_comes_before_validation(api, headers, who):
    h = headers(who)
    assert api.post("/api/v1/ticket-types", json={"name": "Novo", "sla_hours": 4}, headers=h).status_code == 403
    assert api.post("/api/v1/ticket-types", json={"sla_hours": "x"}, headers=h).status_code == 403
    tid = api.get("/api/v1/ticket-types", headers=h).json()["items"][0]["id"]
    assert api.patch(f"/api/v1/ticket-types/{tid}", json={"sla_hours": 1}, headers=h).status_code == 403
    assert api.patch(f"/api/v1/ticket-types/{tid}", json={"sla_hours": -5}, headers=h).status_code == 403


def test_supervisor_creates_and_edits_a_type(api, headers):
    sup = headers("supervisor")
    cargos = {c["name"]: c["id"] for c in api.get("/api/v1/cargos", headers=sup).json()["items"]}
    users = {u["username"]: u["id"] for u in api.get("/api/v1/users", headers=sup).json()["items"]}
    script_id = api.get("/api/v1/scripts", headers=sup).json()["items"][0]["id"]
    created = api.post("/api/v1/ticket-types", headers=sup, json={
        "name": "Troca de equipamento", "description": "Roteador com defeito", "sla_hours": 48,
        "default_cargo_id": cargos["Técnico de Campo"], "default_script_id": script_id})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["default_cargo_name"] == "Técnico de Campo" and body["default_user_id"] is None
    assert body["allows_linking"] is False and body["active"] is True and body["default_script_id"] == script_id
    tid = body["id"]
    assert api.post("/api/v1/ticket-types", headers=headers("admin"),
                    json={"name": "Troca de equipamento"}).status_code == 409
    # a default user replaces the default cargo
    edited = api.patch(f"/api/v1/ticket-types/{tid}", headers=sup,
                       json={"default_user_id": users["tecnico"], "sla_hours": 24, "allows_linking": True})
    assert edited.status_code == 200
    assert (edited.json()["default_user_name"], edited.json()["default_cargo_id"]) == ("José Roberto Alves", None)
    assert edited.json()["sla_hours"] == 24 and edited.json()["allows_linking"] is True
    cleared = api.patch(f"/api/v1/ticket-types/{tid}", headers=sup,
                        json={"default_user_id": None, "default_script_id": None})
    assert cleared.json()["default_user_id"] is None and cleared.json()["default_script_id"] is None
    assert cleared.json()["name"] == "Troca de equipamento"  # fields left out stay
    off = api.patch(f"/api/v1/ticket-types/{tid}", headers=sup, json={"active": False})
    assert off.json()["active"] is False
    listed = [t["id"] for t in api.get("/api/v1/ticket-types", headers=sup).json()["items"]]
    assert tid not in listed
    everything = api.get("/api/v1/ticket-types", params={"include_inactive": True}, headers=sup).json()["items"]
    assert tid in [t["id"] for t in everything]
    taken = api.patch(f"/api/v1/ticket-types/{tid}", headers=sup, json={"name": "Sem conexão"})
    assert taken.status_code == 409
    assert api.patch("/api/v1/ticket-types/999999", headers=sup, json={"sla_hours": 2}).status_code == 404


@pytest.mark.parametrize("body,message", [
    ({"name": "X"}, "name"),
    ({"name": "Válido", "sla_hours": 0}, "sla_hours"),
    ({"name": "Válido", "sla_hours": 9000}, "sla_hours"),
    ({"name": "Válido", "default_user_id": 1, "default_cargo_id": 1}, "não os dois"),
    ({"name": "Válido", "default_cargo_id": 424242}, "Cargo 424242"),
    ({"name": "Válido", "default_user_id": 424242}, "Usuário 424242"),
    ({"name": "Válido", "cor": "azul"}, "cor"),
])
def test_ticket_type_validation(api, headers, body, message):
    response = api.post("/api/v1/ticket-types", json=body, headers=headers("admin"))
    assert response.status_code == 422 and message in response.json()["detail"], response.text
