"""ProtocolReservation on the session's live server: one number reserved by the server for two asks, and
that number, arriving after the wizard's reservation object is gone, still reaches an abandon. Client and
server together (a real POST /protocols, the server's 15-digit number), so this stays end to end (moved
unchanged from tests/client/test_protocol_reservation.py for issue 8; the rest of ProtocolReservation,
and the same late answer held back by a FakeApi, is tested there)."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import pytest

from desk_client.wizard.protocol_reservation import ProtocolReservation
from tests.waits import GUI_WAIT_MS

from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: GUI objects die on the GUI thread

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
