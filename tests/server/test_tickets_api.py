"""Tickets through the API on both engines: creation, idempotency, validation, history, actions,
permissions, parent/child linking. The shared helpers live in ticket_support.py."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_server.domain.protocols import format_protocol, make_protocol

from ..harness import login_headers
from .ticket_support import (
    create,
    history,
    open_outage,
    open_ticket,
    reserve,
    ticket_body,
)

# -- creation and idempotency -------------------------------------------------------------------

def test_create_a_client_ticket(api, headers, world):
    h = headers("operador")
    protocol = reserve(api, h, channel="phone", kind="client")
    ticket = create(api, h, ticket_body(world, format_protocol(protocol)))
    assert ticket["protocol"] == protocol and ticket["protocol_formatted"] == format_protocol(protocol)
    assert ticket["status"] == "open" and ticket["status_label"] == "Aberto"
    assert ticket["parent_id"] is None and ticket["parent_protocol"] is None
    assert ticket["client_id"] == world.client_a and ticket["subscription_id"] == world.sub_a
    assert ticket["contact_id"] == world.contact_a and ticket["network_id"] == world.net1
    assert ticket["ticket_type"] == "Sem conexão" and ticket["channel"] == "phone"
    assert ticket["destination"] == {"user_id": None, "cargo_id": world.cargos["Suporte N1"], "name": "Suporte N1"}
    assert ticket["opened_by"]["name"] == "Ana Paula Souza"
    opened = datetime.fromisoformat(ticket["opened_at"])
    assert datetime.fromisoformat(ticket["sla_due_at"]) - opened == timedelta(hours=4)
    assert ticket["overdue"] is False and ticket["script_report"] is None
    again = api.get(f"/api/v1/tickets/{ticket['id']}", headers=headers("tecnico")).json()
    assert again["id"] == ticket["id"] and again["child_ids"] == []
    proto = api.get(f"/api/v1/protocols/{protocol}", headers=h).json()
    assert proto["status"] == "used" and proto["ticket_id"] == ticket["id"]


def test_same_idempotency_key_returns_the_same_ticket(api, headers, world):
    h = headers("operador")
    body = ticket_body(world, reserve(api, h))
    first = api.post("/api/v1/tickets", json=body, headers={**h, "Idempotency-Key": "draft-1"})
    assert first.status_code == 201
    retry = api.post("/api/v1/tickets", json=body, headers={**h, "Idempotency-Key": "draft-1"})
    assert retry.status_code == 200 and retry.json()["id"] == first.json()["id"]
    # the protocol typed with dashes is the same request
    dashed = {**body, "protocol": format_protocol(body["protocol"])}
    assert api.post("/api/v1/tickets", json=dashed, headers={**h, "Idempotency-Key": "draft-1"}).status_code == 200
    changed = api.post("/api/v1/tickets", json={**body, "problem": "outro"}, headers={**h, "Idempotency-Key": "draft-1"})
    assert changed.status_code == 409 and "Idempotency-Key" in changed.json()["detail"]
    listed = api.get("/api/v1/tickets", params={"protocol": body["protocol"]}, headers=h).json()["items"]
    assert len(listed) == 1
    assert [e["kind"] for e in history(api, h, first.json()["id"])] == ["opened"]


def test_second_ticket_on_the_same_protocol_is_409(api, headers, world):
    h = headers("operador")
    body = ticket_body(world, reserve(api, h))
    create(api, h, body)
    second = create(api, h, body, expect=409)
    assert "Já existe um atendimento" in second["detail"]
    sup = create(api, headers("supervisor"), body, expect=409)
    assert "protocolo" in sup["detail"]


def test_idempotency_key_is_required(api, headers, world):
    h = headers("operador")
    body = ticket_body(world, reserve(api, h))
    missing = api.post("/api/v1/tickets", json=body, headers=h)
    assert missing.status_code == 400 and "Idempotency-Key" in missing.json()["detail"]
    blank = api.post("/api/v1/tickets", json=body, headers={**h, "Idempotency-Key": "  "})
    assert blank.status_code == 400
    huge = api.post("/api/v1/tickets", json=body, headers={**h, "Idempotency-Key": "k" * 500})
    assert huge.status_code == 422


def test_resolved_ticket_is_closed_at_once_with_both_events(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world, resolved=True, solution="Cabo de rede trocado com o cliente na linha",
                         ticket_type_id=world.types["Alterar senha"])
    assert ticket["status"] == "closed_done" and ticket["status_label"] == "Concluído"
    assert ticket["solution"].startswith("Cabo") and ticket["closed_by"]["name"] == "Ana Paula Souza"
    assert ticket["closed_at"] and ticket["overdue"] is False
    events = history(api, h, ticket["id"])
    assert [e["kind"] for e in events] == ["opened", "closed"]
    assert events[1]["data"]["outcome"] == "done"


def test_prospect_and_script_report_are_stored(api, headers, world):
    session = api.app.state.session_factory()
    from desk_server.models.clients import Prospect
    prospect = Prospect(kind="residencial", name="Lúcia Prospect", search_name="lucia prospect")
    session.add(prospect)
    session.commit()
    pid = prospect.id
    session.close()
    h = headers("operador")
    scripts = {s["name"]: s["id"] for s in api.get("/api/v1/scripts", headers=h).json()["items"]}
    run = {"script_id": scripts["Wi-Fi / senha"], "version": 1, "finished": True,
           "answers": [{"node_id": "pedido", "option": 0}, {"node_id": "titular", "option": 1}]}
    ticket = open_ticket(api, h, world, kind="prospect", client_id=None, subscription_id=None, contact_id=None,
                         prospect_id=pid, ticket_type_id=world.types["Financeiro"], channel="chat",
                         destination={"user_id": world.users["supervisor"]}, script_run=run)
    assert ticket["kind"] == "prospect" and ticket["prospect_id"] == pid and ticket["network_id"] is None
    report = ticket["script_report"]
    assert report["name"] == "Wi-Fi / senha" and report["version"] == 1 and report["finished"] is True
    assert [s["answer"] for s in report["steps"]] == ["Trocar a senha do Wi-Fi", "Não é o titular"]
    assert report["steps"][0]["client_explanation"].startswith("Lúcia Prospect, vou ajudar")
    assert ticket["destination"]["user_id"] == world.users["supervisor"]


BAD_BODIES = [
    ("unknown channel", {"channel": "pombo"}, 422, "channel"),
    ("empty destination", {"destination": {}}, 422, "destino vazio"),
    ("no destination", {"destination": ...}, 422, "destination"),
    ("both destinations", {"destination": {"user_id": 1, "cargo_id": 1}}, 422, "não os dois"),
    ("unknown user", {"destination": {"user_id": 424242}}, 422, "usuário 424242"),
    ("unknown cargo", {"destination": {"cargo_id": 424242}}, 422, "cargo 424242"),
    ("unknown type", {"ticket_type_id": 424242}, 422, "Tipo de atendimento 424242"),
    ("unknown client", {"client_id": 424242, "subscription_id": None, "contact_id": None}, 422, "Cliente 424242"),
    ("client ticket without client", {"client_id": None}, 422, "precisa de client_id"),
    ("prospect id on client ticket", {"prospect_id": 5}, 422, "não se aplica"),
    ("access point without id", {"kind": "access_point", "client_id": None, "subscription_id": None,
                                     "contact_id": None}, 422, "access_point_id"),
    ("unknown kind", {"kind": "vizinho"}, 422, "kind"),
    ("resolved without solution", {"resolved": True}, 422, "solução"),
    ("huge id", {"client_id": 10**12}, 422, "client_id"),
    ("negative id", {"ticket_type_id": -1}, 422, "ticket_type_id"),
    ("string id", {"ticket_type_id": "abc"}, 422, "ticket_type_id"),
    ("extra field", {"prioridade": "alta"}, 422, "prioridade"),
    ("NUL in text", {"problem": "a\x00b"}, 422, "problem"),
]


@pytest.mark.parametrize("label,overrides,code,message", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_ticket_bodies_get_clear_4xx(api, headers, world, label, overrides, code, message):
    h = headers("operador")
    answer = create(api, h, ticket_body(world, reserve(api, h), **overrides), expect=code)
    assert message in answer["detail"], answer["detail"]


def test_ids_that_do_not_belong_together(api, headers, world):
    h = headers("operador")
    wrong_sub = create(api, h, ticket_body(world, reserve(api, h), subscription_id=world.sub_c), expect=422)
    assert wrong_sub["detail"] == f"O plano {world.sub_c} não pertence ao cliente {world.client_a}."
    wrong_contact = create(api, h, ticket_body(world, reserve(api, h), contact_id=world.contact_c), expect=422)
    assert "não pertence ao cliente" in wrong_contact["detail"]
    unknown_ap = create(api, h, ticket_body(world, reserve(api, h), kind="access_point", client_id=None,
                                            subscription_id=None, contact_id=None, access_point_id=999999),
                        expect=422)
    assert "Ponto de acesso 999999" in unknown_ap["detail"]


def test_protocol_problems(api, headers, world):
    h = headers("operador")
    number = reserve(api, h)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    bad_digit = create(api, h, ticket_body(world, wrong), expect=422)
    assert "dígito verificador não confere" in bad_digit["detail"]
    assert "protocolo inválido" in create(api, h, ticket_body(world, "123"), expect=422)["detail"]
    never = make_protocol(datetime(2001, 1, 1).date(), 77)
    assert "não foi reservado" in create(api, h, ticket_body(world, never), expect=422)["detail"]
    other_user = create(api, login_headers(api, "tecnico"), ticket_body(world, number), expect=403)
    assert "outro usuário" in other_user["detail"]
    abandoned = reserve(api, h)
    api.post(f"/api/v1/protocols/{abandoned}/abandon", json={"reason": "desligou"}, headers=h)
    assert "sem atendimento" in create(api, h, ticket_body(world, abandoned), expect=409)["detail"]
    used = create(api, h, ticket_body(world, number))
    refused = api.post(f"/api/v1/protocols/{number}/abandon", json={"reason": "x"}, headers=h)
    assert refused.status_code == 409 and used["id"]


def test_inactive_ticket_type_or_user_is_refused(api, headers, world):
    sup = headers("supervisor")
    tt = api.post("/api/v1/ticket-types", json={"name": "Antigo", "sla_hours": 5}, headers=sup).json()
    api.patch(f"/api/v1/ticket-types/{tt['id']}", json={"active": False}, headers=sup)
    h = headers("operador")
    assert "desativado" in create(api, h, ticket_body(world, reserve(api, h), ticket_type_id=tt["id"]),
                                  expect=422)["detail"]


# -- history and actions -------------------------------------------------------------------------

def test_forward_comment_close_and_history(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    fwd = api.post(f"/api/v1/tickets/{ticket['id']}/forward", headers=h,
                   json={"cargo_id": world.cargos["Técnico de Campo"], "reason": "Precisa de visita técnica"})
    assert fwd.status_code == 200, fwd.text
    assert fwd.json()["status"] == "forwarded" and fwd.json()["destination"]["name"] == "Técnico de Campo"
    com = api.post(f"/api/v1/tickets/{ticket['id']}/comments", headers=headers("tecnico"),
                   json={"text": "Visita marcada para amanhã 9h"})
    assert com.status_code == 201 and com.json()["user_name"] == "José Roberto Alves"
    fwd2 = api.post(f"/api/v1/tickets/{ticket['id']}/forward", headers=headers("tecnico"),
                    json={"user_id": world.users["tecnico"], "reason": "Fico com este"})
    assert fwd2.json()["destination"] == {"user_id": world.users["tecnico"], "cargo_id": None,
                                          "name": "José Roberto Alves"}
    closed = api.post(f"/api/v1/tickets/{ticket['id']}/close", headers=headers("tecnico"),
                      json={"outcome": "done", "ticket_type_id": world.types["Lentidão"],
                            "reason": "Conector trocado"})
    assert closed.status_code == 200, closed.text
    body = closed.json()
    assert body["status"] == "closed_done" and body["close_reason"] == "Conector trocado"
    assert body["ticket_type"] == "Sem conexão" and body["close_ticket_type"] == "Lentidão"
    assert body["closed_by"]["name"] == "José Roberto Alves"

    events = history(api, headers("admin"), ticket["id"])
    assert [e["kind"] for e in events] == ["opened", "forwarded", "commented", "forwarded", "closed"]
    assert [e["user_name"] for e in events] == ["Ana Paula Souza", "Ana Paula Souza", "José Roberto Alves",
                                                "José Roberto Alves", "José Roberto Alves"]
    assert all(e["user_id"] and datetime.fromisoformat(e["at"]).tzinfo for e in events)
    times = [datetime.fromisoformat(e["at"]) for e in events]
    assert times == sorted(times)
    assert events[1]["text"] == "Precisa de visita técnica"
    assert events[1]["data"]["from"]["name"] == "Suporte N1" and events[1]["data"]["to"]["name"] == "Técnico de Campo"
    assert events[2]["text"] == "Visita marcada para amanhã 9h"
    assert events[4]["data"] == {"outcome": "done", "ticket_type_id": world.types["Lentidão"],
                                 "ticket_type": "Lentidão"}

    again = api.post(f"/api/v1/tickets/{ticket['id']}/close", headers=h, json={"outcome": "done", "reason": "x"})
    assert again.status_code == 409
    late = api.post(f"/api/v1/tickets/{ticket['id']}/forward", headers=h, json={"user_id": 1, "reason": "x"})
    assert late.status_code == 409


def test_close_unsolved_and_action_validation(api, headers, world):
    h = headers("operador")
    tid = open_ticket(api, h, world)["id"]
    for path, body in [("forward", {"reason": "x"}), ("forward", {"user_id": 1, "cargo_id": 1, "reason": "x"}),
                       ("forward", {"user_id": 1, "reason": ""}), ("forward", {"user_id": 424242, "reason": "x"}),
                       ("comments", {"text": "   "}), ("close", {"outcome": "talvez", "reason": "x"}),
                       ("close", {"outcome": "done", "reason": ""}),
                       ("close", {"outcome": "done", "reason": "x", "ticket_type_id": 424242})]:
        response = api.post(f"/api/v1/tickets/{tid}/{path}", json=body, headers=h)
        assert response.status_code == 422, (path, body, response.text)
    for path in ("forward", "comments", "close"):
        assert api.post(f"/api/v1/tickets/999999/{path}", json={}, headers=h).status_code == 404
    closed = api.post(f"/api/v1/tickets/{tid}/close", headers=h, json={"outcome": "unsolved", "reason": "Cliente ausente"})
    assert closed.json()["status"] == "closed_unsolved" and closed.json()["status_label"] == "Sem solução"
    assert closed.json()["close_ticket_type"] is None


def test_get_unknown_ticket_and_no_delete_anywhere(api, headers, world):
    h = headers("admin")
    assert api.get("/api/v1/tickets/999999", headers=h).status_code == 404
    assert api.get("/api/v1/tickets/999999/history", headers=h).status_code == 404
    tid = open_ticket(api, headers("operador"), world)["id"]
    assert api.delete(f"/api/v1/tickets/{tid}", headers=h).status_code == 405
    assert api.delete(f"/api/v1/tickets/{tid}/history", headers=h).status_code == 405
    number = api.get(f"/api/v1/tickets/{tid}", headers=h).json()["protocol"]
    assert api.delete(f"/api/v1/protocols/{number}", headers=h).status_code == 405
    paths = api.get("/openapi.json").json()["paths"]
    ours = {p: m for p, m in paths.items() if p.startswith(("/api/v1/tickets", "/api/v1/protocols",
                                                             "/api/v1/ticket-types"))}
    assert ours and not any("delete" in methods for methods in ours.values())


# -- technicians -------------------------------------------------------------------------------

def test_technician_acts_only_on_tickets_assigned_to_them_or_their_cargo(api, headers, world):
    op, tec = headers("operador"), headers("tecnico")
    n1 = open_ticket(api, op, world)  # Suporte N1: not the technician's
    for path, body in [("forward", {"user_id": world.users["tecnico"], "reason": "pego"}),
                       ("comments", {"text": "oi"}), ("close", {"outcome": "done", "reason": "x"}),
                       ("close", {"junk": True})]:
        response = api.post(f"/api/v1/tickets/{n1['id']}/{path}", json=body, headers=tec)
        assert response.status_code == 403, (path, response.text)
        assert "não está atribuído" in response.json()["detail"]
    assert api.get(f"/api/v1/tickets/{n1['id']}", headers=tec).status_code == 200  # reading is allowed
    field = open_ticket(api, op, world, destination={"cargo_id": world.cargos["Técnico de Campo"]})
    assert api.post(f"/api/v1/tickets/{field['id']}/comments", json={"text": "a caminho"}, headers=tec).status_code == 201
    personal = open_ticket(api, op, world, destination={"user_id": world.users["tecnico"]})
    done = api.post(f"/api/v1/tickets/{personal['id']}/close", json={"outcome": "done", "reason": "ok"}, headers=tec)
    assert done.status_code == 200
    # supervisors and admins act on anything
    for who in ("supervisor", "admin"):
        assert api.post(f"/api/v1/tickets/{n1['id']}/comments", json={"text": who}, headers=headers(who)).status_code == 201


# -- parent / child linking -------------------------------------------------------------------

def test_link_candidate_and_creation_as_child(api, headers, world):
    h = headers("operador")
    none_yet = api.get("/api/v1/tickets/link-candidate", headers=h,
                       params={"subscription_id": world.sub_a, "ticket_type_id": world.types["Sem conexão"]})
    assert none_yet.status_code == 200 and none_yet.json() == {"parent": None}
    outage = open_outage(api, h, world)
    assert outage["network_id"] == world.net1 and outage["parent_id"] is None
    announced = api.get("/api/v1/tickets/link-candidate", headers=h,
                        params={"subscription_id": world.sub_a, "ticket_type_id": world.types["Sem conexão"]}).json()
    assert announced["parent"] == {"id": outage["id"], "protocol": outage["protocol"],
                                   "formatted": format_protocol(outage["protocol"]), "type": "Falha massiva",
                                   "opened_at": outage["opened_at"]}
    other_net = api.get("/api/v1/tickets/link-candidate", headers=h, params={"subscription_id": world.sub_c})
    assert other_net.json() == {"parent": None}

    child = open_ticket(api, h, world)
    assert child["parent_id"] == outage["id"] and child["parent_protocol"] == outage["protocol"]
    child_b = open_ticket(api, h, world, client_id=world.client_b, subscription_id=world.sub_b, contact_id=None)
    assert child_b["parent_id"] == outage["id"]
    elsewhere = open_ticket(api, h, world, client_id=world.client_c, subscription_id=world.sub_c,
                            contact_id=world.contact_c)
    assert elsewhere["parent_id"] is None
    no_sub = open_ticket(api, h, world, subscription_id=None)
    assert no_sub["parent_id"] is None and no_sub["network_id"] is None

    parent = api.get(f"/api/v1/tickets/{outage['id']}", headers=h).json()
    assert parent["child_ids"] == [child["id"], child_b["id"]]
    assert [e["kind"] for e in history(api, h, outage["id"])] == ["opened", "linked_child", "linked_child"]
    child_events = history(api, h, child["id"])
    assert [e["kind"] for e in child_events] == ["opened", "linked_to_parent"]
    assert child_events[1]["data"]["parent_protocol"] == outage["protocol"]
    listed = api.get("/api/v1/tickets", params={"parent_id": outage["id"]}, headers=h).json()["items"]
    assert {t["id"] for t in listed} == {child["id"], child_b["id"]}


def test_only_open_linkable_types_become_parents(api, headers, world):
    h = headers("operador")
    plain = open_ticket(api, h, world, kind="access_point", client_id=None, subscription_id=None, contact_id=None,
                        access_point_id=world.ap1)  # "Sem conexão" does not allow linking
    assert open_ticket(api, h, world)["parent_id"] is None
    outage = open_outage(api, h, world)
    api.post(f"/api/v1/tickets/{outage['id']}/close", headers=h, json={"outcome": "done", "reason": "Energia voltou"})
    assert open_ticket(api, h, world)["parent_id"] is None
    # a second outage on the same network is linked to the first open one, the oldest
    first = open_outage(api, h, world)
    second = open_outage(api, h, world, access_point=world.rp1)
    assert second["parent_id"] == first["id"]
    assert open_ticket(api, h, world)["parent_id"] == first["id"]
    assert plain["parent_id"] is None


def test_closing_a_parent_closes_its_open_children(api, headers, world):
    h = headers("operador")
    outage = open_outage(api, h, world)
    child1 = open_ticket(api, h, world)
    child2 = open_ticket(api, h, world, client_id=world.client_b, subscription_id=world.sub_b, contact_id=None)
    already = open_ticket(api, h, world)
    api.post(f"/api/v1/tickets/{already['id']}/close", headers=h, json={"outcome": "unsolved", "reason": "Desistiu"})
    closed = api.post(f"/api/v1/tickets/{outage['id']}/close", headers=headers("supervisor"),
                      json={"outcome": "done", "reason": "Fibra reparada pela equipe de rede"})
    assert closed.status_code == 200
    for child in (child1, child2):
        body = api.get(f"/api/v1/tickets/{child['id']}", headers=h).json()
        assert body["status"] == "closed_done" and body["close_reason"] == "Fibra reparada pela equipe de rede"
        assert body["closed_by"]["name"] == "Carlos Henrique Lima"
        events = history(api, h, child["id"])
        assert events[-1]["kind"] == "child_closed_by_parent"
        assert events[-1]["data"]["parent_id"] == outage["id"] and "Fibra reparada" in events[-1]["text"]
    untouched = api.get(f"/api/v1/tickets/{already['id']}", headers=h).json()
    assert untouched["status"] == "closed_unsolved" and untouched["close_reason"] == "Desistiu"
    parent_events = history(api, h, outage["id"])
    assert [e["kind"] for e in parent_events][-2:] == ["closed", "children_closed"]
    assert {c["id"] for c in parent_events[-1]["data"]["children"]} == {child1["id"], child2["id"]}


def test_link_candidate_validation(api, headers, world):
    h = headers("operador")
    assert api.get("/api/v1/tickets/link-candidate", headers=h).status_code == 422
    both = api.get("/api/v1/tickets/link-candidate", headers=h,
                   params={"subscription_id": world.sub_a, "access_point_id": world.ap1})
    assert both.status_code == 422
    assert api.get("/api/v1/tickets/link-candidate", headers=h, params={"subscription_id": 999999}).status_code == 422
    assert api.get("/api/v1/tickets/link-candidate", headers=h,
                   params={"subscription_id": world.sub_a, "ticket_type_id": 999999}).status_code == 422
    ap = api.get("/api/v1/tickets/link-candidate", headers=h, params={"access_point_id": world.ap1})
    assert ap.status_code == 200 and ap.json() == {"parent": None}
    assert api.get("/api/v1/tickets/link-candidate", params={"subscription_id": world.sub_a}).status_code == 401


# -- listing ---------------------------------------------------------------------------------

def test_list_filters(api, headers, world):
    h = headers("operador")
    clock = {"now": datetime(2026, 3, 10, 2, 30, tzinfo=UTC)}  # 09/03 23:30 in São Paulo
    api.app.state.clock = lambda: clock["now"]
    try:
        t1 = open_ticket(api, h, world)
        clock["now"] = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)  # 10/03 10:00 local
        t2 = open_ticket(api, h, world, client_id=world.client_c, subscription_id=world.sub_c,
                         contact_id=world.contact_c, destination={"user_id": world.users["tecnico"]})
        t3 = open_ticket(api, h, world, destination={"cargo_id": world.cargos["Técnico de Campo"]})
        api.post(f"/api/v1/tickets/{t3['id']}/close", headers=h, json={"outcome": "done", "reason": "ok"})
    finally:
        del api.app.state.clock
    assert t1["protocol"].startswith("20260309") and t2["protocol"].startswith("20260310")

    def ids(**params):
        response = api.get("/api/v1/tickets", params=params, headers=h)
        assert response.status_code == 200, response.text
        return [t["id"] for t in response.json()["items"]]

    assert ids(protocol=format_protocol(t2["protocol"])) == [t2["id"]]
    assert ids(protocol=t2["protocol"]) == [t2["id"]]
    assert set(ids(client_id=world.client_a)) >= {t1["id"], t3["id"]} and t2["id"] not in ids(client_id=world.client_a)
    # (per client: the demo has a couple of hundred newer tickets, more than one page)
    assert t3["id"] in ids(status="closed_done", client_id=world.client_a)
    assert t3["id"] not in ids(status="open,forwarded", client_id=world.client_a)
    assert ids(opened_from="2026-03-09", opened_to="2026-03-09") == [t1["id"]]
    assert ids(opened_from="2026-03-10", opened_to="2026-03-10") == [t3["id"], t2["id"]]  # newest first
    assert ids(opened_from="2026-03-10", opened_to="2026-03-10", limit=1) == [t3["id"]]
    assert ids(opened_from="2026-03-10", opened_to="2026-03-10", limit=1, offset=1) == [t2["id"]]
    tec = world.users["tecnico"]
    assert set(ids(assigned_to=tec, opened_from="2026-03-09", opened_to="2026-03-10")) == {t2["id"], t3["id"]}
    assert ids(assigned_to=tec, include_cargos=False, opened_from="2026-03-09", opened_to="2026-03-10") == [t2["id"]]

    for params in ({"limit": 501}, {"limit": 0}, {"status": "aberto"}, {"protocol": "20260310-000001-9"},
                   {"opened_from": "10/03/2026"}, {"opened_from": "2026-03-11", "opened_to": "2026-03-10"},
                   {"client_id": "x"}):
        response = api.get("/api/v1/tickets", params=params, headers=h)
        assert response.status_code == 422, (params, response.text)
    assert api.get("/api/v1/tickets").status_code == 401


def test_sla_and_overdue(api, headers, world):
    h = headers("operador")
    start = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    api.app.state.clock = lambda: start
    try:
        ticket = open_outage(api, h, world)  # Falha massiva: 2 h
    finally:
        del api.app.state.clock
    assert datetime.fromisoformat(ticket["sla_due_at"]) == start + timedelta(hours=2)
    assert api.get(f"/api/v1/tickets/{ticket['id']}", headers=h).json()["overdue"] is True
