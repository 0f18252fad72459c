"""Administration windows (ticket types, cargos) against a real server process, with the keyboard:
a ticket type and a cargo saved, edited and refused by the server, each read back from the server.
(That operators do not see the administration is tested on canned JSON in tests/client/test_admin.py.)"""
from __future__ import annotations

import uuid

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..client.admin_support import ticket_types_window
from ..client.gui_support import WAIT

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


def api(server, path, **params):
    headers = {"Authorization": f"Bearer {server.token('supervisor')}"}
    return httpx.get(f"{server.url}/api/v1{path}", params=params, headers=headers).json()


def test_supervisor_adds_and_edits_a_ticket_type_and_a_cargo(qtbot, controller, live_server):
    _window, types = ticket_types_window(qtbot, controller, live_server)

    # Novo… : name, default destination = a user, SLA, linking
    name = f"Troca de equipamento {uuid.uuid4().hex[:6]}"
    types.ui.addButton.click()
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    dialog.ui.userRadio.setChecked(True)
    users = api(live_server, "/users")["items"]
    tecnico = next(u for u in users if u["username"] == "tecnico")
    dialog.ui.destinationCombo.setCurrentIndex(dialog.ui.destinationCombo.findData(tecnico["id"]))
    dialog.ui.slaSpin.setValue(36)
    dialog.ui.linkingCheck.setChecked(True)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)          # Salvar is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    created = next(t for t in api(live_server, "/ticket-types", include_inactive="true")["items"] if t["name"] == name)
    assert (created["default_user_id"], created["default_cargo_id"], created["sla_hours"],
            created["allows_linking"], created["active"]) == (tecnico["id"], None, 36, True, True)
    assert "salvo" in types.ui.statusLabel.text()

    # Editar (Enter on the row): now a cargo, inactive
    table = types.ui.typesTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.selectRow(row)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.ui.nameEdit.text() == name and dialog.ui.userRadio.isChecked()
    dialog.ui.cargoRadio.setChecked(True)
    cargos = api(live_server, "/cargos")["items"]
    n2 = next(c for c in cargos if c["name"] == "Suporte N2")
    dialog.ui.destinationCombo.setCurrentIndex(dialog.ui.destinationCombo.findData(n2["id"]))
    dialog.ui.activeCheck.setChecked(False)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    edited = next(t for t in api(live_server, "/ticket-types", include_inactive="true")["items"] if t["name"] == name)
    assert (edited["default_user_id"], edited["default_cargo_id"], edited["active"]) == (None, n2["id"], False)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert name not in names                                       # inactive: hidden unless asked
    types.ui.inactiveCheck.setChecked(True)
    assert name in [table.item(r, 0).text() for r in range(table.rowCount())]

    # a duplicate name is refused with the server's words
    types.ui.addButton.click()
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.ui.nameEdit.setText("Sem conexão")  # (QTest types ASCII only)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=WAIT)
    assert "Já existe" in dialog.ui.errorLabel.text()
    dialog.reject()

    # Cargos… : a new cargo with members
    types.ui.cargosButton.click()
    cargos_window = types.cargos_window
    qtbot.waitUntil(lambda: cargos_window.ready and cargos_window.ui.cargosTable.rowCount() >= 4, timeout=WAIT)
    cargo_name = f"Suporte N3 {uuid.uuid4().hex[:4]}"
    cargos_window.ui.addButton.click()
    cdialog = cargos_window.dialog
    qtbot.waitUntil(cdialog.isVisible, timeout=WAIT)
    qtbot.keyClicks(cdialog.ui.nameEdit, cargo_name)
    qtbot.keyClicks(cdialog.ui.descriptionEdit, "Especialistas")
    members = cdialog.ui.membersList
    for i in range(members.count()):
        if "(supervisor)" in members.item(i).text() or "(operador)" in members.item(i).text():
            members.item(i).setCheckState(Qt.CheckState.Checked)
    cdialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not cdialog.isVisible(), timeout=WAIT)
    saved = next(c for c in api(live_server, "/cargos")["items"] if c["name"] == cargo_name)
    by_id = {u["id"]: u["username"] for u in users}
    assert sorted(by_id[i] for i in saved["member_ids"]) == ["operador", "supervisor"]
    assert saved["description"] == "Especialistas"
    row = next(r for r in range(cargos_window.ui.cargosTable.rowCount())
               if cargos_window.ui.cargosTable.item(r, 0).text() == cargo_name)
    assert "Ana Paula Souza" in cargos_window.ui.cargosTable.item(row, 2).text()
    for widget in (cargos_window, types):
        widget.close()
    QApplication.processEvents()
