"""The client window against a real server process: a contact saved, edited and deleted is read
back from the server each time. The window's rendering of the server's answers, and its keyboard,
are tested on canned JSON in tests/client/test_client_detail.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ..client.live_support import WAIT_MS, find_client
from .live_api_fixtures import logged_api, operator_token, server_get  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


@pytest.fixture
def open_window(qtbot, logged_api):  # noqa: F811
    from ..client.client_window_support import client_window

    def make(client_id: int):
        return client_window(qtbot, logged_api, client_id, with_tickets=True, size=(1100, 700))

    return make


def _contacts_on_server(get, client_id):
    return get(f"/clients/{client_id}/contacts")["items"]


def test_contacts_add_edit_delete_round_trip_with_an_extra_field(open_window, server_get, qtbot, monkeypatch):  # noqa: F811
    fields = {f["name"]: f for f in server_get("/contact-fields")["items"]}
    choice = next(f for f in fields.values() if f["kind"] == "choice")
    date_field = next(f for f in fields.values() if f["kind"] == "date")
    client = find_client(server_get, lambda c: c["status"] == "ativo", first=50)
    w = open_window(client["id"])
    before = w.contact_model.rowCount()
    assert before == len(client["contacts"])

    # Adicionar → Novo Contato
    w.ui.tabWidget.setCurrentIndex(3)
    with qtbot.waitSignal(w.ui.addContactButton.clicked, timeout=WAIT_MS):
        qtbot.mouseClick(w.ui.addContactButton, Qt.MouseButton.LeftButton)
    dialog = w._contact_dialog
    qtbot.waitUntil(lambda: len(dialog.extra_editors) == len(fields), timeout=WAIT_MS)
    assert dialog.windowTitle() == "Novo Contato" and not dialog.ui.deleteButton.isEnabled()
    assert [dialog.ui.tabWidget.tabText(i) for i in range(2)] == ["Dados do &Contato", "Campos E&xtras"]
    qtbot.keyClicks(dialog.ui.nameEdit, "Contato de Teste GUI")
    qtbot.keyClicks(dialog.ui.roleEdit, "Financeiro")
    qtbot.keyClicks(dialog.ui.mobileEdit, "(19) 98888-7777")
    qtbot.keyClicks(dialog.ui.emailEdit, "teste.gui@example.com")
    dialog.set_extra_value(choice["id"], choice["options"][1])
    dialog.set_extra_value(date_field["id"], "02/01/1990")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    created = saved.args[0]
    assert created["name"] == "Contato de Teste GUI" and created["mobile"] == "19988887777"
    values = {v["field_id"]: v["value"] for v in created["extra_fields"]}
    assert values == {choice["id"]: choice["options"][1], date_field["id"]: "1990-01-02"}
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)  # Salvar closes
    assert w.contact_model.rowCount() == before + 1
    row = w.contact_model.row_of(lambda r: r["id"] == created["id"])
    assert w.contact_model.index(row, 3).data() == "(19) 98888-7777"
    assert f"{date_field['name']}: 02/01/1990" in w.contact_model.index(row, 5).data()
    on_server = {c["id"]: c for c in _contacts_on_server(server_get, client["id"])}
    assert on_server[created["id"]]["email"] == "teste.gui@example.com"

    # Editar: the dialog comes filled in; change the role and clear the date
    assert w.selected_contact()["id"] == created["id"]
    dialog = w.edit_contact()
    qtbot.waitUntil(lambda: len(dialog.extra_editors) == len(fields), timeout=WAIT_MS)
    assert dialog.windowTitle() == "Editar Contato — Contato de Teste GUI"
    assert dialog.ui.mobileEdit.text() == "(19) 98888-7777" and dialog.ui.deleteButton.isEnabled()
    assert dialog.extra_values()[date_field["id"]] == "02/01/1990"
    assert dialog.extra_values()[choice["id"]] == choice["options"][1]
    dialog.ui.roleEdit.clear()
    qtbot.keyClicks(dialog.ui.roleEdit, "Sindico")
    dialog.set_extra_value(date_field["id"], "")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(dialog.ui.roleEdit, Qt.Key.Key_Return)  # Salvar is the default button
    edited = saved.args[0]
    assert edited["role"] == "Sindico"
    assert {v["field_id"] for v in edited["extra_fields"]} == {choice["id"]}
    on_server = {c["id"]: c for c in _contacts_on_server(server_get, client["id"])}
    assert on_server[created["id"]]["role"] == "Sindico"
    assert w.contact_model.rowCount() == before + 1

    # Apagar (from the list, after confirming)
    monkeypatch.setattr(w, "confirm", lambda question: "Contato de Teste GUI" in question)
    w.ui.contactsTable.selectRow(w.contact_model.row_of(lambda r: r["id"] == created["id"]))
    qtbot.mouseClick(w.ui.deleteContactButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.contact_model.rowCount() == before, timeout=WAIT_MS)
    assert created["id"] not in {c["id"] for c in _contacts_on_server(server_get, client["id"])}
