"""The outbox's Qt sender against a real server process that is stopped and started again: exactly
one ticket once the server is back, a new session sends what the last one left.
Moved from tests/client/test_outbox.py (issue 8): the outbox delivers to the real server after it comes
back, and the server is asked how many tickets it holds; the store's rules and the sender on a refused
ticket stay there."""
from __future__ import annotations

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from desk_client.outbox.store import ticket_entry

from ..client import outbox_support as outbox

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


def live_api(server, username):
    from desk_client.api import ApiClient

    api = ApiClient(server.url, timeout=5, parent=QApplication.instance())  # never collected off-thread
    api.token = server.token(username)
    return api


@pytest.fixture
def make_sender(qtbot, tmp_path):
    """`make_sender(server, username="operador")`: a started sender on that server (see outbox_support)."""
    yield from outbox.senders(qtbot, tmp_path, api_for=live_api)


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
    outbox.deferred_while_unreachable(qtbot, sender, entry)

    server.start()
    with qtbot.waitSignal(sender.sent, timeout=40_000) as sent:
        pass  # the backoff timer (or the connection coming back) sends it
    ticket = outbox.sent_and_gone(sender, entry, sent)
    assert len(tickets_with(server, ticket["protocol"])) == 1

    outbox.retried_with_the_same_key(qtbot, sender, body, ticket, "wizard-key-1")
    assert len(tickets_with(server, ticket["protocol"])) == 1


@pytest.mark.gui
def test_a_new_session_sends_what_the_last_one_left(qtbot, make_sender, private_live_server, tmp_path):
    server = private_live_server
    entry = outbox.left_behind(tmp_path, ticket_body(server))
    sender = make_sender(server)
    assert len(tickets_with(server, outbox.sends_what_was_left(qtbot, sender, entry)["protocol"])) == 1
