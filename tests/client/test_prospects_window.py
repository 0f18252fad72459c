"""Prospectos window: the Qt-free rules, and the operator's view on canned JSON (tests/client/fake_api.py):
what the live demo server answered when the window opened for the demo operator, captured once into
tests/client/canned/prospects_operator_list.json. The record's Contatos and Mapa tabs and the
conversion into a client, saved and read back from the server, are in tests/e2e/test_prospects_window_e2e.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_client.clients import record_rules as rr
from desk_client.prospects import rules

from .live_support import WAIT_MS
from .session_support import checked, operator_fake_api

pytestmark = pytest.mark.gui
CANNED = Path(__file__).resolve().parent / "canned"


def test_rules_map_url_and_params():
    p = {"street": "Rua das Flores", "number": "12", "city": "Mirassol", "uf": "SP", "cep": "15130000"}
    assert rr.map_url(p, None) == ("https://www.openstreetmap.org/search?query="
                                   "Rua+das+Flores%2C+12%2C+Mirassol%2C+SP%2C+15130-000%2C+Brasil")
    assert rr.map_url(p, {"latitude": -20.8, "longitude": -49.5}) == \
        "https://www.openstreetmap.org/?mlat=-20.8&mlon=-49.5#map=18/-20.8/-49.5"
    assert rr.map_url({}, None) == ""
    assert rr.parse_coordinate("-20,8197", 90) == -20.8197 and rr.parse_coordinate("95", 90) is None
    assert rules.list_params(" Ana ", "novo", None, ("2026-01-01", "2026-02-01")) == {
        "limit": 500, "q": "Ana", "status": "novo", "from": "2026-01-01", "to": "2026-02-01"}
    assert rules.convert_body("PF", " ") == {"person_type": "PF"}


@pytest.fixture
def logged_api(qapp):
    """A FakeApi signed in as the demo operator (pt_BR, like the app): the live server's recorded answers."""
    api = operator_fake_api(qapp, id=1)
    api.replay(json.loads((CANNED / "prospects_operator_list.json").read_text(encoding="utf-8"))["requests"])
    yield from checked(api)


def test_operator_cannot_convert(qtbot, logged_api):
    from desk_client.prospects.prospects_window import ProspectsWindow

    window = ProspectsWindow(logged_api)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.listed, timeout=WAIT_MS).wait()
    assert window.ui.convertButton.isHidden()
    assert logged_api.sent("GET", "/prospects")[0]["params"] == {"limit": 500}  # no filter when it opens
