"""ProtocolReservation, the one owner of the wizard's protocol number: it reserves once, tells a late
number to an abandon even after its window is gone, adopts a number the outbox reserved, and after
a failure asks again by itself (timer, or the server answering again) until stopped.
Widget-side checks run on a FakeApi answering POST /protocols as the live demo server did
(tests/client/canned/protocol_reservation_reserve.json); a failure, on a port nobody listens on. The
number reserved by the live server for a late answer moved to tests/e2e/test_protocol_reservation_e2e.py
(issue 8)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_client.wizard.protocol_reservation import ProtocolReservation
from tests.waits import GUI_WAIT_MS

from .fake_api import FakeApi

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]

REQUEST = {"kind": "client", "channel": "phone"}
RESERVE = json.loads((Path(__file__).resolve().parent / "canned" / "protocol_reservation_reserve.json")
                     .read_text(encoding="utf-8"))["requests"]


@pytest.fixture
def reserving_api(qapp):
    """A FakeApi that answers POST /protocols with the live server's recorded 201 and its number."""
    api = FakeApi()
    api.replay_as_recorded(RESERVE)
    yield api
    assert api.unanswered == []
    api.close()


def test_one_number_is_asked_and_a_held_answer_reaches_an_abandon_after_its_window(qtbot, reserving_api):
    reserving_api.hold()  # the number is late: the wizard's reservation is gone before it arrives
    reservation = ProtocolReservation(reserving_api, lambda: REQUEST)
    for _ in range(2):  # the second ask finds the first on its way
        reservation.reserve()
    assert [r["json"] for r in reserving_api.sent("POST", "/protocols")] == [REQUEST]
    abandoned: list[str] = []
    assert reservation.when_reserved(abandoned.append) and reservation.reserving
    with qtbot.waitSignal(reservation.destroyed, timeout=GUI_WAIT_MS):
        reservation.deleteLater()
    assert abandoned == [] and reserving_api.held_count == 1
    reserving_api.release()
    assert abandoned == [RESERVE[0]["body"]["number"]]


def test_a_known_number_is_told_at_once_and_an_adopted_one_is_reserved(qtbot, reserving_api):
    known = ProtocolReservation(reserving_api, lambda: REQUEST, number="202612070000001")
    told: list[str] = []
    assert known.status == "ok" and known.when_reserved(told.append) and told == ["202612070000001"]
    known.reserve()
    assert reserving_api.pending_count == 0

    waiting = ProtocolReservation(reserving_api, lambda: REQUEST)
    assert not waiting.when_reserved(told.append)  # nothing on its way: nothing to wait for
    with qtbot.waitSignal(waiting.reserved) as adopted:
        waiting.adopt("202612070000002")  # reserved by the outbox for this attendance
    assert adopted.args == ["202612070000002"] and waiting.number == "202612070000002"
    assert reserving_api.requests == []  # a known or adopted number is never asked for
    known.deleteLater()
    waiting.deleteLater()


def test_after_a_failure_it_asks_again_by_itself_until_stopped(qtbot, closed_port_api):
    reservation = ProtocolReservation(closed_port_api, lambda: REQUEST)
    with qtbot.waitSignal(reservation.failed, timeout=GUI_WAIT_MS) as failed:
        reservation.reserve()
    assert failed.args[0].kind == "unreachable"
    assert reservation.status == "failed" and reservation.error == failed.args[0].message
    assert reservation._retry.isActive()  # every RETRY_MS...
    closed_port_api.connection_changed.emit(True)  # ...and as soon as the server answers again
    assert reservation.status == "reserving"
    qtbot.waitUntil(lambda: reservation.status == "failed", timeout=GUI_WAIT_MS)
    reservation.stop()  # the wizard closed or handed its ticket over
    assert not reservation._retry.isActive()
    closed_port_api.connection_changed.emit(True)
    assert reservation.status == "failed"
    reservation.deleteLater()


def test_the_outboxs_own_reservation_does_not_retry(qtbot, closed_port_api):
    reservation = ProtocolReservation(closed_port_api, lambda: REQUEST, retry=False)
    with qtbot.waitSignal(reservation.failed, timeout=GUI_WAIT_MS):
        reservation.reserve()
    closed_port_api.connection_changed.emit(True)
    assert reservation.status == "failed" and reservation._retry is None
    reservation.deleteLater()
