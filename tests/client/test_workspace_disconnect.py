"""Desconectar from the MikroTik panel on the live demo server's captured answers (FakeApi,
tests/client/canned/workspace_disconnect_session.json): the confirmation with the reason, the request
sent, the re-login followed until the server says the customer is back; the server's refusal in its own
words; no button for a technician. The session really dropped on the RouterOS simulator and the
server's permission rule run against a real server process in tests/e2e/test_routers_e2e.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.waits import GUI_WAIT_MS

from .fake_api import FakeApi
from .routers_support import confirm_disconnect, opened_panel

pytestmark = pytest.mark.gui
CANNED = json.loads((Path(__file__).resolve().parent / "canned" / "workspace_disconnect_session.json")
                    .read_text(encoding="utf-8"))
SUBS = CANNED["subscriptions"]


def _recorded_api(username: str) -> FakeApi:
    technician = {"id": 3, "username": username, "name": "Técnico", "role": "technician"}
    api = FakeApi(CANNED["users"].get(username, technician))
    api.replay_as_recorded(CANNED.get(username, []))
    return api


def test_supervisor_disconnect_sends_the_reason_and_follows_the_relogin(qtbot, qapp):
    api = _recorded_api("supervisor")
    with opened_panel(qtbot, qapp, api) as panel:
        sub_id = SUBS["second"][0]
        panel.set_subscription(sub_id)
        qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
        flow = panel.disconnect_flow
        flow._poll.setInterval(10)  # the server is asked every 2 s; the recording has its answers already
        assert flow.button.isEnabled() and flow.button.text() == "Desco&nectar…"
        confirm_disconnect(qtbot, panel, "  Cliente pediu para renovar a conexao ")
        with qtbot.waitSignal(flow.finished, timeout=GUI_WAIT_MS) as done:
            pass
        assert done.args == ["reconnected"] and flow.label.text() == "cliente reconectou após 1 s"
        assert flow.button.isEnabled() and flow.action_id is None
        sent = api.sent("POST", f"/subscriptions/{sub_id}/disconnect")
        assert [r["json"] for r in sent] == [{"reason": "Cliente pediu para renovar a conexao", "ticket_id": None}]
        assert len(api.sent("GET", "/router-actions/1")) == 3  # pending, pending, reconnected
        assert api.unanswered == []


def test_a_short_reason_sends_nothing(qtbot, qapp):
    api = _recorded_api("supervisor")
    with opened_panel(qtbot, qapp, api) as panel:
        panel.set_subscription(SUBS["second"][0])
        confirm_disconnect(qtbot, panel, " ok ")
        qtbot.waitUntil(lambda: panel.disconnect_flow.dialog is None, timeout=GUI_WAIT_MS)
        assert panel.disconnect_flow.label.text() == "Desconexão não feita: informe o motivo."
        assert not [r for r in api.requests if r["method"] == "POST"]


def test_operator_gets_the_servers_refusal_in_its_words(qtbot, qapp):
    api = _recorded_api("operador")
    with opened_panel(qtbot, qapp, api) as panel:
        sub_id = SUBS["online"][0]
        panel.set_subscription(sub_id)
        confirm_disconnect(qtbot, panel, "Teste de permissao")
        with qtbot.waitSignal(panel.disconnect_flow.finished, timeout=GUI_WAIT_MS) as done:
            pass
        assert done.args == ["failed"]
        assert panel.disconnect_flow.label.text() == "Desconexão: Seu perfil não tem permissão para esta ação."
        assert panel.disconnect_flow.button.isEnabled()
        assert len(api.sent("POST", f"/subscriptions/{sub_id}/disconnect")) == 1
        assert api.unanswered == []


def test_technician_has_no_button(qtbot, qapp):
    with opened_panel(qtbot, qapp, _recorded_api("tecnico")) as panel:
        assert panel.disconnect_flow is None
