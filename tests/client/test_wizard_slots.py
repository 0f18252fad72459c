"""The added steps' typed slots of the wizard state (no Qt): each capability reads and writes its own
field, the draft round-trips them, and a draft written before them (version 1, the free `extras` dict)
still loads, from the drafts folder as after a crash."""
from __future__ import annotations

import json
from dataclasses import fields

from desk_client.attachments import rules as attachment_rules
from desk_client.mail import rules as mail_rules
from desk_client.scripts import wizard_rules as script_rules
from desk_client.service_orders import rules as service_order_rules
from desk_client.tasks import rules as task_rules
from desk_client.wizard.drafts import DraftStore
from desk_client.wizard.state import DRAFT_VERSION, WizardState
from desk_client.wizard.step_data import SLOTS

CLIENT = {"id": 7, "name": "Maria da Silva", "email": "maria@example.com",
          "contacts": [{"id": 70, "name": "João", "email": "joao@example.com"}]}
TASK = {"title": "Ligar de volta", "description": "", "assignee": {"kind": "cargo", "id": 5, "name": "Suporte N1"},
        "due_date": "2026-12-08", "idempotency_key": "task-key"}
ORDER = {"technician_id": 9, "type_id": 2, "status": "scheduled", "date": "2026-12-08", "start": "08:30",
         "duration_minutes": 60, "description": "Trocar a ONU", "busy": [], "busy_for": [9, "2026-12-08"],
         "idempotency_key": "os-key"}
EMAIL = {"template_id": None, "checked": ["joao@example.com"], "others": "", "cc": "", "subject": "Atendimento",
         "body": "Olá", "read_receipt": False, "files": [], "key": "mail-key"}
SCRIPT = {"script_id": 11, "version": 3, "name": "Sem conexão", "tree": {"id": 11}, "answers": [],
          "finished": True, "closed": True, "prefill": None}


def old_draft(files_dir) -> dict:
    """A draft as the client before the typed slots wrote it (DRAFT_VERSION 1)."""
    attached = files_dir / "laudo.pdf"
    attached.write_bytes(b"%PDF-1.4")
    return {
        "draft_id": "abc123", "idempotency_key": "ticket-key", "username": "operador",
        "started_at": "2026-12-07T12:00:00+00:00", "updated_at": "2026-12-07T12:05:00+00:00",
        "current_step": "email", "protocol": "202612070001237", "kind": "client", "client": CLIENT,
        "contact": CLIENT["contacts"][0], "prospect": None, "access_point": None, "subscription": None,
        "problem": "Sem internet", "create_script": True, "channel": "phone",
        "ticket_type": {"id": 3, "name": "Sem conexão"}, "destination": {"kind": "cargo", "id": 5, "name": "N1"},
        "destination_from_type": True, "checks": "", "resolved": False, "solution": "", "parent": None,
        "extras": {
            "options": {"service_order": True, "task": True, "attachment": True, "email": True},
            "script": SCRIPT, "service_order": ORDER, "task": TASK, "email": EMAIL,
            "attachment": {"files": [{"name": "laudo.pdf", "size": 8, "file": str(attached), "note": "",
                                      "key": "file-key"}]},
            "receipt": {"send": False},
            "gone_step": {"x": 1},  # a step that no longer exists
        },
        "version": 1,
    }


def test_a_draft_saved_with_extras_still_loads_into_the_slots(tmp_path):
    store = DraftStore(tmp_path / "drafts", "operador")
    store.directory.mkdir()
    old = old_draft(tmp_path)
    store.path_for("abc123").write_text(json.dumps(old), encoding="utf-8")

    [state] = store.drafts()
    assert state.options == {"service_order": True, "task": True, "attachment": True, "email": True}
    assert (state.task, state.service_order, state.email, state.script) == (TASK, ORDER, EMAIL, SCRIPT)
    assert state.attachment["files"][0]["key"] == "file-key" and state.receipt == {"send": False}
    assert not hasattr(state, "extras")
    # every capability reads its slot: the same follow-ups the old client would have sent
    assert task_rules.requested(state) and task_rules.validate(state) == []
    assert task_rules.follow_ups(state)[0]["headers"] == {"Idempotency-Key": "task-key"}
    assert service_order_rules.follow_ups(state)[0]["json"]["start"] == "08:30"
    assert service_order_rules.validate(state) == []
    assert attachment_rules.validate(state) == [] and attachment_rules.follow_ups(state)[0]["headers"] == {
        "Idempotency-Key": "file-key"}
    assert mail_rules.follow_ups(state)[-1]["json"]["to"] == ["joao@example.com"]
    assert not mail_rules.receipt_wanted(state)  # the operator's untick survived
    assert script_rules.report_applies(state) and script_rules.validate(state) == []

    # saved again: the new format, no extras, the unknown step dropped
    store.save_now(state)
    saved = json.loads(store.path_for("abc123").read_text(encoding="utf-8"))
    assert saved["version"] == DRAFT_VERSION == 2 and "extras" not in saved
    assert saved["task"] == TASK and saved["options"]["email"] is True and "gone_step" not in json.dumps(saved)
    assert WizardState.from_dict(saved).to_dict() == saved


def test_new_fields_win_over_a_leftover_extras_and_damaged_slots_are_emptied():
    data = WizardState(task={"title": "novo"}).to_dict()
    data["extras"] = {"task": {"title": "velho"}, "email": "not a dict", "options": ["x"]}
    state = WizardState.from_dict(data)
    assert state.task == {"title": "novo"} and state.email == {} and state.options == {}
    state = WizardState.from_dict({"extras": None, "options": {"task": 1, "email": None}, "script": []})
    assert state.options == {"task": True} and state.script == {}


def test_each_slot_is_a_field_of_its_own_and_starts_empty():
    names = {f.name for f in fields(WizardState)}
    assert set(SLOTS) <= names and "options" in names and "extras" not in names
    one, two = WizardState(), WizardState()
    task_rules.data(one)["title"] = "só neste"
    assert two.task == {} and one.task["title"] == "só neste" and one.email == {}
    assert mail_rules.receipt_follow_ups(WizardState(client=CLIENT))[0]["json"] == {"to": "maria@example.com"}


def test_the_task_dialog_checks_a_bare_task_without_a_wizard():
    d = task_rules.defaults({})
    assert task_rules.check(d) == [task_rules.WRITE_TITLE, task_rules.PICK_ASSIGNEE]
    d.update(title="Ligar", assignee={"kind": "user", "id": 9, "name": "Carla"})
    assert task_rules.check(d) == [] and task_rules.body(d)["assignee"] == {"user_id": 9}
