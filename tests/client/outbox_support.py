"""The outbox's Qt sender driven the same way by its tests on canned JSON (tests/client/test_outbox.py, a
FakeApi) and against a real server process (tests/e2e/test_outbox_e2e.py): each step takes the sender
as a parameter and asserts what both see; the caller checks what only it can (the requests a FakeApi
got, the tickets the server holds)."""
from __future__ import annotations

import json

from desk_client.outbox.store import PENDING, OutboxStore, ticket_entry
from tests.waits import GUI_WAIT_MS


def senders(qtbot, tmp_path, api_for=lambda api, _username: api):
    """For a fixture (`yield from senders(...)`): `make(target, username="operador")`, a started
    OutboxSender on `api_for(target, username)` with its store under tmp_path; stopped, deleted on the
    GUI thread and its api closed after the test."""
    from desk_client.outbox.sender import OutboxSender

    made = []

    def make(target, username="operador"):
        api = api_for(target, username)
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


def deferred_while_unreachable(qtbot, sender, entry: dict) -> None:
    """`entry` submitted while the server cannot be reached: deferred, kept on disk as pending."""
    with qtbot.waitSignal(sender.deferred, timeout=GUI_WAIT_MS) as deferred:
        sender.submit(entry)
    assert deferred.args[1].kind == "unreachable"
    sender.store.flush()
    on_disk = json.loads(sender.store.path_for(entry["id"]).read_text())
    assert on_disk["attempts"] == 1 and on_disk["status"] == PENDING and on_disk["protocol"] is None
    assert [e["id"] for e in sender.pending()] == [entry["id"]]


def sent_and_gone(sender, entry: dict, sent) -> dict:
    """After `sent` (the sender's signal, caught): an open ticket with its protocol, and `entry` gone from
    the outbox and the disk. The ticket."""
    ticket = sent.args[1]
    assert ticket["protocol"] and ticket["status"] == "open"
    sender.store.flush()
    assert sender.all() == [] and not sender.store.path_for(entry["id"]).exists()
    return ticket


def retried_with_the_same_key(qtbot, sender, body: dict, ticket: dict, key: str) -> None:
    """The same request again with its Idempotency-Key `key` (a retry whose answer was lost): the same
    ticket, never a second one."""
    again = ticket_entry(username="operador", body=dict(body, protocol=ticket["protocol"]),
                         idempotency_key=key, summary={}, state={})
    with qtbot.waitSignal(sender.sent, timeout=GUI_WAIT_MS) as replay:
        sender.submit(again)
    assert replay.args[1]["id"] == ticket["id"]


def left_behind(tmp_path, body: dict) -> dict:
    """A ticket the last session of operador left in its outbox on disk: the entry."""
    store = OutboxStore(tmp_path / "outbox", "operador")
    entry = ticket_entry(username="operador", body=body, idempotency_key="left-behind", summary={}, state={})
    store.add(entry).result()
    return entry


def sends_what_was_left(qtbot, sender, entry: dict) -> dict:
    """A new session's sender finds `entry` pending and sends it by itself: the ticket the server made."""
    assert [e["id"] for e in sender.pending()] == [entry["id"]]
    with qtbot.waitSignal(sender.sent, timeout=GUI_WAIT_MS) as sent:
        pass
    return sent.args[1]
