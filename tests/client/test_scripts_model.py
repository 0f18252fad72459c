"""The client's Qt-free script modules: runner, live conditions, pre-fill and its undo, the wizard
rules (preselection, validation, the POST /tickets body) and the report."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk_client.scripts import live, prefill, report, wizard_rules
from desk_client.scripts.runner import ScriptRun
from desk_client.scripts.variables import fill, values_from_state
from desk_client.wizard.state import WizardState
from desk_client.wizard.steps import wizard_steps
from desk_server.demo.script_trees import NO_CONNECTION
from desk_server.demo.scripts import resolve_types

TYPES = [{"id": 1, "name": "Sem conexão", "default_cargo_id": 7, "default_cargo_name": "Suporte N1",
          "default_script_id": 11},
         {"id": 2, "name": "Lentidão", "default_cargo_id": 7, "default_cargo_name": "Suporte N1"}]


def script(version=3) -> dict:
    tree = resolve_types(NO_CONNECTION, {"Sem conexão": 1})
    return {"id": 11, "version": version, **tree}


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def test_runner_moves_answers_goes_back_and_builds_the_body():
    clock = Clock()
    run = ScriptRun(script(), {"cliente.nome": "Maria", "login": "maria.s"}, clock=clock)
    assert run.question() == "Todos os aparelhos da casa estão sem internet?"
    assert run.client_explanation().startswith("Maria, vamos verificar")
    assert "login maria.s" in run.operator_explanation()
    clock.t += 12.5
    assert run.answer(0) == "luzes"
    clock.t += 30
    assert run.answer(2) == "reiniciar"
    assert run.back() == [{"node_id": "luzes", "option": 2, "seconds": 30.0}]
    assert run.current == "luzes" and len(run.answers) == 1
    run.answer(2)
    assert run.answer(1) is None and run.finished
    assert run.outcome()["service_order"] is True
    body = run.run_body()
    assert body["script_id"] == 11 and body["version"] == 3 and body["finished"] is True
    assert [(a["node_id"], a["option"]) for a in body["answers"]] == [("todos", 0), ("luzes", 2), ("reiniciar", 1)]
    assert body["answers"][0]["seconds"] == 12.5
    assert [s["answer"] for s in run.steps()][-1] == "Não, a sessão continua offline"
    run.back(to_step=0)
    assert run.current == "todos" and run.answers == [] and not run.finished
    again = ScriptRun(script())
    again.restore(body["answers"])
    assert again.finished and again.answers[0]["seconds"] == 12.5


def test_live_conditions_and_suggestion():
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    offline = live.conditions({"online": False, "last_seen": (now - timedelta(hours=2)).isoformat()}, now)
    assert offline == {"session_offline": "sessão PPPoE offline há 2 h"}
    online = live.conditions({"online": True, "uptime_seconds": 1500, "mac_mismatch": True,
                              "caller_id": "E4:8D:8C:00:00:01", "registered_mac": "AA:BB:CC:00:00:01"}, now)
    assert online["session_online"] == "sessão PPPoE online há 25 min"
    assert online["mac_changed"] == "MAC E4:8D:8C:00:00:01 diferente do cadastrado (AA:BB:CC:00:00:01)"
    assert live.conditions({"online": None, "router_error": {"message": "x"}}) == {}
    assert live.conditions(None) == {}
    run = ScriptRun(script(), conditions=offline)
    assert run.suggestion() == (0, "sessão PPPoE offline há 2 h")
    run.answer(0)
    assert run.suggestion() is None  # no option of "luzes" names a condition
    run.answer(2)
    run.set_conditions(online)
    assert run.suggestion()[0] == 2  # the changed MAC wins over "online"


def test_outcome_prefills_first_contact_and_undo_restores_it():
    state = WizardState(solution="")
    record = prefill.apply(state, {"ticket_type_id": 1, "solution": "Reiniciado", "resolve": True,
                                   "service_order": False}, TYPES)
    assert state.ticket_type["name"] == "Sem conexão" and state.destination["name"] == "Suporte N1"
    assert state.resolved and state.solution == "Reiniciado"
    assert prefill.describe(record) == ["o tipo de atendimento “Sem conexão” (e o destino dele)",
                                        "“Atendimento Resolvido” com a solução do script"]
    prefill.undo(state, record)
    assert state.ticket_type is None and state.destination is None and not state.resolved and state.solution == ""
    record = prefill.apply(state, {"ticket_type_id": 1, "service_order": True}, TYPES)
    assert state.options["service_order"] is True and "o pedido de O.S." in prefill.describe(record)
    prefill.undo(state, record)
    assert "service_order" not in state.options
    assert prefill.apply(state, None, TYPES) is None


def test_wizard_rules_steps_and_body():
    registry = wizard_steps()
    state = WizardState(problem="Cliente sem conexão desde ontem")
    keys = [s.key for s in registry.applicable(state)]
    assert "script" not in keys and "script_report" not in keys
    state.create_script = True
    assert "script" in [s.key for s in registry.applicable(state)]
    assert wizard_rules.validate(state) == [wizard_rules.CHOOSE]
    scripts = [{"id": 11, "name": "Sem conexão (PPPoE)"}, {"id": 12, "name": "Lentidão"},
               {"id": 13, "name": "Wi-Fi / senha"}]
    assert wizard_rules.preselect(state, scripts) == 11
    state.problem = "Internet com LENTIDAO à noite"
    assert wizard_rules.preselect(state, scripts) == 12
    state.ticket_type = {"id": 1, "default_script_id": 13}
    assert wizard_rules.preselect(state, scripts) == 13
    run = ScriptRun(script())
    run.answer(0)
    state.script = {"script_id": 11, "version": 3, "tree": script(), "answers": run.answers,
                    "finished": False, "closed": False}
    assert wizard_rules.validate(state) == [wizard_rules.ANSWER]
    state.script["closed"] = True
    assert wizard_rules.validate(state) == []
    assert [s.key for s in registry.applicable(state)].index("script_report") == \
        [s.key for s in registry.applicable(state)].index("script") + 1
    body = {}
    wizard_rules.contribute(state, body)
    assert body["script_run"] == {"script_id": 11, "version": 3, "finished": False,
                                  "answers": [{"node_id": "todos", "option": 0, "seconds": run.answers[0]["seconds"]}]}
    state.create_script = False
    body = {}
    wizard_rules.contribute(state, body)
    assert body == {}


def test_variables_and_report_html():
    state = WizardState(protocol="202612010001237", kind="client", client={"id": 1, "name": "José Ávila"},
                        subscription={"id": 2, "login": "jose", "ip": "10.0.0.9", "plan": {"name": "Fibra 300"}})
    values = values_from_state(state)
    assert fill("{cliente.nome} · {plano} · {login} · {ip} · {protocolo}", values) == \
        "José Ávila · Fibra 300 · jose · 10.0.0.9 · 20261201-000123-7"
    run = ScriptRun(script(), values)
    run.answer(0)
    shown = report.from_run(run, stopped=True)
    assert shown["stopped_at"]["node_id"] == "luzes"
    assert report.headline(shown) == "Script “Sem conexão (PPPoE)” (versão 3): encerrado na pergunta 2, 1 resposta(s)"
    html = report.report_html(shown)
    assert "Sim, nenhum aparelho navega" in html and "José Ávila, vamos" in html and "Sem resposta" in html


def test_preselection_reads_the_problem_against_name_and_description():
    from desk_server.demo.script_trees import DEMO_SCRIPTS

    scripts = [{"id": i, "name": t["name"], "description": t["description"]} for i, t in enumerate(DEMO_SCRIPTS, 1)]
    for problem, expected in (("Sem internet desde cedo, luz vermelha na ONU.", 1),
                              ("Internet muito lenta à noite", 2), ("Esqueceu a senha do Wi-Fi", 3),
                              ("Quer segunda via do boleto", None)):
        assert wizard_rules.preselect(WizardState(problem=problem), scripts) == expected, problem
