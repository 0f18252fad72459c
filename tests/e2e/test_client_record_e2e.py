"""Issue 13 in the client window against the session's live server, where the client and the server work
together: a plan of our own saved and shown in the contract panel with the audited reveal of a secret,
Adicionar plano saved and read back, the client create/edit dialog with the server's CPF rule. (Financeiro
and the operator's buttons, on the server's canned answers: tests/client/test_client_record_panel.py.)
Screenshots go to ISP_DESK_SCREENSHOTS_DIR when set."""
from __future__ import annotations

import uuid

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from ..client.client_window_support import client_window, shot
from ..client.live_support import WAIT_MS, find_client
from .live_api_fixtures import operator_token, server_get, supervisor_api, supervisor_token  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


@pytest.fixture
def new_plan(live_server, supervisor_token, server_get):  # noqa: F811
    """A subscription of our own (unique login/IP) with both secrets, on a demo client with invoices."""
    client = find_client(server_get, lambda c: c["overdue_invoices"] > 0 and c["subscriptions"])
    plan = server_get("/plans")["items"][0]
    tag = uuid.uuid4().hex[:6]
    body = {"plan_id": plan["id"], "login": f"rec.{tag}", "ip": f"100.127.{int(tag[:2], 16)}.{int(tag[2:4], 16)}",
            "mac": "02:13:13:00:00:01", "pppoe_password": "pw-" + tag, "equipment_password": "eq-" + tag,
            "equipment_user": "admin", "splitter": "SPL-13", "olt_slot": "2", "olt_port": "7",
            "billing_method": "pix", "due_day": 20, "contract": {"number": "T13/" + tag},
            "services": [{"code": "IPFIXO", "description": "IP fixo", "value": "20.00"}]}
    response = httpx.post(f"{live_server.url}/api/v1/clients/{client['id']}/subscriptions", json=body,
                          headers={"Authorization": f"Bearer {supervisor_token}"}, timeout=15)
    assert response.status_code == 201, response.text
    return client, response.json(), tag


def test_contract_panel_and_audited_reveal(qtbot, supervisor_api, new_plan):  # noqa: F811
    client, record, tag = new_plan
    w = client_window(qtbot, supervisor_api, client["id"])
    panel = w.record_hooks.panel
    row = w.subscriptions.row_of(lambda r: r["id"] == record["subscription"]["id"])
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        w.ui.subscriptionsTable.selectionModel().setCurrentIndex(
            w.subscriptions.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    w.ui.tabWidget.setCurrentWidget(w.ui.plansTab)
    f = panel.fields
    assert f["details.billing_method"].text() == "Pix" and f["details.due_day"].text() == "20"
    assert f["connection.login"].text() == f"rec.{tag}" and f["connection.splitter"].text() == "SPL-13"
    assert f["connection.mac"].text() == "02:13:13:00:00:01"
    assert f["connection.pppoe"].text() == "••••••••" and f["connection.equipment"].text() == "••••••••"
    assert panel.services.rowCount() == 1 and panel.events.rowCount() == 1
    panel.ui.tabs.setCurrentWidget(panel.ui.connectionPage)
    shot(w, "client_record_conexao")
    with qtbot.waitSignal(panel.revealed, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(panel.show_buttons["pppoe"], Qt.MouseButton.LeftButton)
    assert shown.args == ["pppoe", "pw-" + tag]
    assert f["connection.pppoe"].text() == "pw-" + tag
    qtbot.waitUntil(lambda: panel.events.rowCount() == 2, timeout=WAIT_MS)
    assert panel.events.rows[-1]["kind"] == "Auditoria"
    panel.ui.tabs.setCurrentWidget(panel.ui.detailsPage)
    shot(w, "client_record_detalhes")
    # another plan: the revealed password is gone
    other = next(i for i, r in enumerate(w.subscriptions.rows) if r["id"] != record["subscription"]["id"])
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        w.ui.subscriptionsTable.selectionModel().setCurrentIndex(
            w.subscriptions.index(other, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert "pw-" not in f["connection.pppoe"].text()


def test_add_plan_dialog_saves_and_the_window_reloads(qtbot, supervisor_api, new_plan):  # noqa: F811
    client, _record, tag = new_plan
    w = client_window(qtbot, supervisor_api, client["id"])
    assert not w.record_hooks.add_plan_button.isHidden()
    before = w.subscriptions.rowCount()
    dialog = w.record_hooks.add_plan()
    with qtbot.waitSignal(dialog.catalogs_loaded, timeout=WAIT_MS):
        pass
    shot(dialog, "client_add_plan")
    dialog.save()  # no contract number yet
    assert "contrato" in dialog.ui.errorLabel.text()
    dialog.ui.contractEdit.setText("AP13/" + tag)
    dialog.ui.loginEdit.setText(f"novo.{tag}")
    dialog.ui.dueDaySpin.setValue(5)
    with qtbot.waitSignals([dialog.saved, w.loaded], timeout=WAIT_MS):
        dialog.save()
    assert w.subscriptions.rowCount() == before + 1


def test_client_edit_dialog_creates_and_shows_server_errors(qtbot, supervisor_api):  # noqa: F811
    from desk_client.clients.client_edit_dialog import ClientEditDialog

    dialog = ClientEditDialog(supervisor_api, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.nameEdit.setText("Quitéria Imbuzeiro")  # keyClicks of non-ASCII text aborts under offscreen
    qtbot.keyClicks(ui.documentEdit, "529.982.247-24")
    qtbot.keyClicks(ui.cityEdit, "Mirassol")
    qtbot.keyClicks(ui.ufEdit, "SP")
    dialog.save()
    qtbot.waitUntil(lambda: "CPF inválido" in ui.errorLabel.text(), timeout=WAIT_MS)
    shot(dialog, "client_edit_erro")
    ui.documentEdit.setText("529.982.247-25")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        dialog.save()
    created = saved.args[0]
    assert created["name"] == "Quitéria Imbuzeiro" and created["document"] == "52998224725"
    edit = ClientEditDialog(supervisor_api, created)
    qtbot.addWidget(edit)
    assert edit.ui.documentEdit.text() == "529.982.247-25" and edit.ui.cityEdit.text() == "Mirassol"
    edit.ui.nameEdit.setText("Quitéria Imbuzeiro Neta")
    with qtbot.waitSignal(edit.saved, timeout=WAIT_MS) as saved:
        edit.save()
    assert saved.args[0]["name"] == "Quitéria Imbuzeiro Neta"
