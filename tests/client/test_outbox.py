"""The outbox: Qt-free store and retry rules, then the Qt sender on canned JSON (tests/client/fake_api.py):
a ticket the server refuses, the server unreachable then back, a session sending what the last one left.
The sender against a real server process that is stopped and started again is in
tests/e2e/test_outbox_e2e.py."""
from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desk_client.api.errors import HTTP, UNREACHABLE, ApiError, detail_from_body
from desk_client.outbox.indicator import describe
from desk_client.outbox.store import (
    FAILED,
    PENDING,
    OutboxStore,
    abandon_entry,
    backoff_seconds,
    is_permanent,
    record_failure,
    ticket_entry,
)
from tests.waits import GUI_WAIT_MS

from .outbox_support import (
    deferred_while_unreachable,
    left_behind,
    retried_with_the_same_key,
    senders,
    sends_what_was_left,
    sent_and_gone,
)

pytestmark = pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")


def entry_for(username="operador", **body):
    return ticket_entry(username=username, body={"protocol": None, "kind": "client", **body},
                        idempotency_key="key-1", summary={"subject": "Maria"}, state={})


# -- Qt-free ----------------------------------------------------------------------------------------

def test_backoff_grows_and_is_capped():
    assert [backoff_seconds(n) for n in range(8)] == [0, 2, 5, 10, 20, 30, 30, 30]


def test_what_is_retried_and_what_is_not():
    assert not is_permanent(None, "unreachable") and not is_permanent(None, "timeout")
    assert not is_permanent(503, "http") and not is_permanent(500, "http") and not is_permanent(429, "http")
    assert is_permanent(422, "http") and is_permanent(409, "http") and is_permanent(404, "http")
    assert not is_permanent(200, "invalid")


def test_record_failure_schedules_or_gives_up():
    entry = entry_for()
    record_failure(entry, "fora do ar", permanent=False, now=1000.0)
    assert entry["attempts"] == 1 and entry["next_attempt_ts"] == 1002.0 and entry["status"] == PENDING
    record_failure(entry, "fora do ar", permanent=False, now=1010.0)
    assert entry["next_attempt_ts"] == 1015.0
    record_failure(entry, "recusado", permanent=True, now=1020.0)
    assert entry["status"] == FAILED and entry["last_error"] == "recusado"


def test_store_is_per_operator_ordered_and_survives_a_restart(tmp_path):
    store = OutboxStore(tmp_path, "operador")
    first, second = entry_for(), abandon_entry(username="operador", protocol="202611220000019", reason="caiu")
    second["created_ts"] = first["created_ts"] + 1
    store.add(first)
    store.add(second).result()
    with pytest.raises(ValueError):
        store.add(entry_for(username="supervisor"))
    again = OutboxStore(tmp_path, "operador")  # a new session reads what the last one left
    assert [e["id"] for e in again.entries()] == [first["id"], second["id"]]
    assert OutboxStore(tmp_path, "supervisor").entries() == []
    assert again.idempotency_keys() == {"key-1"}
    assert [e["id"] for e in again.due(now=time.time())] == [first["id"], second["id"]]
    again.remove(first["id"]).result()
    assert [e["id"] for e in again.entries()] == [second["id"]]
    (again.directory / "zz.json").write_text("{broken")
    assert len(again.entries()) == 1 and (again.directory / "zz.bad").exists()


def test_status_bar_words():
    assert describe([]) == ("", "")
    one = entry_for()
    assert describe([one]) == ("1 atendimento aguardando envio", "wait")
    assert describe([one, entry_for()]) == ("2 atendimentos aguardando envio", "wait")
    abandon = abandon_entry(username="operador", protocol="1", reason="x")
    assert describe([one, abandon]) == ("1 atendimento aguardando envio; 1 registro aguardando envio", "wait")
    failed = dict(entry_for(), status=FAILED)
    assert describe([failed, one]) == ("1 envio recusado pelo servidor; 1 atendimento aguardando envio", "bad")


# -- the sender, on canned JSON ----------------------------------------------------------------------
# The live server's answers to the sender, captured once into canned/outbox_refused.json ("body": the
# ticket on demo data with a type that does not exist; "requests": {method, path, json, headers, status,
# body} as the sender sent them). The sender against a real server process that is stopped and started
# again (exactly one ticket once it is back, a new session sending what the last one left) is in
# tests/e2e/test_outbox_e2e.py.

CANNED = Path(__file__).resolve().parent / "canned"


def canned(name: str) -> dict:
    return json.loads((CANNED / name).read_text(encoding="utf-8"))


def answer_as_recorded(api, recorded: list[dict]) -> None:
    """Each (method, path) answered as the server answered it; an error as the real ApiClient words it."""
    for entry in recorded:
        status, body = entry["status"], entry["body"]
        outcome = body if status < 300 else ApiError(HTTP, status=status, detail=detail_from_body(body))
        api.answer(entry["method"], entry["path"], outcome)


@pytest.fixture
def make_sender(qtbot, tmp_path):
    """`make_sender(api, username="operador")`: a started sender on `api` (see outbox_support)."""
    yield from senders(qtbot, tmp_path)


@pytest.fixture
def fake_api(qapp):
    from .fake_api import FakeApi

    api = FakeApi()
    api.setParent(QApplication.instance())  # never collected off-thread
    yield api
    assert api.unanswered == []  # every request the sender sent had its recorded answer


@pytest.mark.gui
def test_a_refused_ticket_is_kept_as_failed_not_retried(qtbot, make_sender, fake_api):
    session = canned("outbox_refused.json")
    answer_as_recorded(fake_api, session["requests"])
    body = session["body"]
    assert body["ticket_type_id"] == 999_999 and body["protocol"] is None  # a type that does not exist
    sender = make_sender(fake_api)
    entry = ticket_entry(username="operador", body=body, idempotency_key="bad", summary={}, state={})
    with qtbot.waitSignal(sender.rejected, timeout=GUI_WAIT_MS) as rejected:
        sender.submit(entry)
    assert rejected.args[1].status in (404, 409, 422)
    assert sender.failed()[0]["id"] == entry["id"] and sender.pending() == []
    assert "999999" in sender.failed()[0]["last_error"] or sender.failed()[0]["last_error"]
    # what was sent: a protocol reserved for the ticket, then the ticket once, with it and its key
    reserved = session["requests"][0]["body"]["number"]
    assert [(r["method"], r["path"]) for r in fake_api.requests] == [("POST", "/protocols"), ("POST", "/tickets")]
    assert fake_api.requests[0]["json"] == {"kind": "client", "channel": "phone"}
    sent = fake_api.requests[1]
    assert sent["json"] == dict(body, protocol=reserved) and sent["headers"] == {"Idempotency-Key": "bad"}
    assert sender.failed()[0]["last_error"] == "Tipo de atendimento 999999 não existe."
    sender.discard(entry["id"])
    assert sender.all() == []
    assert len(fake_api.requests) == 2  # a refused ticket is not tried again


@pytest.mark.gui
def test_unreachable_then_back_sends_the_ticket_with_one_key(qtbot, make_sender, fake_api):
    """The widget side of tests/e2e/test_outbox_e2e.py's server-down test: deferred while unreachable,
    kept on disk, sent once the connection is back, the same key on a retry; the server's answers as
    captured in canned/outbox_sent.json (the ticket, then the same request again)."""
    session = canned("outbox_sent.json")
    body = session["body"]
    fake_api.answer("POST", "/protocols", ApiError(UNREACHABLE))   # the server is down
    sender = make_sender(fake_api)
    entry = ticket_entry(username="operador", body=copy.deepcopy(body), idempotency_key="wizard-key-1",
                         summary={}, state={})
    deferred_while_unreachable(qtbot, sender, entry)
    assert fake_api.sent("POST", "/tickets") == []

    fake_api.replay_as_recorded(session["requests"][:2])          # the server is back
    with qtbot.waitSignal(sender.sent, timeout=GUI_WAIT_MS) as sent:
        fake_api.connection_changed.emit(True)                     # as the client says when a call gets through
    ticket = sent_and_gone(sender, entry, sent)
    [posted] = fake_api.sent("POST", "/tickets")
    assert posted["json"] == dict(body, protocol=ticket["protocol"])
    assert posted["headers"] == {"Idempotency-Key": "wizard-key-1"}

    # the same request again (a retry whose answer was lost): the same key, and the server's answer to it
    fake_api.replay_as_recorded(session["requests"][2:])
    retried_with_the_same_key(qtbot, sender, body, ticket, "wizard-key-1")
    assert [r["headers"] for r in fake_api.sent("POST", "/tickets")] == [{"Idempotency-Key": "wizard-key-1"}] * 2
    assert len(fake_api.sent("POST", "/protocols")) == 2          # down once, then reserved; the retry had its own


@pytest.mark.gui
def test_a_new_session_sends_what_the_last_one_left_from_disk(qtbot, make_sender, fake_api, tmp_path):
    session = canned("outbox_sent.json")
    fake_api.replay_as_recorded(session["requests"][:2])
    entry = left_behind(tmp_path, copy.deepcopy(session["body"]))
    sender = make_sender(fake_api)
    ticket = sends_what_was_left(qtbot, sender, entry)
    [posted] = fake_api.sent("POST", "/tickets")
    assert posted["headers"] == {"Idempotency-Key": "left-behind"} and posted["json"]["protocol"] == ticket["protocol"]
    assert sender.all() == []
