"""Helpers of the O.S./agenda/task client tests: a technician with an empty agenda and a blocker O.S."""
from __future__ import annotations

import uuid
from datetime import date

import httpx


def api(server, token: str, method: str, path: str, **kw):
    response = httpx.request(method, f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {token}"},
                             timeout=15, **kw)
    assert response.status_code < 300, response.text
    return response.json()


def new_technician(server, name: str = "Técnico Teste Souza") -> dict:
    admin = server.token("admin")
    username = f"tec.{uuid.uuid4().hex[:6]}"
    return api(server, admin, "POST", "/users", json={"username": username, "name": name, "role": "technician",
                                                       "password": "demo123"})


def open_ticket_id(server, token: str) -> int:
    return next(t["id"] for t in api(server, token, "GET", "/tickets", params={"status": "open,forwarded"})["items"]
                if t.get("kind") == "client")


def book(server, token: str, technician_id: int, start: str, minutes: int = 60, day: date | None = None) -> dict:
    types = api(server, token, "GET", "/service-order-types")["items"]
    return api(server, token, "POST", f"/tickets/{open_ticket_id(server, token)}/service-orders", json={
        "technician_id": technician_id, "type_id": types[0]["id"], "date": (day or date.today()).isoformat(),
        "start": start, "duration_minutes": minutes})
