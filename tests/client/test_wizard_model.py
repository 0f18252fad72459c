"""The wizard's rules without Qt: state, step registry, validation, drafts (files on disk)."""
from __future__ import annotations

import json
import os
import threading

import pytest

from desk_client.ui.formats import format_protocol
from desk_client.wizard import validation
from desk_client.wizard.drafts import DraftStore
from desk_client.wizard.registry import Step, StepRegistry
from desk_client.wizard.state import CHANNELS, WizardState
from desk_client.wizard.steps import builtin_steps

CLIENT = {"id": 7, "name": "Maria da Silva", "document": "12345678909", "code": "1042",
          "contacts": [{"id": 70, "name": "João", "email": "joao@example.com"}],
          "subscriptions": [{"id": 71, "login": "maria", "status": "ativo", "routing_point": "POP Centro"},
                            {"id": 72, "login": "velho", "status": "cancelado"}]}
TYPE_CARGO = {"id": 3, "name": "Sem conexão", "default_cargo_id": 5, "default_cargo_name": "Suporte N1",
              "default_user_id": None, "allows_linking": False}
TYPE_USER = {"id": 4, "name": "Financeiro", "default_user_id": 9, "default_user_name": "Carla",
             "default_cargo_id": None}
TYPE_NONE = {"id": 6, "name": "Outros", "default_user_id": None, "default_cargo_id": None}


def filled(**overrides) -> WizardState:
    state = WizardState(username="operador", protocol="202611220001237")
    state.set_client(dict(CLIENT))
    state.contact = CLIENT["contacts"][0]
    state.subscription = CLIENT["subscriptions"][0]
    state.problem = "Sem internet"
    state.apply_ticket_type(TYPE_CARGO)
    state.checks = "Reiniciou a ONU"
    for key, value in overrides.items():
        setattr(state, key, value)
    return state


# -- state ------------------------------------------------------------------------------------------

def test_protocol_is_grouped_for_dictation():
    assert format_protocol("202611220001237") == "20261122-000123-7"
    assert format_protocol("20261122-000123-7") == "20261122-000123-7"
    assert format_protocol(None) == "" and format_protocol("123") == "123"


def test_idempotency_key_is_made_once_per_wizard_and_survives_the_draft():
    a, b = WizardState(), WizardState()
    assert a.idempotency_key != b.idempotency_key and a.draft_id != b.draft_id
    again = WizardState.from_dict(json.loads(json.dumps(a.to_dict())))
    assert again.idempotency_key == a.idempotency_key and again == a


def test_ticket_body_for_a_client_matches_the_api_contract():
    body = filled().ticket_body()
    assert body == {"protocol": "202611220001237", "kind": "client", "client_id": 7, "subscription_id": 71,
                    "contact_id": 70, "ticket_type_id": 3, "channel": "phone", "destination": {"cargo_id": 5},
                    "problem": "Sem internet", "checks": "Reiniciou a ONU", "resolved": False}


def test_ticket_body_for_prospect_and_access_point_carries_only_their_id():
    state = filled()
    state.set_kind("prospect")
    state.prospect = {"id": 12, "name": "Padaria"}
    body = state.ticket_body()
    assert body["prospect_id"] == 12 and "client_id" not in body and "subscription_id" not in body
    state.set_kind("access_point")
    state.access_point = {"id": 2, "name": "OLT Norte"}
    body = state.ticket_body()
    assert body["kind"] == "access_point" and body["access_point_id"] == 2 and "prospect_id" not in body


def test_resolved_carries_the_solution_and_unresolved_drops_it():
    state = filled(resolved=True, solution="  Senha trocada  ")
    assert state.ticket_body()["solution"] == "Senha trocada" and state.ticket_body()["resolved"] is True
    state.resolved = False
    assert "solution" not in state.ticket_body()


def test_changing_kind_or_client_forgets_what_no_longer_applies():
    state = filled()
    state.set_client({"id": 8, "name": "Outro"})
    assert state.contact is None and state.subscription is None
    state = filled()
    state.set_client({**CLIENT, "status": "ativo"})  # same client, fresher record: choices kept
    assert state.contact_id == 70 and state.subscription_id == 71
    state.set_kind("prospect")
    assert state.client is None and state.contact is None
    with pytest.raises(ValueError):
        state.set_kind("empresa")


def test_ticket_type_fills_the_default_destination_unless_chosen_by_hand():
    state = WizardState()
    state.apply_ticket_type(TYPE_CARGO)
    assert state.destination == {"kind": "cargo", "id": 5, "name": "Suporte N1"} and state.destination_from_type
    state.apply_ticket_type(TYPE_USER)  # still the type's default: follows the new type
    assert state.destination == {"kind": "user", "id": 9, "name": "Carla"}
    state.apply_ticket_type(TYPE_NONE)  # a type without default clears the previous type's default
    assert state.destination is None
    state.set_destination("cargo", 11, "Suporte N2")  # by hand
    state.apply_ticket_type(TYPE_CARGO)
    assert state.destination == {"kind": "cargo", "id": 11, "name": "Suporte N2"}
    assert state.ticket_body()["destination"] == {"cargo_id": 11}


def test_from_dict_tolerates_newer_and_older_drafts_and_refuses_garbage():
    data = filled().to_dict()
    data["from_the_future"] = 1
    data.pop("task")
    state = WizardState.from_dict(data)
    assert state.task == {} and state.client_id == 7
    with pytest.raises(ValueError):
        WizardState.from_dict({"kind": "nave"})
    with pytest.raises(ValueError):
        WizardState.from_dict(["not", "a", "dict"])
    assert WizardState.from_dict({"channel": "pombo"}).channel == "phone"
    assert [c for c, _ in CHANNELS] == ["phone", "email", "fax", "visit", "whatsapp", "chat"]


# -- validation -------------------------------------------------------------------------------------

def test_each_step_says_what_is_missing():
    state = WizardState()
    assert validation.protocol_step(state) == []  # the protocol may still be on its way
    assert validation.locate_step(state) == ["Selecione um cliente na lista (pesquise e tecle Enter no resultado)."]
    state.set_kind("prospect")
    assert "prospecto" in validation.locate_step(state)[0]
    state.set_kind("client")
    state.set_client(dict(CLIENT))
    assert validation.locate_step(state) == []
    assert validation.service_step(state) == ["Escolha o plano do cliente.",
                                              "Descreva o problema informado pelo cliente."]
    state.subscription = CLIENT["subscriptions"][0]
    state.problem = "   "
    assert validation.service_step(state) == ["Descreva o problema informado pelo cliente."]
    state.problem = "caiu"
    assert validation.service_step(state) == []
    assert validation.first_contact_step(state) == ["Escolha o tipo de atendimento.",
                                                    "Escolha o destino: um usuário ou um cargo."]
    state.apply_ticket_type(TYPE_CARGO)
    state.resolved = True
    assert validation.first_contact_step(state) == ["Descreva a solução do atendimento resolvido."]
    state.solution = "ok"
    assert validation.first_contact_step(state) == []


def test_plan_is_not_required_when_the_client_has_no_active_plan_or_is_not_loaded():
    state = WizardState(problem="x")
    state.set_client({"id": 1, "name": "Só pesquisa"})  # the full record did not arrive (server down)
    assert validation.service_step(state) == []
    state.set_client({"id": 2, "name": "Ex-cliente", "subscriptions": [{"id": 1, "status": "cancelado"}]})
    assert validation.service_step(state) == []


# -- registry ---------------------------------------------------------------------------------------

def registry() -> StepRegistry:
    return StepRegistry(builtin_steps())


def test_builtin_steps_follow_the_seed_order():
    assert registry().keys() == ["protocol", "locate", "client", "service", "first_contact"]
    assert [s.title for s in builtin_steps()] == ["Protocolo", "Localizar", "Dados do Cliente", "Dados Atend.",
                                                  "Prim. Contato"]


def test_navigation_skips_steps_that_do_not_apply():
    reg = registry()
    client = WizardState()
    assert [s.key for s in reg.applicable(client)] == reg.keys()
    prospect = WizardState(kind="prospect")
    assert [s.key for s in reg.applicable(prospect)] == ["protocol", "locate", "service", "first_contact"]
    assert reg.next(prospect, "locate").key == "service"
    assert reg.previous(prospect, "service").key == "locate"
    assert reg.next(client, "locate").key == "client"
    assert reg.next(client, "first_contact") is None and reg.is_last(client, "first_contact")
    assert reg.previous(client, "protocol") is None


def test_another_issue_adds_a_step_without_touching_the_others():
    reg = registry()
    seen = []
    script = Step("script", "Script Atend.", lambda ctx, parent: seen.append("page"),
                  applies=lambda s: s.create_script,
                  validate=lambda s: [] if s.script else ["Encerre o script."],
                  contribute=lambda s, body: body.update(script_report=s.script),
                  follow_ups=lambda s: [{"method": "POST", "path": "/tickets/{ticket_id}/comments",
                                         "json": {"text": "script"}}])
    reg.register(script, after="service")
    reg.register(Step("os", "O.S.", "x:y", applies=lambda s: bool(s.options.get("os"))), after="first_contact")
    assert reg.keys() == ["protocol", "locate", "client", "service", "script", "first_contact", "os"]
    state = filled()
    assert reg.next(state, "service").key == "first_contact"  # unchecked: the script step is skipped
    assert reg.follow_ups(state) == []
    state.create_script = True
    assert reg.next(state, "service").key == "script"
    assert reg.problems(state) == [(script, ["Encerre o script."])]
    state.script = {"path": [1, 2]}
    assert reg.problems(state) == []
    assert reg.ticket_body(state)["script_report"] == {"path": [1, 2]}
    assert reg.follow_ups(state)[0]["path"] == "/tickets/{ticket_id}/comments"
    script.make_page(None, None)
    assert seen == ["page"]
    with pytest.raises(ValueError):
        reg.register(script)  # same key twice
    reg.register(Step("script", "Script", "m:C"), replace=True)
    assert reg.index("script") == 4 and reg.get("script").title == "Script"
    reg.unregister("os")
    with pytest.raises(KeyError):
        reg.register(Step("x", "X", "m:C"), after="nope")


def test_resume_opens_where_the_operator_was():
    reg = registry()
    assert reg.resume_step(WizardState()).key == "protocol"
    assert reg.resume_step(filled(current_step="service")).key == "service"
    state = filled(current_step="client")
    state.set_kind("prospect")  # the saved step no longer applies: first step with something missing
    assert reg.resume_step(state).key == "locate"
    assert reg.resume_step(filled(current_step="gone")).key == "first_contact"


def test_the_wizard_lists_every_step_explicitly_and_anew_each_time():
    from desk_client.wizard.steps import wizard_steps

    assert wizard_steps() is not wizard_steps()  # no shared registry mutated by imports
    assert wizard_steps().keys() == ["protocol", "locate", "client", "service", "script", "script_report",
                                     "first_contact", "attachment", "service_order", "task", "email"]


def test_step_pages_are_named_lazily_so_the_model_imports_no_qt():
    code = ("import sys; import desk_client.wizard.registry as r, desk_client.wizard.drafts, "
            "desk_client.outbox.store, desk_client.wizard.steps as s; s.wizard_steps(); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# -- drafts -----------------------------------------------------------------------------------------

def test_drafts_are_per_operator_atomic_and_newest_first(tmp_path):
    mine, theirs = DraftStore(tmp_path, "operador"), DraftStore(tmp_path, "supervisor")
    old, new = filled(), filled()
    old.updated_at, new.updated_at = "2026-11-22T10:00:00+00:00", "2026-11-22T11:00:00+00:00"
    mine.save(old)
    mine.save(new)
    theirs.save(WizardState())
    mine.flush()
    assert [s.draft_id for s in mine.drafts()] == [new.draft_id, old.draft_id]
    assert len(theirs.drafts()) == 1
    path = mine.path_for(new.draft_id)
    assert path.name.startswith("operador__") and path.parent == tmp_path
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]  # no half-written files left
    mine.discard(old.draft_id).result()
    assert [s.draft_id for s in mine.drafts()] == [new.draft_id]
    assert mine.load(new.draft_id).problem == "Sem internet"


def test_the_last_save_wins_and_a_discard_after_saves_removes_the_file(tmp_path):
    store = DraftStore(tmp_path, "operador")
    state = filled()
    for i in range(50):
        state.problem = f"versão {i}"
        store.save(state)
    store.flush()
    assert store.load(state.draft_id).problem == "versão 49"
    store.save(state)
    store.discard(state.draft_id)
    store.flush()
    assert store.drafts() == []


def test_saving_does_not_run_on_the_callers_thread(tmp_path):
    store = DraftStore(tmp_path, "operador")
    seen = []
    original = store._write
    store._write = lambda path, data: (seen.append(threading.current_thread().name), original(path, data))
    store.save(filled()).result()
    assert seen and seen[0] != threading.current_thread().name


def test_a_corrupt_draft_is_set_aside_not_fatal(tmp_path):
    store = DraftStore(tmp_path, "operador")
    (tmp_path / "operador__broken.json").write_text("{ not json")
    store.save(filled()).result()
    assert len(store.drafts()) == 1
    assert (tmp_path / "operador__broken.bad").exists()
