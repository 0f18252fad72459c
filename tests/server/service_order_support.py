"""Helpers of the O.S. and task tests: a far-away day the demo's week never reaches."""
from __future__ import annotations

DAY = "2031-03-04"  # a Tuesday, years after any demo O.S.
NEXT_DAY = "2031-03-05"


def os_body(api, world, **overrides) -> dict:
    types = {t["name"]: t["id"] for t in api.get("/api/v1/service-order-types", headers=overrides.pop("h")).json()["items"]}
    body = {"technician_id": world.users["tecnico"], "type_id": types["Reparo sem conexão"], "date": DAY,
            "start": "09:00", "duration_minutes": 60, "description": "Trocar conector"}
    body.update(overrides)
    return body


def book(api, h, ticket_id, body, expect=201, key=None):
    headers = {**h, "Idempotency-Key": key} if key else h
    response = api.post(f"/api/v1/tickets/{ticket_id}/service-orders", json=body, headers=headers)
    assert response.status_code == expect, response.text
    return response.json()
