"""The workspace through the API on both engines: status catalogue, status / pause / resume / take /
cancel / reopen with their 409/422 answers, the list's filters with `total`, SLA figures, read marks,
queue counts, presence and the change feed."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from .ticket_support import history, make_world, open_outage, open_ticket

API = "/api/v1"


@pytest.fixture
def clock(api):
    """A settable clock for the app (app.state.clock)."""
    state = {"now": datetime.now(UTC).replace(microsecond=0)}
    api.app.state.clock = lambda: state["now"]

    def move(**delta):
        state["now"] += timedelta(**delta)
        return state["now"]
    move.now = lambda: state["now"]
    return move


@pytest.fixture
def w(api):
    return make_world(api)


def statuses(api, h) -> dict[str, dict]:
    return {s["name"]: s for s in api.get(f"{API}/ticket-statuses", headers=h).json()["items"]}


def post(api, h, path, body=None, expect=200):
    response = api.post(f"{API}{path}", json=body, headers=h)
    assert response.status_code == expect, response.text
    return response.json() if response.content else None


def detail(response) -> str:
    d = response.json()["detail"]
    return d["message"] if isinstance(d, dict) else d


def test_status_catalogue_roles_and_validation(api, headers):
    op, sup = headers("operador"), headers("supervisor")
    items = statuses(api, op)
    assert items["Aguardando cliente"]["category"] == "waiting_customer"
    assert items["Aguardando cliente"]["category_label"] == "Aguardando cliente"
    assert api.post(f"{API}/ticket-statuses", json={"name": "X"}, headers=op).status_code == 403
    created = post(api, sup, "/ticket-statuses", {"name": "Aguardando peça", "category": "waiting_customer"}, 201)
    again = api.post(f"{API}/ticket-statuses", json={"name": "Aguardando peça", "category": "open"}, headers=sup)
    assert again.status_code == 409 and "Já existe" in detail(again)
    bad = api.post(f"{API}/ticket-statuses", json={"name": "Y1", "category": "nenhuma"}, headers=sup)
    assert bad.status_code == 422
    off = api.patch(f"{API}/ticket-statuses/{created['id']}", json={"active": False}, headers=sup).json()
    assert off["active"] is False and "Aguardando peça" not in statuses(api, op)


def test_status_pause_resume_and_the_sla_clock(api, headers, w, clock):
    op = headers("operador")
    t0 = clock.now()
    ticket = open_ticket(api, op, w)  # "Sem conexão": 4 h
    tid = ticket["id"]
    got = api.get(f"{API}/tickets/{tid}", headers=op).json()
    assert got["sla"]["state"] == "ok" and got["sla"]["paused_seconds"] == 0
    assert datetime.fromisoformat(got["answer_due_at"]) == t0 + timedelta(days=7)
    st = statuses(api, op)
    clock(hours=1)
    changed = post(api, op, f"/tickets/{tid}/status", {"status_id": st["Em andamento"]["id"], "reason": "Olhando"})
    assert changed["status_name"] == "Em andamento" and changed["status_category"] == "in_progress"
    same = api.post(f"{API}/tickets/{tid}/status", json={"status_id": st["Em andamento"]["id"]}, headers=op)
    assert same.status_code == 409 and "já está com o status" in detail(same)
    closing = api.post(f"{API}/tickets/{tid}/status", json={"status_id": st["Fechado"]["id"]}, headers=op)
    assert closing.status_code == 422 and "use Fechar" in detail(closing)
    assert api.post(f"{API}/tickets/{tid}/pause", json={}, headers=op).status_code == 422  # reason required
    paused = post(api, op, f"/tickets/{tid}/pause", {"reason": "Cliente vai verificar o roteador"})
    assert paused["status_name"] == "Aguardando cliente" and paused["sla"]["state"] == "paused"
    again = api.post(f"{API}/tickets/{tid}/pause", json={"reason": "de novo"}, headers=op)
    assert again.status_code == 409 and "já está pausado" in detail(again)
    clock(hours=2)
    listed = api.get(f"{API}/tickets", params={"sla": "paused", "client_id": w.client_a}, headers=op).json()
    assert [t["id"] for t in listed["items"]] == [tid] and listed["total"] == 1
    resumed = post(api, op, f"/tickets/{tid}/resume", {"reason": "Cliente retornou"})
    assert resumed["sla"]["state"] == "ok" and resumed["sla"]["paused_seconds"] == 7200
    assert datetime.fromisoformat(resumed["sla"]["due_at"]) == t0 + timedelta(hours=6)  # 4 h + 2 h paused
    assert datetime.fromisoformat(resumed["sla_due_at"]) == t0 + timedelta(hours=6)
    clock(hours=2, minutes=30)  # 30 min left of 4 h → warning, then late
    assert api.get(f"{API}/tickets/{tid}", headers=op).json()["sla"]["state"] == "warning"
    assert [t["id"] for t in api.get(f"{API}/tickets", params={"sla": "warning", "client_id": w.client_a},
                                     headers=op).json()["items"]] == [tid]
    clock(hours=1)
    assert api.get(f"{API}/tickets/{tid}", headers=op).json()["sla"]["state"] == "late"
    late = api.get(f"{API}/tickets", params={"sla": "late", "client_id": w.client_a}, headers=op).json()
    assert late["total"] == 1
    kinds = [e["kind"] for e in history(api, op, tid)]
    assert kinds == ["opened", "status_changed", "paused", "resumed"]
    assert all(e["user_name"] and e["at"] for e in history(api, op, tid))


def test_take_cancel_reopen_rules(api, headers, w, clock):
    op, sup, tec = headers("operador"), headers("supervisor"), headers("tecnico")
    ticket = open_ticket(api, op, w, destination={"cargo_id": w.cargos["Técnico de Campo"]})
    tid = ticket["id"]
    assert api.post(f"{API}/tickets/{tid}/cancel", json={"reason": "x"}, headers=op).status_code == 403
    taken = post(api, tec, f"/tickets/{tid}/take")
    assert taken["destination"]["user_id"] == w.users["tecnico"]
    again = api.post(f"{API}/tickets/{tid}/take", headers=tec)
    assert again.status_code == 409 and "já está com você" in detail(again)
    other = api.post(f"{API}/tickets/{tid}/take", headers=op)
    assert other.status_code == 409 and "já assumido" in detail(other)
    assert api.post(f"{API}/tickets/{tid}/cancel", json={}, headers=sup).status_code == 422
    cancelled = post(api, sup, f"/tickets/{tid}/cancel", {"reason": "Aberto em duplicidade"})
    assert cancelled["status"] == "closed_unsolved" and cancelled["status_label"] == "Cancelado"
    assert cancelled["cancelled_at"]
    twice = api.post(f"{API}/tickets/{tid}/cancel", json={"reason": "x"}, headers=sup)
    assert twice.status_code == 409 and "já está fechado" in detail(twice)
    found = api.get(f"{API}/tickets", params={"status": "cancelled", "client_id": w.client_a}, headers=op).json()
    assert [t["id"] for t in found["items"]] == [tid]
    closed_again = api.post(f"{API}/tickets/{tid}/close", json={"outcome": "done", "reason": "x"}, headers=op)
    assert closed_again.status_code == 409
    assert api.post(f"{API}/tickets/{tid}/reopen", json={"reason": "x"}, headers=op).status_code == 403
    reopened = post(api, sup, f"/tickets/{tid}/reopen", {"reason": "Cliente ligou de novo"})
    assert reopened["status"] == "open" and reopened["cancelled_at"] is None and reopened["protocol"] == ticket["protocol"]
    assert reopened["status_name"] == "Aberto"
    not_closed = api.post(f"{API}/tickets/{tid}/reopen", json={"reason": "x"}, headers=sup)
    assert not_closed.status_code == 409 and "não está fechado" in detail(not_closed)
    post(api, op, f"/tickets/{tid}/close", {"outcome": "done", "reason": "Resolvido"})
    clock(days=8)
    late = api.post(f"{API}/tickets/{tid}/reopen", json={"reason": "x"}, headers=sup)
    assert late.status_code == 409 and "novo protocolo" in detail(late)
    closed_status = api.post(f"{API}/tickets/{tid}/pause", json={"reason": "x"}, headers=op)
    assert closed_status.status_code == 409 and "fechado" in detail(closed_status)
    kinds = [e["kind"] for e in history(api, op, tid)]
    assert kinds == ["opened", "taken", "cancelled", "reopened", "closed"]
    no_dest = api.post(f"{API}/tickets/{tid}/forward", json={"reason": "x"}, headers=op)
    assert no_dest.status_code == 422


def test_closing_a_parent_may_leave_its_children_open(api, headers, w):
    op = headers("operador")
    parent = open_outage(api, op, w)
    child = open_ticket(api, op, w)
    assert child["parent_id"] == parent["id"]
    post(api, op, f"/tickets/{parent['id']}/close", {"outcome": "done", "reason": "Energia voltou",
                                                       "close_children": False})
    assert api.get(f"{API}/tickets/{child['id']}", headers=op).json()["status"] == "open"
    parent2 = open_outage(api, op, w)
    child2 = open_ticket(api, op, w)
    assert child2["parent_id"] == parent2["id"]
    post(api, op, f"/tickets/{parent2['id']}/close", {"outcome": "done", "reason": "Fibra emendada"})
    closed_child = api.get(f"{API}/tickets/{child2['id']}", headers=op).json()
    assert closed_child["status"] == "closed_done" and closed_child["close_reason"] == "Fibra emendada"


def test_list_filters_total_pagination_order(api, headers, w):
    op = headers("operador")
    ids = [open_ticket(api, op, w, ticket_type_id=w.types["Lentidão"])["id"] for _ in range(3)]
    other = open_ticket(api, op, w, client_id=w.client_c, subscription_id=w.sub_c, contact_id=None,
                        destination={"user_id": w.users["tecnico"]})
    params = {"client_id": w.client_a, "limit": 2}
    page1 = api.get(f"{API}/tickets", params=params, headers=op).json()
    page2 = api.get(f"{API}/tickets", params={**params, "offset": 2}, headers=op).json()
    assert page1["total"] == page2["total"] == 3 and len(page1["items"]) == 2 and len(page2["items"]) == 1
    assert [t["id"] for t in page1["items"] + page2["items"]] == ids[::-1]
    asc = api.get(f"{API}/tickets", params={"client_id": w.client_a, "order": "opened_at"}, headers=op).json()
    assert [t["id"] for t in asc["items"]] == ids
    by_type = api.get(f"{API}/tickets", params={"type_id": w.types["Lentidão"], "client_id": w.client_a},
                      headers=op).json()
    assert by_type["total"] == 3
    by_name = api.get(f"{API}/tickets", params={"q": "pedro CARD"}, headers=op).json()
    assert [t["id"] for t in by_name["items"]] == [other["id"]] and by_name["items"][0]["client_name"] == "Pedro Cardoso"
    protocol = other["protocol_formatted"]
    assert api.get(f"{API}/tickets", params={"q": protocol[:13]}, headers=op).json()["total"] >= 1
    assert api.get(f"{API}/tickets", params={"protocol": protocol}, headers=op).json()["total"] == 1
    by_user = api.get(f"{API}/tickets", params={"user_id": w.users["tecnico"], "client_id": w.client_c},
                      headers=op).json()
    assert by_user["total"] == 1
    by_cargo = api.get(f"{API}/tickets", params={"cargo_id": w.cargos["Suporte N1"], "client_id": w.client_a},
                       headers=op).json()
    assert by_cargo["total"] == 3
    by_point = api.get(f"{API}/tickets", params={"access_point_id": w.rp2}, headers=op).json()
    assert [t["id"] for t in by_point["items"]] == [other["id"]]
    several = api.get(f"{API}/tickets", params={"status": "open,forwarded", "client_id": w.client_a}, headers=op)
    assert several.json()["total"] == 3
    for bad in ({"status": "aberto"}, {"sla": "atrasado"}, {"order": "nome"}, {"limit": 501},
                {"opened_from": "2026-12-10", "opened_to": "2026-12-01"}, {"protocol": "20261122-000123-0"},
                {"status_id": "a,b"}):
        response = api.get(f"{API}/tickets", params=bad, headers=op)
        assert response.status_code == 422, (bad, response.text)


def test_read_marks_counts_presence(api, headers, w):
    op, tec = headers("operador"), headers("tecnico")
    ticket = open_ticket(api, op, w, destination={"user_id": w.users["tecnico"]})
    tid = ticket["id"]
    mine = api.get(f"{API}/tickets", params={"mine": True, "unread": True}, headers=tec).json()
    assert tid in [t["id"] for t in mine["items"]] and all(t["read"] is False for t in mine["items"])
    counts = api.get(f"{API}/tickets/queue-counts", headers=tec).json()
    assert counts["mine"] >= 1 and counts["mine_unread"] >= 1 and counts["all_open"] >= counts["mine"]
    assert api.post(f"{API}/tickets/{tid}/read", headers=tec).status_code == 204
    assert api.get(f"{API}/tickets/{tid}", headers=tec).json()["read"] is True
    assert api.get(f"{API}/tickets/queue-counts", headers=tec).json()["mine_unread"] == counts["mine_unread"] - 1
    post(api, op, f"/tickets/{tid}/comments", {"text": "Cliente pediu retorno à tarde"}, 201)
    assert api.get(f"{API}/tickets/{tid}", headers=tec).json()["read"] is False  # news since
    assert api.get(f"{API}/tickets/{tid}", headers=op).json()["read"] is True  # the author saw it
    assert post(api, op, f"/tickets/{tid}/viewing") == []
    others = post(api, tec, f"/tickets/{tid}/viewing")
    assert [v["name"] for v in others] == ["Ana Paula Souza"]
    assert [v["user_id"] for v in api.get(f"{API}/tickets/{tid}", headers=op).json()["viewers"]] == [w.users["tecnico"]]
    api.post(f"{API}/tickets/{tid}/viewing", params={"open_": False}, headers=op)
    assert post(api, tec, f"/tickets/{tid}/viewing") == []
    assert api.post(f"{API}/tickets/999999/read", headers=tec).status_code == 404


def test_change_feed_orders_and_waits(api, headers, w):
    op, tec = headers("operador"), headers("tecnico")
    start = api.get(f"{API}/changes/last-seq", headers=op).json()["last_seq"]
    empty = api.get(f"{API}/changes", params={"after": start, "wait": 0.3}, headers=op).json()
    assert empty == {"items": [], "last_seq": start}
    ticket = open_ticket(api, op, w)
    post(api, op, f"/tickets/{ticket['id']}/forward", {"user_id": w.users["tecnico"], "reason": "Visita"})
    feed = api.get(f"{API}/changes", params={"after": start, "wait": 5}, headers=tec).json()
    assert [(c["kind"], c["data"]["action"]) for c in feed["items"]] == [
        ("ticket_created", "opened"), ("ticket_changed", "forwarded")]
    assert feed["items"][1]["assigned_user_id"] == w.users["tecnico"]
    assert feed["last_seq"] == feed["items"][-1]["seq"] > start
    assert api.get(f"{API}/changes", params={"after": feed["last_seq"]}, headers=tec).json()["items"] == []
    assert api.get(f"{API}/changes", params={"after": -1}, headers=tec).status_code == 422
    assert api.get(f"{API}/changes").status_code == 401


def test_duplicate_caller_check(api, headers, w):
    op = headers("operador")
    params = {"client_id": w.client_b, "ticket_type_id": w.types["Lentidão"]}
    clean = api.get(f"{API}/tickets/duplicate-check", params=params, headers=op).json()
    assert clean == {"open_same_type": [], "recent": [], "message": None}
    first = open_ticket(api, op, w, client_id=w.client_b, subscription_id=w.sub_b, contact_id=None,
                        ticket_type_id=w.types["Lentidão"])
    found = api.get(f"{API}/tickets/duplicate-check", params=params, headers=op).json()
    assert [t["id"] for t in found["open_same_type"]] == [first["id"]]
    assert "Já existe atendimento aberto deste tipo" in found["message"]
    other_type = api.get(f"{API}/tickets/duplicate-check", params={**params, "ticket_type_id": w.types["Financeiro"]},
                         headers=op).json()
    assert other_type["open_same_type"] == [] and [t["id"] for t in other_type["recent"]] == [first["id"]]
    assert "recebeu o protocolo" in other_type["message"]
    assert api.get(f"{API}/tickets/duplicate-check", headers=op).status_code == 422
