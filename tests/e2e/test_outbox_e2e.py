"""The outbox's Qt sender against a real server process that is stopped and started again: exactly
one ticket once the server is back, a new session sends what the last one left.
Moved from tests/client/test_outbox.py (issue 8): the outbox delivers to the real server after it comes
back, and the server is asked how many tickets it holds; the store's rules and the sender on a refused
ticket stay there."""
from __future__ import annotations

import json

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from desk_client.outbox.store import (
    PENDING,
    OutboxStore,
    ticket_entry,
)
from tests.waits import GUI_WAIT_MS

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: Qt objects die on the GUI thread


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
