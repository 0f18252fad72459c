"""Client window and Novo Contato dialog against a real server process (the session's `live_server`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from .live_support import WAIT_MS, find_client

pytestmark = pytest.mark.gui


def money(value) -> str:
    """R$ 1.234,56 written independently of the client code."""
    amount = Decimal(str(value)).quantize(Decimal("0.01"))
    whole, cents = f"{amount:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"R$ {'.'.join(groups)},{cents}"


def br(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


@pytest.fixture
def open_window(qtbot, logged_api):
    from desk_client.clients.client_detail_window import ClientDetailWindow

    def make(client_id: int) -> ClientDetailWindow:
        window = ClientDetailWindow(logged_api, client_id)
        qtbot.addWidget(window)
        with qtbot.waitSignals(
            [window.loaded, window.invoices_loaded, window.tickets_loaded], timeout=WAIT_MS
        ):
            window.resize(1100, 700)
            window.show()
        return window

    return make


def test_header_and_cadastro_come_from_the_server(open_window, server_get):
    client = find_client(
        server_get, lambda c: c["person_type"] == "PF" and c.get("document") and c["address"].get("street")
    )
    w = open_window(client["id"])
    ui = w.ui
    assert ui.nameLabel.text() == client["name"]
    assert client["code"] in w.windowTitle() and client["name"] in w.windowTitle()
    assert f"Código {client['code']}" in ui.subtitleLabel.text()
    assert ui.codeEdit.text() == client["code"]
    assert ui.nameEdit.text() == client["name"]
    assert ui.personTypeEdit.text() == "Pessoa física"
    d = client["document"]
    assert (
        ui.documentEdit.text() == f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" and ui.documentLabel.text() == "CPF:"
    )
    assert ui.startDateEdit.text() == br(client.get("start_date"))
    assert client["address"]["street"] in ui.addressEdit.text()
    assert client["address"]["city"] in ui.addressEdit.text()
    word = {"ativo": "Ativo", "suspenso": "Suspenso", "cancelado": "Cancelado"}[client["status"]]
    assert word in ui.registryStatusValue.text() and word.upper() in ui.statusLabel.text()
    assert ui.tabWidget.count() == 5
    assert [ui.tabWidget.tabText(i) for i in range(5)] == [
        "&Cadastro",
        "&Planos",
        "&Financeiro",
        "C&ontatos",
        "Aten&dimentos",
    ]
    assert ui.addressEdit.isReadOnly()


def test_suspended_client_with_overdue_invoices_shows_a_red_banner(open_window, server_get):
    from desk_client.style import BAD_RED

    client = find_client(
        server_get, lambda c: c["status"] == "suspenso" and c["overdue_invoices"] > 0, last=2001
    )
    w = open_window(client["id"])
    banner = w.ui.bannerLabel
    assert banner.isVisible()
    assert "CLIENTE SUSPENSO" in banner.text()
    assert "vencida" in banner.text() and money(client["pending_invoices_total"]) in banner.text()
    assert BAD_RED in banner.styleSheet()
    assert "SUSPENSO" in w.ui.statusLabel.text()


def test_active_client_without_debts_has_no_banner(open_window, server_get):
    client = find_client(server_get, lambda c: c["status"] == "ativo" and c["overdue_invoices"] == 0)
    w = open_window(client["id"])
    assert not w.ui.bannerLabel.isVisible()


def test_planos_lists_subscriptions_connection_and_contracts(open_window, server_get):
    client = find_client(
        server_get, lambda c: len(c["subscriptions"]) >= 1 and any(s["contracts"] for s in c["subscriptions"])
    )
    w = open_window(client["id"])
    subs = client["subscriptions"]
    assert w.subscriptions.rowCount() == len(subs)
    first = subs[0]
    ui = w.ui
    assert ui.connLoginEdit.text() == (first["login"] or "")
    assert ui.connIpEdit.text() == (first["ip"] or "")
    assert ui.connMacEdit.text() == (first["mac"] or "")
    assert ui.connMacOnuEdit.text() == (first["mac_onu"] or "")
    assert ui.connRoutingPointEdit.text() == (first["routing_point"] or "")
    assert ui.connNetworkEdit.text() == (first["network"] or "")
    assert w.contracts.rowCount() == len(first["contracts"])
    if first["contracts"]:
        assert w.contracts.index(0, 0).data() == first["contracts"][0]["number"]
    # the place the live MikroTik panel will go, with its placeholder
    host = w.mikrotik_host()
    assert host.objectName() == "mikrotikPanelHost"
    assert ui.mikrotikPlaceholderLabel.text() == (
        "Dados do Servidor Mikrotik: disponíveis quando o roteador estiver configurado"
    )
    if len(subs) > 1:
        w.ui.subscriptionsTable.selectRow(1)
        assert ui.connLoginEdit.text() == (subs[1]["login"] or "")


def test_financeiro_shows_invoices_totals_and_overdue_in_red(open_window, server_get, qtbot):
    from desk_client.style import BAD_RED

    client = find_client(server_get, lambda c: c["overdue_invoices"] > 0)
    w = open_window(client["id"])
    start, end = (
        w.ui.fromDate.date().toString(Qt.DateFormat.ISODate),
        w.ui.toDate.date().toString(Qt.DateFormat.ISODate),
    )
    expected = server_get(f"/clients/{client['id']}/invoices", **{"from": start, "to": end})
    model = w.invoice_model
    assert model.rowCount() == len(expected["items"]) > 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # seed 004's columns first (issue 13), then the status word and the numbers
    assert headers == ["Data Venc.", "Histórico", "V. Lançado", "Dt. Baixa", "Saldo", "Situação", "Boleto", "NF"]
    totals = expected["totals"]
    assert w.ui.totalLabel.text() == f"Total: {money(totals['total'])}"
    assert w.ui.paidLabel.text() == f"Pago: {money(totals['paid'])}"
    assert w.ui.openLabel.text() == f"Em aberto: {money(totals['open'])}"
    assert money(totals["overdue"]) in w.ui.overdueLabel.text()
    overdue_rows = [i for i, r in enumerate(model.rows) if r["status"] == "overdue"]
    assert overdue_rows
    row = overdue_rows[0]
    record = model.rows[row]
    assert model.index(row, 5).data() == "Vencida"
    assert model.index(row, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD_RED
    assert model.index(row, 0).data() == br(record["due_date"])
    assert model.index(row, 4).data() == money(record["balance"])
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD_RED


def test_financeiro_period_filter_requeries_the_server(open_window, server_get, qtbot):
    client = find_client(server_get, lambda c: c["overdue_invoices"] > 0)
    w = open_window(client["id"])
    w.ui.tabWidget.setCurrentIndex(2)
    all_items = w.invoice_model.rows
    due = all_items[0]["due_date"]
    day = QDate.fromString(due, Qt.DateFormat.ISODate)
    w.ui.fromDate.setDate(day)
    w.ui.toDate.setDate(day)
    with qtbot.waitSignal(w.invoices_loaded, timeout=WAIT_MS) as loaded:
        qtbot.mouseClick(w.ui.filterButton, Qt.MouseButton.LeftButton)
        assert w.ui.invoicesBusy.isVisible() and not w.ui.filterButton.isEnabled()
    expected = server_get(f"/clients/{client['id']}/invoices", **{"from": due, "to": due})
    assert loaded.args[0]["count"] == len(expected["items"]) == w.invoice_model.rowCount() >= 1
    assert all(r["due_date"] == due for r in w.invoice_model.rows)
    assert w.ui.totalLabel.text() == f"Total: {money(expected['totals']['total'])}"
    assert w.ui.filterButton.isEnabled()

    # De after Até: the server's message, inline
    w.ui.fromDate.setDate(day.addDays(10))
    qtbot.mouseClick(w.ui.filterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ui.invoicesMessageLabel.isVisible(), timeout=WAIT_MS)
    assert "Período inválido" in w.ui.invoicesMessageLabel.text()


def test_atendimentos_lists_the_clients_tickets(open_window, server_get):
    tickets = server_get("/tickets", limit=100)["items"]
    with_client = [t for t in tickets if t.get("client_id")]
    assert with_client, "the demo has tickets of clients"
    client_id = with_client[0]["client_id"]
    mine = server_get("/tickets", client_id=client_id, limit=50, order="-opened_at")
    w = open_window(client_id)
    model = w.tickets.model  # the shared list (tickets/ticket_list.py) with the client as base filter
    assert model.rowCount() == len(mine["items"]) and w.tickets.total == mine["total"]
    protocols = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {t["protocol_formatted"] for t in mine["items"]} == protocols
    assert w.tickets.ui.countLabel.text().endswith(f"de {mine['total']} atendimento{'s' * (mine['total'] != 1)}")
    assert w.tickets.ui.ticketsTable.isColumnHidden(2)  # Cliente: the same on every row
    open_count = server_get("/tickets", client_id=client_id, status="open,forwarded", limit=1)["total"]
    assert w.ui.openTicketsEdit.text() == str(open_count)


def _contacts_on_server(server_get, client_id):
    return server_get(f"/clients/{client_id}/contacts")["items"]


def test_contacts_add_edit_delete_round_trip_with_an_extra_field(open_window, server_get, qtbot, monkeypatch):
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


def test_contact_dialog_validates_and_shows_server_errors_inline(qtbot, logged_api, server_get):
    from desk_client.clients.contact_dialog import ContactDialog

    client = find_client(server_get, lambda c: True, first=60)
    dialog = ContactDialog(logged_api, client["id"], None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.fields_loaded, timeout=WAIT_MS):
        dialog.show()
    # nothing typed: the name is asked for, nothing is sent
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Informe o nome do contato" in dialog.ui.messageLabel.text() and not dialog.busy
    qtbot.keyClicks(dialog.ui.nameEdit, "Fulano")
    qtbot.keyClicks(dialog.ui.emailEdit, "fulano@")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "E-mail inválido" in dialog.ui.messageLabel.text() and not dialog.busy
    dialog.ui.emailEdit.clear()
    # a phone the server refuses (12 digits): its 422 message shows up inline
    qtbot.keyClicks(dialog.ui.phoneEdit, "119876543210")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.ui.busyBar.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "Telefone inválido" in dialog.ui.messageLabel.text()
    assert dialog.isVisible() and dialog.ui.saveButton.isEnabled()


def test_contact_dialog_novo_clears_the_form(qtbot, logged_api, server_get):
    from desk_client.clients.contact_dialog import ContactDialog

    client = find_client(server_get, lambda c: c["contacts"])
    contact = client["contacts"][0]
    dialog = ContactDialog(logged_api, client["id"], contact)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.fields_loaded, timeout=WAIT_MS):
        dialog.show()
    assert dialog.ui.nameEdit.text() == contact["name"] and dialog.editing
    qtbot.mouseClick(dialog.ui.newButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.nameEdit.text() == "" and not dialog.editing
    assert dialog.windowTitle() == "Novo Contato" and not dialog.ui.deleteButton.isEnabled()
    assert all(v == "" for v in dialog.extra_values().values())


def test_unknown_client_says_not_found(qtbot, logged_api):
    from desk_client.clients.client_detail_window import ClientDetailWindow

    w = ClientDetailWindow(logged_api, 99_999_999)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.load_failed, timeout=WAIT_MS) as failed:
        w.show()
    assert "Cliente não encontrado" in failed.args[0]
    assert w.ui.loadMessageLabel.isVisible() and "Cliente não encontrado" in w.ui.loadMessageLabel.text()


def test_f3_opens_localizar_cliente_and_enter_opens_the_client(qtbot, controller, live_server):
    from .gui_support import do_login

    login = (
        controller.show_login()
    )  # not qtbot.addWidget: it is deleted once logged in (controller cleans up)
    do_login(qtbot, login, live_server.url, "operador", "demo123")
    del login
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT_MS)
    main = controller.window
    qtbot.addWidget(main)
    action = main.ui.actionFindClient
    assert action.isEnabled() and action.shortcut().toString() == "F3"
    action.trigger()
    find = main.client_windows.find_window
    assert find is not None and find.isVisible()
    search = find.search
    assert not find.ui.openButton.isEnabled()
    with qtbot.waitSignal(search.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(search.ui.searchEdit, "silva")
    assert find.ui.openButton.isEnabled()
    first = search.results[0]
    qtbot.keyClick(search.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(search.ui.resultsTable, Qt.Key.Key_Return)
    detail = main.client_windows.detail_windows[first["id"]]
    with qtbot.waitSignal(detail.loaded, timeout=WAIT_MS):
        pass
    assert detail.isVisible() and detail.ui.nameLabel.text() == first["name"]
    # F3 again brings the same search window back; Abrir on the same client raises the same window
    action.trigger()
    assert main.client_windows.find_window is find
    qtbot.mouseClick(find.ui.openButton, Qt.MouseButton.LeftButton)
    assert main.client_windows.detail_windows[first["id"]] is detail
    # closing a client window forgets it
    detail.close()
    qtbot.waitUntil(lambda: first["id"] not in main.client_windows.detail_windows, timeout=WAIT_MS)
