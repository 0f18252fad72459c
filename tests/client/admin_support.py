"""Administration windows, shared by their widget tests on a recorded session (tests/client/test_admin*.py,
a FakeApi) and the same windows against a real server (tests/e2e/test_admin*_e2e.py)."""
from __future__ import annotations

import json

from .fake_api import FakeApi
from .gui_support import WAIT, logged_in
from .session_support import CANNED, login_makes


def admin_session(api: FakeApi, controller, name: str) -> list[dict]:
    """The login dialog makes `api`, which answers as the live server answered the recorded session
    canned/admin_<name>_session.json (its 201 Created and 204 No Content are successes, as for the
    real client: FakeApi.replay takes any status but 200 for an error). The recorded requests."""
    recorded = json.loads((CANNED / f"admin_{name}_session.json").read_text(encoding="utf-8"))["requests"]
    api.replay([{**e, "status": 200 if 200 <= e["status"] < 300 else e["status"]} for e in recorded])
    login_makes(controller, api)
    return recorded


def ticket_types_window(qtbot, controller, server):
    """Logged in as supervisor, Administração → Tipos de atendimento (visible, enabled) opened and
    loaded with the demo's types (Sem conexão, Falha massiva...): (the main window, the types window)."""
    window = logged_in(qtbot, controller, server, "supervisor")
    action = window.ui.actionTicketTypes
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    types = window.ticket_types_controller.window
    qtbot.waitUntil(lambda: types.ready and types.ui.typesTable.rowCount() >= 7, timeout=WAIT)
    assert types.ui.countLabel.text().endswith("tipos de atendimento")
    names = [types.ui.typesTable.item(r, 0).text() for r in range(types.ui.typesTable.rowCount())]
    assert "Sem conexão" in names and "Falha massiva" in names
    return window, types
