"""O.S. through the API on both engines: the overlap rule (touching allowed, one minute refused),
the 409's explanation and free slots, supervisor override, reschedule, status, technicians'
permissions, idempotency, bad input in Portuguese."""
from __future__ import annotations

from .service_order_support import DAY, NEXT_DAY, book, os_body
from .ticket_support import history, open_ticket


def test_touching_slots_are_allowed_and_one_minute_of_overlap_is_refused(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    first = book(api, h, ticket["id"], os_body(api, world, h=h, start="09:00", duration_minutes=60))
    assert first["status"] == "scheduled" and first["start"] == "09:00" and first["end"] == "10:00"
    assert first["protocol"] == ticket["protocol"] and first["client_name"] == "Maria Aparecida"
    book(api, h, ticket["id"], os_body(api, world, h=h, start="10:00", duration_minutes=30))  # touches the end
    book(api, h, ticket["id"], os_body(api, world, h=h, start="08:00", duration_minutes=60))  # touches the start
    refused = book(api, h, ticket["id"], os_body(api, world, h=h, start="10:29", duration_minutes=60), expect=409)
    detail = refused["detail"]
    assert detail["conflict"]["start"] == "10:00" and detail["conflict"]["end"] == "10:30"
    assert detail["conflict"]["protocol"] == ticket["protocol"]
    assert "Horário ocupado" in detail["message"] and "Maria Aparecida" in detail["message"]
    # nearest free slots of that technician for one hour: right after 10:30 first
    assert detail["free_slots"][0] == {"date": DAY, "start": "10:30", "end": "11:30"}
    assert all(s["date"] == DAY for s in detail["free_slots"])
    # another technician is free at that time; a cancelled O.S. frees its slot
    book(api, h, ticket["id"], os_body(api, world, h=h, start="10:29", technician_id=world.users["marcos.rocha"]))


def test_cancelled_frees_the_slot_and_reschedule_follows_the_same_rule(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    a = book(api, h, ticket["id"], os_body(api, world, h=h, start="09:00"))
    b = book(api, h, ticket["id"], os_body(api, world, h=h, start="11:00"))
    moved = api.patch(f"/api/v1/service-orders/{b['id']}", json={"start": "09:30"}, headers=h)
    assert moved.status_code == 409 and moved.json()["detail"]["conflict"]["id"] == a["id"]
    moved = api.patch(f"/api/v1/service-orders/{b['id']}", json={"start": "10:00", "reason": "Cliente pediu"},
                      headers=h)
    assert moved.status_code == 200 and moved.json()["start"] == "10:00", moved.text
    cancel = api.patch(f"/api/v1/service-orders/{a['id']}", json={"status": "cancelled"}, headers=h)
    assert cancel.status_code == 200 and cancel.json()["status_category"] == "cancelled"
    book(api, h, ticket["id"], os_body(api, world, h=h, start="09:00"))
    # back to scheduled now overlaps the new one
    again = api.patch(f"/api/v1/service-orders/{a['id']}", json={"status": "scheduled"}, headers=h)
    assert again.status_code == 409
    kinds = [e["kind"] for e in history(api, h, ticket["id"])]
    assert kinds.count("service_order_created") == 3
    assert "service_order_rescheduled" in kinds and "service_order_status" in kinds
    texts = " ".join(e["text"] or "" for e in history(api, h, ticket["id"]))
    assert "Cliente pediu" in texts and "Agendada → Cancelada" in texts


def test_a_supervisor_may_override_with_a_reason_an_operator_may_not(api, headers, world):
    h, sup = headers("operador"), headers("supervisor")
    ticket = open_ticket(api, h, world)
    book(api, h, ticket["id"], os_body(api, world, h=h, start="14:00"))
    forced = {"start": "14:30", "override_reason": "Cliente VIP, técnico já no bairro"}
    book(api, h, ticket["id"], os_body(api, world, h=h, **forced), expect=403)
    ok = book(api, sup, ticket["id"], os_body(api, world, h=sup, **forced))
    assert ok["start"] == "14:30"
    event = [e for e in history(api, h, ticket["id"]) if e["data"] and e["data"].get("service_order_id") == ok["id"]]
    assert "Cliente VIP" in event[0]["text"] and event[0]["user_name"] == "Carlos Henrique Lima"


def test_technicians_see_and_update_only_their_own(api, headers, world):
    h, tech, other = headers("operador"), headers("tecnico"), headers("marcos.rocha") if False else None
    ticket = open_ticket(api, h, world)
    mine = book(api, h, ticket["id"], os_body(api, world, h=h, start="08:00"))
    theirs = book(api, h, ticket["id"], os_body(api, world, h=h, technician_id=world.users["marcos.rocha"]))
    listed = api.get("/api/v1/service-orders", params={"date_from": DAY, "date_to": DAY}, headers=tech).json()["items"]
    assert [o["id"] for o in listed] == [mine["id"]]
    assert api.get("/api/v1/service-orders", params={"technician_id": world.users["marcos.rocha"]},
                   headers=tech).status_code == 403
    assert api.get(f"/api/v1/service-orders/{theirs['id']}", headers=tech).status_code == 403
    # forbidden before validation: a bad body still gets 403
    assert api.patch(f"/api/v1/service-orders/{theirs['id']}", json={"start": "99:99"}, headers=tech).status_code == 403
    ok = api.patch(f"/api/v1/service-orders/{mine['id']}", json={"status": "on_the_way"}, headers=tech)
    assert ok.status_code == 200 and ok.json()["status_label"] == "Em deslocamento"
    handed = api.patch(f"/api/v1/service-orders/{mine['id']}", json={"technician_id": world.users["marcos.rocha"]},
                       headers=tech)
    assert handed.status_code == 403
    assert other is None


def test_bad_input_is_422_in_portuguese(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    cases = [({"start": "25:00"}, "00:00 a 23:59"), ({"start": "9h"}, "HH:MM"),
             ({"duration_minutes": -30}, "número positivo"), ({"duration_minutes": 0}, "número positivo"),
             ({"technician_id": world.users["operador"]}, "não é técnico"),
             ({"start": "23:30", "duration_minutes": 60}, "meia-noite"), ({"status": "feito"}, "desconhecido"),
             ({"date": "2031-02-30"}, "data inválida"), ({"type_id": 999999}, "Tipo de O.S.")]
    for change, words in cases:
        response = book(api, h, ticket["id"], os_body(api, world, h=h, **change), expect=422)
        assert words in str(response["detail"]), (change, response)
    assert api.post("/api/v1/tickets/999999/service-orders", json=os_body(api, world, h=h), headers=h).status_code == 404


def test_the_same_idempotency_key_returns_the_same_order(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    body = os_body(api, world, h=h)
    first = book(api, h, ticket["id"], body, key="draft-1-os")
    again = book(api, h, ticket["id"], body, key="draft-1-os", expect=200)
    assert again["id"] == first["id"]
    listed = api.get(f"/api/v1/tickets/{ticket['id']}/service-orders", headers=h).json()["items"]
    assert len(listed) == 1


def test_types_are_for_managers_and_free_slots_and_statuses_are_listed(api, headers, world):
    h, sup = headers("operador"), headers("supervisor")
    assert api.post("/api/v1/service-order-types", json={"name": "Poda"}, headers=h).status_code == 403
    made = api.post("/api/v1/service-order-types", json={"name": "Poda de árvore", "default_minutes": 90},
                    headers=sup)
    assert made.status_code == 201 and made.json()["default_minutes"] == 90
    assert api.post("/api/v1/service-order-types", json={"name": "Poda de árvore"}, headers=sup).status_code == 409
    ticket = open_ticket(api, h, world)
    # the type's default duration applies when none is given
    order = book(api, h, ticket["id"], os_body(api, world, h=h, type_id=made.json()["id"], duration_minutes=None))
    assert order["duration_minutes"] == 90 and order["end"] == "10:30"
    day = api.get("/api/v1/service-orders/free-slots", headers=h, params={
        "technician_id": world.users["tecnico"], "date": DAY, "duration_minutes": 60, "start": "09:00"}).json()
    assert day["free"][0] == {"date": DAY, "start": "08:00", "end": "09:00"}
    assert day["nearest"][0]["start"] in ("08:00", "10:30")
    codes = [s["code"] for s in api.get("/api/v1/service-order-statuses", headers=h).json()["items"]]
    assert codes[0] == "scheduled" and "cancelled" in codes
    listed = api.get("/api/v1/service-orders", headers=h, params={"date_from": DAY, "date_to": NEXT_DAY}).json()
    assert listed["items"][0]["type_name"] == "Poda de árvore"


def test_closed_ticket_refuses_a_new_order(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    closed = api.post(f"/api/v1/tickets/{ticket['id']}/close", headers=h,
                      json={"outcome": "done", "reason": "Resolvido", "ticket_type_id": world.types["Sem conexão"]})
    assert closed.status_code == 200, closed.text
    response = book(api, h, ticket["id"], os_body(api, world, h=h), expect=409)
    assert "encerrado" in response["detail"]


def test_the_service_order_sheet_is_a_pdf_and_follows_the_same_permissions(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    order = book(api, h, ticket["id"], os_body(api, world, h=h, technician_id=world.users["marcos.rocha"]))
    pdf = api.get(f"/api/v1/service-orders/{order['id']}.pdf", headers=h)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 2000
    assert api.get(f"/api/v1/service-orders/{order['id']}.pdf", headers=headers("tecnico")).status_code == 403
    assert api.get("/api/v1/service-orders/999999.pdf", headers=h).status_code == 404
