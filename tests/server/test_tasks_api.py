"""Tasks through the API on both engines: creation for a user or a cargo, Minhas tarefas (mine=true
with the user's cargos), late ones, done with who and when, technicians' permissions, idempotency."""
from __future__ import annotations

from datetime import date, timedelta

from .ticket_support import history, open_ticket


def _task(api, h, ticket_id, expect=201, key=None, **body):
    headers = {**h, "Idempotency-Key": key} if key else h
    response = api.post(f"/api/v1/tickets/{ticket_id}/tasks", json=body, headers=headers)
    assert response.status_code == expect, response.text
    return response.json()


def test_tasks_for_users_and_cargos_mine_late_and_done(api, headers, world):
    h, tech = headers("operador"), headers("tecnico")
    ticket = open_ticket(api, h, world)
    yesterday, tomorrow = (date.today() - timedelta(days=2)).isoformat(), (date.today() + timedelta(days=2)).isoformat()
    late = _task(api, h, ticket["id"], title="Levar ONU reserva", assignee={"user_id": world.users["tecnico"]},
                 due_date=yesterday)
    team = _task(api, h, ticket["id"], title="Conferir sinal", assignee={"cargo_id": world.cargos["Técnico de Campo"]},
                 due_date=tomorrow, description="Medir no poste")
    other = _task(api, h, ticket["id"], title="Ligar para o cliente", assignee={"cargo_id": world.cargos["Suporte N1"]})
    assert late["late"] is True and team["late"] is False and team["assignee"]["name"] == "Técnico de Campo"
    mine = api.get("/api/v1/tasks", params={"mine": "true", "ticket_id": ticket["id"]}, headers=tech).json()["items"]
    assert [t["id"] for t in mine] == [late["id"], team["id"]]  # the technician's own and their cargo's
    # a technician cannot touch a task of another cargo (403 before validation)
    assert api.patch(f"/api/v1/tasks/{other['id']}", json={"done": "talvez"}, headers=tech).status_code == 403
    done = api.patch(f"/api/v1/tasks/{late['id']}", json={"done": True}, headers=tech)
    assert done.status_code == 200 and done.json()["done_by_name"] == "José Roberto Alves"
    assert done.json()["late"] is False and done.json()["done_at"]
    open_ones = api.get("/api/v1/tasks", params={"ticket_id": ticket["id"], "done": "false"}, headers=h).json()["items"]
    assert {t["id"] for t in open_ones} == {team["id"], other["id"]}
    kinds = [e["kind"] for e in history(api, h, ticket["id"])]
    assert kinds.count("task_created") == 3 and "task_done" in kinds


def test_task_bad_input_and_idempotency(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    _task(api, h, ticket["id"], expect=422, title="", assignee={"user_id": world.users["tecnico"]})
    bad = _task(api, h, ticket["id"], expect=422, title="X", assignee={"user_id": world.users["tecnico"],
                                                                       "cargo_id": world.cargos["Suporte N1"]})
    assert "exatamente um" in bad["detail"]
    _task(api, h, ticket["id"], expect=422, title="X", assignee={"user_id": 99999})
    first = _task(api, h, ticket["id"], key="draft-7-task", title="Retornar", assignee={"user_id": world.users["operador"]})
    again = _task(api, h, ticket["id"], expect=200, key="draft-7-task", title="Retornar",
                  assignee={"user_id": world.users["operador"]})
    assert again["id"] == first["id"]
    assert len(api.get("/api/v1/tasks", params={"ticket_id": ticket["id"]}, headers=h).json()["items"]) == 1
