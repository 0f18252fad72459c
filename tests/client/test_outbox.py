"""The outbox: Qt-free store and retry rules, then the Qt sender against a real server process
that is stopped and started again."""
from __future__ import annotations

import json
import time

import httpx
import pytest
from PySide6.QtWidgets import QApplication

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


# -- the sender, against a real server ---------------------------------------------------------------

def _auth(server, username="operador"):
    return {"Authorization": f"Bearer {server.token(username)}"}


def ticket_body(server) -> dict:
    """A valid ticket body on demo data (a client with a plan, a type with a default cargo)."""
    headers = _auth(server)
    get = lambda path, **p: httpx.get(f"{server.url}/api/v1{path}", params=p, headers=headers).json()
    client = get("/clients/search", q="silva", field="name", limit=1)["items"][0]
    detail = get(f"/clients/{client['id']}")
    ticket_type = next(t for t in get("/ticket-types")["items"] if t["name"] == "Lentidão")
    return {"protocol": None, "kind": "client", "client_id": detail["id"],
            "subscription_id": detail["subscriptions"][0]["id"], "ticket_type_id": ticket_type["id"],
            "channel": "phone", "destination": {"cargo_id": ticket_type["default_cargo_id"]},
            "problem": "Lento", "resolved": False}


@pytest.fixture
def make_sender(qtbot, tmp_path):
    from desk_client.api import ApiClient
    from desk_client.outbox.sender import OutboxSender

    made = []

    def make(server, username="operador"):
        api = ApiClient(server.url, timeout=5, parent=QApplication.instance())  # never collected off-thread
        api.token = server.token(username)
        sender = OutboxSender(api, OutboxStore(tmp_path / "outbox", username))
        sender.start()
        made.append((api, sender))
        return sender
    yield make
    for api, sender in made:
        sender.stop()
        sender.deleteLater()  # on the GUI thread, not whenever the garbage collector runs
        api.close()
    qtbot.wait(1)


def tickets_with(server, protocol: str) -> list[dict]:
    return httpx.get(f"{server.url}/api/v1/tickets", params={"protocol": protocol},
                     headers=_auth(server)).json()["items"]


@pytest.mark.gui
def test_server_down_then_back_sends_exactly_one_ticket(qtbot, make_sender, private_live_server, tmp_path):
    server = private_live_server
    body = ticket_body(server)
    sender = make_sender(server)
    server.stop()
    entry = ticket_entry(username="operador", body=body, idempotency_key="wizard-key-1", summary={}, state={})
    with qtbot.waitSignal(sender.deferred, timeout=GUI_WAIT_MS) as deferred:
        sender.submit(entry)
    assert deferred.args[1].kind == "unreachable"
    sender.store.flush()
    on_disk = json.loads(sender.store.path_for(entry["id"]).read_text())
    assert on_disk["attempts"] == 1 and on_disk["status"] == PENDING and on_disk["protocol"] is None
    assert [e["id"] for e in sender.pending()] == [entry["id"]]

    server.start()
    with qtbot.waitSignal(sender.sent, timeout=40_000) as sent:
        pass  # the backoff timer (or the connection coming back) sends it
    ticket = sent.args[1]
    assert ticket["protocol"] and ticket["status"] == "open"
    assert len(tickets_with(server, ticket["protocol"])) == 1
    sender.store.flush()
    assert sender.all() == [] and not sender.store.path_for(entry["id"]).exists()

    # the same request again (a retry whose answer was lost): the same ticket, never a second one
    again = ticket_entry(username="operador", body=dict(body, protocol=ticket["protocol"]),
                         idempotency_key="wizard-key-1", summary={}, state={})
    with qtbot.waitSignal(sender.sent, timeout=GUI_WAIT_MS) as replay:
        sender.submit(again)
    assert replay.args[1]["id"] == ticket["id"]
    assert len(tickets_with(server, ticket["protocol"])) == 1


@pytest.mark.gui
def test_a_new_session_sends_what_the_last_one_left(qtbot, make_sender, private_live_server, tmp_path):
    server = private_live_server
    store = OutboxStore(tmp_path / "outbox", "operador")
    entry = ticket_entry(username="operador", body=ticket_body(server), idempotency_key="left-behind",
                         summary={}, state={})
    store.add(entry).result()
    sender = make_sender(server)
    assert [e["id"] for e in sender.pending()] == [entry["id"]]
    with qtbot.waitSignal(sender.sent, timeout=GUI_WAIT_MS) as sent:
        pass
    assert len(tickets_with(server, sent.args[1]["protocol"])) == 1


@pytest.mark.gui
def test_a_refused_ticket_is_kept_as_failed_not_retried(qtbot, make_sender, private_live_server):
    server = private_live_server
    body = dict(ticket_body(server), ticket_type_id=999_999)  # a type that does not exist
    sender = make_sender(server)
    entry = ticket_entry(username="operador", body=body, idempotency_key="bad", summary={}, state={})
    with qtbot.waitSignal(sender.rejected, timeout=GUI_WAIT_MS) as rejected:
        sender.submit(entry)
    assert rejected.args[1].status in (404, 409, 422)
    assert sender.failed()[0]["id"] == entry["id"] and sender.pending() == []
    assert "999999" in sender.failed()[0]["last_error"] or sender.failed()[0]["last_error"]
    sender.discard(entry["id"])
    assert sender.all() == []
