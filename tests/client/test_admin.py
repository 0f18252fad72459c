"""Administration windows on canned JSON (tests/client/fake_api.py): the login dialog and the main
window answered with what the live demo server answered to the same session, recorded once into
tests/client/canned/admin_{operator,ticket_types}_session.json: who sees them, and what Tipos de
atendimento sends and shows. Adding and editing a ticket type and a cargo, read back from the server,
runs against a real server process in tests/e2e/test_admin_e2e.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .admin_support import admin_session, ticket_types_window
from .fake_api import FakeApi
from .gui_support import WAIT, logged_in
from .session_support import SERVER, empty_api  # noqa: F401  (the fixture api)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def operator_session(api: FakeApi, controller) -> None:
    admin_session(api, controller, "operator")


def test_operators_do_not_see_the_administration(qtbot, controller, api):
    operator_session(api, controller)
    window = logged_in(qtbot, controller, SERVER, "operador")
    assert api.sent("POST", "/auth/login")[0]["json"] == {"username": "operador", "password": "demo123"}
    assert window.api.user["role"] == "operator"
    assert not window.ui.actionTicketTypes.isVisible()
    assert window.ui.actionNewTicket.isEnabled()  # the wizard is registered for everyone who may use it


def test_supervisor_adds_a_ticket_type_and_sees_the_servers_refusal(qtbot, controller, api):
    recorded = admin_session(api, controller, "ticket_types")
    window, types = ticket_types_window(qtbot, controller, SERVER)
    assert [r["params"] for r in api.sent("GET", "/ticket-types")][-1] == {"include_inactive": "true"}

    # Novo… : name, default destination = a user, SLA, linking; Enter saves
    users = next(e["body"]["items"] for e in recorded if e["path"] == "/users")
    tecnico = next(u for u in users if u["username"] == "tecnico")
    types.ui.addButton.click()
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.keyClicks(dialog.ui.nameEdit, "Troca de equipamento")
    dialog.ui.userRadio.setChecked(True)
    dialog.ui.destinationCombo.setCurrentIndex(dialog.ui.destinationCombo.findData(tecnico["id"]))
    dialog.ui.slaSpin.setValue(36)
    dialog.ui.linkingCheck.setChecked(True)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)          # Salvar is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert [r["json"] for r in api.sent("POST", "/ticket-types")] == [{
        "name": "Troca de equipamento", "description": None, "default_user_id": tecnico["id"],
        "default_cargo_id": None, "sla_hours": 36, "allows_linking": True, "active": True}]
    assert "salvo" in types.ui.statusLabel.text()
    table = types.ui.typesTable
    assert "Troca de equipamento" in [table.item(r, 0).text() for r in range(table.rowCount())]

    # a duplicate name is refused with the server's words
    types.ui.addButton.click()
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.ui.nameEdit.setText("Sem conexão")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=WAIT)
    refused = next(e for e in recorded if e["status"] == 409)
    assert dialog.ui.errorLabel.text() == refused["body"]["detail"] and "Já existe" in dialog.ui.errorLabel.text()
    assert api.sent("POST", "/ticket-types")[-1]["json"]["name"] == "Sem conexão"
    assert dialog.isVisible()                                      # the dialog stays for a correction
    dialog.reject()
    types.close()
    window.close()
    QApplication.processEvents()
    assert len(api.sent("POST", "/ticket-types")) == 2
