"""ProtocolReservation, the one owner of the wizard's protocol number: it reserves once, tells a late
number to an abandon even after its window is gone, adopts a number the outbox reserved, and after
a failure asks again by itself (timer, or the server answering again) until stopped."""
from __future__ import annotations

import pytest

from desk_client.wizard.protocol_reservation import ProtocolReservation
from tests.waits import GUI_WAIT_MS

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]

REQUEST = {"kind": "client", "channel": "phone"}


def test_reserves_once_and_a_late_number_still_reaches_an_abandon(qtbot, logged_api):
    reservation = ProtocolReservation(logged_api, lambda: REQUEST)
    reservation.reserve()
    assert reservation.status == "reserving" and reservation.reserving
    reservation.reserve()  # already on its way: no second number
    assert logged_api.pending_count == 1
    late: list[str] = []
    assert reservation.when_reserved(late.append)
    with qtbot.waitSignal(reservation.destroyed, timeout=GUI_WAIT_MS):
        reservation.deleteLater()  # the wizard closes before the number arrives
    qtbot.waitUntil(lambda: len(late) == 1, timeout=GUI_WAIT_MS)
    assert len(late[0]) == 15 and late[0].isdigit()


def test_a_known_number_is_told_at_once_and_an_adopted_one_is_reserved(qtbot, logged_api):
    known = ProtocolReservation(logged_api, lambda: REQUEST, number="202612070000001")
    told: list[str] = []
    assert known.status == "ok" and known.when_reserved(told.append) and told == ["202612070000001"]
    known.reserve()
    assert logged_api.pending_count == 0

    waiting = ProtocolReservation(logged_api, lambda: REQUEST)
    assert not waiting.when_reserved(told.append)  # nothing on its way: nothing to wait for
    with qtbot.waitSignal(waiting.reserved) as adopted:
        waiting.adopt("202612070000002")  # reserved by the outbox for this attendance
    assert adopted.args == ["202612070000002"] and waiting.number == "202612070000002"
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
