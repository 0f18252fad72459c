"""Administration windows: who sees them, on canned JSON (tests/client/fake_api.py): the login dialog
and the main window answered with what the live demo server answered to the same session, recorded
once into tests/client/canned/admin_operator_session.json. Adding and editing a ticket type and a
cargo, read back from the server, runs against a real server process in tests/e2e/test_admin_e2e.py."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from .fake_api import FakeApi
from .gui_support import logged_in

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]

CANNED = Path(__file__).resolve().parent / "canned"
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers


@pytest.fixture
def api(qapp):
    fake = FakeApi()
    yield fake
    assert fake.unanswered == []  # every request of the session had its recorded answer
    fake.close()


def operator_session(api: FakeApi, controller) -> None:
    """The login dialog makes `api`, which answers as the live server answered the operator's session."""
    recorded = json.loads((CANNED / "admin_operator_session.json").read_text(encoding="utf-8"))["requests"]
    api.replay(recorded)
    controller.make_api = lambda _url: api


def test_operators_do_not_see_the_administration(qtbot, controller, api):
    operator_session(api, controller)
    window = logged_in(qtbot, controller, SERVER, "operador")
    assert api.sent("POST", "/auth/login")[0]["json"] == {"username": "operador", "password": "demo123"}
    assert window.api.user["role"] == "operator"
    assert not window.ui.actionTicketTypes.isVisible()
    assert window.ui.actionNewTicket.isEnabled()  # the wizard is registered for everyone who may use it
