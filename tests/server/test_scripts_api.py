"""Call scripts through the API on both engines: roles (403 before validation), create and publish
with validation and test paths, immutable versions, the ticket's script_run path check and report,
analytics, ticket types' default script."""
from __future__ import annotations

import copy

import pytest

from desk_server.demo.script_trees import NO_CONNECTION
from desk_server.demo.scripts import resolve_types

from .ticket_support import create, history, reserve, ticket_body

BASE = "/api/v1/scripts"


def demo_scripts(api, h) -> dict[str, int]:
    return {s["name"]: s["id"] for s in api.get(BASE, headers=h).json()["items"]}


def tree(world) -> dict:
    """The demo 'Sem conexão' tree with this database's ticket type ids."""
    resolved = resolve_types(NO_CONNECTION, world.types)
    return {k: resolved[k] for k in ("start_node_id", "nodes", "test_paths")}


def run(script_id, version, answers, finished=True):
    return {"script_id": script_id, "version": version, "finished": finished,
            "answers": [{"node_id": n, "option": o, "seconds": 12} for n, o in answers]}


OFFLINE_OS = [("todos", 0), ("luzes", 2), ("reiniciar", 1)]  # the typical 3-question path


@pytest.mark.parametrize("who", ["operador", "tecnico"])
def test_operator_and_technician_get_403_on_every_write_before_validation(api, headers, who, world):
    h = headers(who)
    sid = demo_scripts(api, h)["Lentidão"]
    good = {"name": "Novo", **tree(world)}
    writes = [("post", BASE, good), ("post", BASE, {"nodes": "lixo"}), ("post", BASE, None),
              ("post", f"{BASE}/check", tree(world)), ("post", f"{BASE}/check", {"x": 1}),
              ("post", f"{BASE}/{sid}/versions", tree(world)), ("post", f"{BASE}/{sid}/versions", {"nodes": 3}),
              ("patch", f"{BASE}/{sid}", {"active": False}), ("patch", f"{BASE}/{sid}", {"active": "talvez"})]
    for method, path, body in writes:
        response = getattr(api, method)(path, json=body, headers=h)
        assert response.status_code == 403, (method, path, body, response.text)
    assert api.get(f"{BASE}/{sid}", headers=h).json()["version"] == 1  # reading is for everyone


def test_demo_scripts_are_listed_with_their_trees_and_default_types(api, headers):
    h = headers("operador")
    items = api.get(BASE, headers=h).json()["items"]
    assert {s["name"] for s in items} >= {"Sem conexão (PPPoE)", "Lentidão", "Wi-Fi / senha"}
    sid = demo_scripts(api, h)["Sem conexão (PPPoE)"]
    one = api.get(f"{BASE}/{sid}", headers=h).json()
    assert one["start_node_id"] == "todos" and len(one["nodes"]) == 4 and len(one["test_paths"]) == 4
    assert one["version"] == one["latest_version"] == 1 and one["published_by"]
    types = {t["name"]: t for t in api.get("/api/v1/ticket-types", headers=h).json()["items"]}
    assert types["Sem conexão"]["default_script_id"] == sid
    assert api.get(f"{BASE}/999999", headers=h).status_code == 404
    assert api.get(f"{BASE}/{sid}", params={"version": 7}, headers=h).status_code == 404
    assert api.get(f"{BASE}/{10**20}", headers=h).status_code == 422


def test_create_validates_naming_the_node_and_publish_makes_immutable_versions(api, headers, world):
    sup = headers("supervisor")
    body = {"name": "Teste PPPoE", "description": "cópia", **tree(world)}
    broken = copy.deepcopy(body)
    broken["nodes"][1]["options"][1]["next_node_id"] = "sumiu"
    refused = api.post(BASE, json=broken, headers=sup)
    assert refused.status_code == 422
    detail = refused.json()["detail"]
    assert "Nó luzes" in detail["message"] and "sumiu" in detail["message"]
    assert {e["node_id"] for e in detail["errors"]} >= {"luzes", "energia"}  # energia is unreachable now
    created = api.post(BASE, json=body, headers=sup)
    assert created.status_code == 201, created.text
    sid = created.json()["id"]
    assert created.json()["version"] == 1
    assert api.post(BASE, json=body, headers=headers("admin")).status_code == 409  # same name

    v2 = copy.deepcopy(tree(world))
    v2["nodes"][0]["question"] = "Nenhum aparelho navega?"
    published = api.post(f"{BASE}/{sid}/versions", json=v2, headers=sup)
    assert published.status_code == 201 and published.json() == {"version": 2}
    assert api.get(f"{BASE}/{sid}", headers=sup).json()["nodes"][0]["question"] == "Nenhum aparelho navega?"
    first = api.get(f"{BASE}/{sid}", params={"version": 1}, headers=sup).json()
    assert first["nodes"][0]["question"] == "Todos os aparelhos da casa estão sem internet?"
    versions = api.get(f"{BASE}/{sid}/versions", headers=sup).json()["items"]
    assert [v["version"] for v in versions] == [2, 1] and versions[0]["nodes"] == 4

    # a failing test path refuses the publish, naming the path
    failing = copy.deepcopy(v2)
    failing["test_paths"][0]["expect_outcome"] = {"resolve": True}
    refused = api.post(f"{BASE}/{sid}/versions", json=failing, headers=sup)
    assert refused.status_code == 422
    assert "Caminho de teste 'offline → LOS vermelha → pedir O.S.'" in refused.json()["detail"]["message"]
    assert api.get(f"{BASE}/{sid}/versions", headers=sup).json()["items"][0]["version"] == 2

    patched = api.patch(f"{BASE}/{sid}", json={"name": "Teste PPPoE 2", "active": False}, headers=sup)
    assert patched.status_code == 200 and patched.json()["active"] is False
    assert sid not in demo_scripts(api, sup).values()
    assert api.patch(f"{BASE}/{sid}", json={"name": "Lentidão"}, headers=sup).status_code == 409


def test_live_check_lists_problems_and_runs_test_paths(api, headers, world):
    sup = headers("supervisor")
    ok = api.post(f"{BASE}/check", json=tree(world), headers=sup).json()
    assert ok == {"valid": True, "errors": [], "tests_run": 4}
    bad = copy.deepcopy(tree(world))
    bad["nodes"][2]["options"].append({"label": "Volta", "next_node_id": "todos"})
    answer = api.post(f"{BASE}/check", json=bad, headers=sup).json()
    assert answer["valid"] is False
    assert any(e["node_id"] == "energia" and "ciclo" in e["message"] for e in answer["errors"])
    typo = copy.deepcopy(tree(world))
    typo["nodes"][0]["options"][1]["outcome"]["ticket_type_id"] = 424242
    answer = api.post(f"{BASE}/check", json=typo, headers=sup).json()
    assert answer["errors"][0]["node_id"] == "todos" and "424242" in answer["errors"][0]["message"]


def test_a_ticket_runs_a_script_and_keeps_its_version(api, headers, world):
    h, sup = headers("operador"), headers("supervisor")
    sid = demo_scripts(api, h)["Sem conexão (PPPoE)"]
    ticket = create(api, h, ticket_body(world, reserve(api, h), script_run=run(sid, 1, OFFLINE_OS)))
    report = ticket["script_report"]
    assert report["script_id"] == sid and report["version"] == 1 and report["finished"] is True
    assert [s["node_id"] for s in report["steps"]] == ["todos", "luzes", "reiniciar"]
    assert report["steps"][2]["answer"] == "Não, a sessão continua offline"
    assert report["outcome"]["service_order"] is True
    # variables filled from the ticket: client name, login
    assert report["steps"][0]["client_explanation"].startswith("Maria Aparecida, vamos verificar")
    assert "login maria" in report["steps"][0]["operator_explanation"]
    events = history(api, h, ticket["id"])
    assert "script" in [e["kind"] for e in events]
    assert next(e for e in events if e["kind"] == "script")["text"].startswith("Script 'Sem conexão (PPPoE)'")

    # a new version does not change what the ticket ran
    v2 = tree(world)
    v2["nodes"][0]["question"] = "Pergunta nova"
    assert api.post(f"{BASE}/{sid}/versions", json=v2, headers=sup).status_code == 201
    again = api.get(f"/api/v1/tickets/{ticket['id']}", headers=h).json()["script_report"]
    assert again == report and again["steps"][0]["question"] == "Todos os aparelhos da casa estão sem internet?"
    # stopped early (Encerrar Script): the report says where
    stopped = create(api, h, ticket_body(world, reserve(api, h),
                                         script_run=run(sid, 2, [("todos", 0)], finished=False)))
    assert stopped["script_report"]["stopped_at"]["node_id"] == "luzes"
    assert stopped["script_report"]["steps"][0]["question"] == "Pergunta nova"


BAD_RUNS = [
    ("wrong node", [("luzes", 0)], True, "passa pela pergunta todos"),
    ("no such option", [("todos", 7)], True, "não tem a opção 7"),
    ("finished too early", [("todos", 0)], True, "ficou sem resposta"),
    ("not finished at an end", [("todos", 1)], False, "envie finished=true"),
    ("answer after the end", [("todos", 1), ("luzes", 0)], True, "depois do fim"),
]


@pytest.mark.parametrize("label,answers,finished,words", BAD_RUNS, ids=[b[0] for b in BAD_RUNS])
def test_script_run_path_is_checked(api, headers, world, label, answers, finished, words):
    h = headers("operador")
    sid = demo_scripts(api, h)["Sem conexão (PPPoE)"]
    response = api.post("/api/v1/tickets", json=ticket_body(world, reserve(api, h),
                                                            script_run=run(sid, 1, answers, finished)),
                        headers={**h, "Idempotency-Key": label})
    assert response.status_code == 422 and words in str(response.json()["detail"]), response.text


def test_script_run_unknown_script_or_version(api, headers, world):
    h = headers("operador")
    for script_id, version, words in ((999999, 1, "Script 999999 não existe"), (None, 9, "não tem a versão 9")):
        sid = script_id or demo_scripts(api, h)["Lentidão"]
        response = api.post("/api/v1/tickets", json=ticket_body(world, reserve(api, h),
                                                                script_run=run(sid, version, [])),
                            headers={**h, "Idempotency-Key": f"k{version}"})
        assert response.status_code == 422 and words in str(response.json()["detail"])


def test_analytics_count_runs_stops_ends_and_median_times(api, headers, world):
    h = headers("operador")
    sid = demo_scripts(api, h)["Sem conexão (PPPoE)"]
    before = api.get(f"{BASE}/{sid}/analytics", headers=h).json()
    assert before["runs"] >= 5 and before["stopped"] >= 1  # the demo tickets ran it
    for _ in range(2):
        create(api, h, ticket_body(world, reserve(api, h), script_run=run(sid, 1, OFFLINE_OS)))
    after = api.get(f"{BASE}/{sid}/analytics", params={"version": 1}, headers=h).json()
    assert after["runs"] == before["runs"] + 2 and after["finished"] == before["finished"] + 2
    ends = {(e["node_id"], e["option"]): e["count"] for e in after["ends"]}
    old = {(e["node_id"], e["option"]): e["count"] for e in before["ends"]}
    assert ends[("reiniciar", 1)] == old.get(("reiniciar", 1), 0) + 2
    nodes = {n["node_id"]: n for n in after["nodes"]}
    assert nodes["todos"]["reached"] == after["runs"] and nodes["todos"]["median_seconds"] is not None
    assert after["nodes"][0]["node_id"] == "todos"


def test_ticket_type_default_script_must_exist(api, headers):
    sup = headers("supervisor")
    created = api.post("/api/v1/ticket-types", json={"name": "Com script", "default_script_id": 424242}, headers=sup)
    assert created.status_code == 422 and "Script 424242" in created.json()["detail"]
    sid = demo_scripts(api, sup)["Lentidão"]
    created = api.post("/api/v1/ticket-types", json={"name": "Com script", "default_script_id": sid}, headers=sup)
    assert created.status_code == 201 and created.json()["default_script_id"] == sid


def test_script_report_pdf_text_and_picture(api, headers, world, tmp_path):
    import os
    import shutil
    import subprocess
    from pathlib import Path

    h = headers("operador")
    sid = demo_scripts(api, h)["Sem conexão (PPPoE)"]
    ticket = create(api, h, ticket_body(world, reserve(api, h), script_run=run(sid, 1, OFFLINE_OS)))
    response = api.get(f"/api/v1/tickets/{ticket['id']}/script-report.pdf", headers=h)
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "rel-script.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Relatório do script de atendimento", ticket["protocol_formatted"], "Maria Aparecida",
                     "Ana Paula Souza", "Sem conexão (PPPoE) — versão 1", "concluído, 3 resposta(s)",
                     "1. Todos os aparelhos da casa estão sem internet?", "Resposta: Não, a sessão continua offline",
                     "Explicação para o cliente:", "Explicação para o operador:", "ONU"):
        assert expected in text, expected
    shots = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(shots / "script_report_pdf")], check=True)
    plain = create(api, h, ticket_body(world, reserve(api, h)))
    assert api.get(f"/api/v1/tickets/{plain['id']}/script-report.pdf", headers=h).status_code == 404
    assert api.get("/api/v1/tickets/999999/script-report.pdf", headers=h).status_code == 404
