"""Client window and Novo Contato dialog on canned JSON (tests/client/fake_api.py): the real
ApiClient answered with what the live demo server answered to the same requests, captured once into
tests/client/canned/detail_*.json ({"requests": [{method, path, params, json, status, body}, ...]},
in the order the window sent them). Saving a contact, editing and deleting it, each read back from
the server, runs against a real server process in tests/e2e/test_client_detail_e2e.py."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desk_client.ui.formats import iso_date

from .client_window_support import client_window
from .fake_api import FakeApi
from .live_support import DEMO_USERS, WAIT_MS

pytestmark = pytest.mark.gui

CANNED = Path(__file__).resolve().parent / "canned"


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


# -- the canned answers ------------------------------------------------------------------------------
def canned(name: str) -> list[dict]:
    """The requests recorded in canned/detail_<name>.json, each with the server's answer."""
    return json.loads((CANNED / f"detail_{name}.json").read_text(encoding="utf-8"))["requests"]


def recorded(name: str, method: str, path: str, **params) -> dict:
    """The server's answer (body) to one recorded request."""
    for entry in canned(name):
        if (entry["method"], entry["path"]) == (method, path) and (entry["params"] or {}) == params:
            return entry["body"]
    raise AssertionError(f"{name}: no recorded {method} {path} {params}")


def default_period() -> dict:
    """The Financeiro period the window asks for when it opens (12 months back, 2 ahead of today)."""
    today = QDate.currentDate()
    return {"from": iso_date(today.addMonths(-12)), "to": iso_date(today.addMonths(2))}


def same_period(path: str, params: dict) -> dict:
    """The opening period of Financeiro is counted from today: today's stands for the capture day's."""
    if path.endswith("/invoices") and params == default_period():
        return CAPTURED_PERIOD
    return params


CAPTURED_PERIOD = {"from": "2025-12-07", "to": "2027-02-07"}  # the default period on the capture day


def replay(api: FakeApi, name: str) -> None:
    """Answer every request recorded in canned/detail_<name>.json with the server's answer."""
    api.replay(canned(name), same=same_period)


@pytest.fixture
def api(qapp):
    """A FakeApi signed in as the demo operator, in the app's pt_BR locale and style."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS["operador"]
    fake = FakeApi({"id": 1, "username": "operador", "role": role, "name": name})
    yield fake
    assert fake.unanswered == []  # every request the widgets sent had its recorded answer
    fake.close()


@pytest.fixture
def open_window(qtbot, api):
    from desk_client.clients.client_detail_window import ClientDetailWindow

    def make(name: str) -> ClientDetailWindow:
        replay(api, name)
        client_id = canned(name)[0]["body"]["id"]
        window = client_window(qtbot, api, client_id, with_tickets=True, size=(1100, 700))
        assert [r["path"] for r in api.requests[:3]] == [
            f"/clients/{client_id}", f"/clients/{client_id}/invoices", "/tickets"]
        return window

    return make


def client_of(name: str) -> dict:
    """The client record (GET /clients/{id}) of a canned window."""
    return canned(name)[0]["body"]


def test_header_and_cadastro_come_from_the_server(open_window):
    client = client_of("client_1")
    assert client["person_type"] == "PF" and client.get("document") and client["address"].get("street")
    w = open_window("client_1")
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


def test_suspended_client_with_overdue_invoices_shows_a_red_banner(open_window):
    from desk_client.style import BAD_RED

    client = client_of("client_8")
    assert client["status"] == "suspenso" and client["overdue_invoices"] > 0
    w = open_window("client_8")
    banner = w.ui.bannerLabel
    assert banner.isVisible()
    assert "CLIENTE SUSPENSO" in banner.text()
    assert "vencida" in banner.text() and money(client["pending_invoices_total"]) in banner.text()
    assert BAD_RED in banner.styleSheet()
    assert "SUSPENSO" in w.ui.statusLabel.text()


def test_active_client_without_debts_has_no_banner(open_window):
    client = client_of("client_3")
    assert client["status"] == "ativo" and client["overdue_invoices"] == 0
    w = open_window("client_3")
    assert not w.ui.bannerLabel.isVisible()


def test_planos_lists_subscriptions_connection_and_contracts(open_window, api):
    client = client_of("client_1")
    assert len(client["subscriptions"]) >= 1 and any(s["contracts"] for s in client["subscriptions"])
    w = open_window("client_1")
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
    # the live panel asks the router about the selected plan
    assert api.sent("GET", f"/subscriptions/{first['id']}/connection")
    if len(subs) > 1:
        w.ui.subscriptionsTable.selectRow(1)
        assert ui.connLoginEdit.text() == (subs[1]["login"] or "")


def test_financeiro_shows_invoices_totals_and_overdue_in_red(open_window, api):
    from desk_client.style import BAD_RED

    client = client_of("client_1")
    assert client["overdue_invoices"] > 0
    w = open_window("client_1")
    start, end = (
        w.ui.fromDate.date().toString(Qt.DateFormat.ISODate),
        w.ui.toDate.date().toString(Qt.DateFormat.ISODate),
    )
    assert api.sent("GET", f"/clients/{client['id']}/invoices")[0]["params"] == {"from": start, "to": end}
    expected = canned("client_1")[1]["body"]  # the server's answer to the opening period
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


def test_financeiro_period_filter_requeries_the_server(open_window, api, qtbot):
    client = client_of("client_1")
    w = open_window("client_1")
    w.ui.tabWidget.setCurrentIndex(2)
    all_items = w.invoice_model.rows
    due = all_items[0]["due_date"]
    day = QDate.fromString(due, Qt.DateFormat.ISODate)
    w.ui.fromDate.setDate(day)
    w.ui.toDate.setDate(day)
    with qtbot.waitSignal(w.invoices_loaded, timeout=WAIT_MS) as loaded:
        qtbot.mouseClick(w.ui.filterButton, Qt.MouseButton.LeftButton)
        assert w.ui.invoicesBusy.isVisible() and not w.ui.filterButton.isEnabled()
    path = f"/clients/{client['id']}/invoices"
    assert api.sent("GET", path)[-1]["params"] == {"from": due, "to": due}  # the period asked of the server
    expected = recorded("client_1", "GET", path, **{"from": due, "to": due})
    assert loaded.args[0]["count"] == len(expected["items"]) == w.invoice_model.rowCount() >= 1
    assert all(r["due_date"] == due for r in w.invoice_model.rows)
    assert w.ui.totalLabel.text() == f"Total: {money(expected['totals']['total'])}"
    assert w.ui.filterButton.isEnabled()

    # De after Até: the server's message, inline
    w.ui.fromDate.setDate(day.addDays(10))
    qtbot.mouseClick(w.ui.filterButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ui.invoicesMessageLabel.isVisible(), timeout=WAIT_MS)
    assert api.sent("GET", path)[-1]["params"] == {"from": iso_date(day.addDays(10)), "to": due}
    assert "Período inválido" in w.ui.invoicesMessageLabel.text()


def test_atendimentos_lists_the_clients_tickets(open_window, api):
    client_id = client_of("client_8")["id"]
    mine = recorded("client_8", "GET", "/tickets", client_id=client_id, order="-opened_at", limit=50, offset=0)
    w = open_window("client_8")
    assert api.sent("GET", "/tickets")[0]["params"] == {"client_id": client_id, "order": "-opened_at",
                                                         "limit": 50, "offset": 0}
    model = w.tickets.model  # the shared list (tickets/ticket_list.py) with the client as base filter
    assert model.rowCount() == len(mine["items"]) and w.tickets.total == mine["total"]
    protocols = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {t["protocol_formatted"] for t in mine["items"]} == protocols
    assert w.tickets.ui.countLabel.text().endswith(f"de {mine['total']} atendimento{'s' * (mine['total'] != 1)}")
    assert w.tickets.ui.ticketsTable.isColumnHidden(2)  # Cliente: the same on every row
    open_count = recorded("client_8", "GET", "/tickets", client_id=client_id, status="open,forwarded",
                          limit=1)["total"]
    assert w.ui.openTicketsEdit.text() == str(open_count)


def test_contact_dialog_validates_and_shows_server_errors_inline(qtbot, api):
    from desk_client.clients.contact_dialog import ContactDialog

    replay(api, "contact_refused")
    client_id = json.loads((CANNED / "detail_contact_refused.json").read_text(encoding="utf-8"))["client"]["id"]
    dialog = ContactDialog(api, client_id, None)
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
    assert api.sent("POST", f"/clients/{client_id}/contacts") == []  # refused here, before the server
    dialog.ui.emailEdit.clear()
    # a phone the server refuses (12 digits): its 422 message shows up inline
    qtbot.keyClicks(dialog.ui.phoneEdit, "119876543210")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.ui.busyBar.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    [sent] = api.sent("POST", f"/clients/{client_id}/contacts")
    assert sent["json"] == {"name": "Fulano", "phone": "119876543210", "extra_fields": []}
    assert "Telefone inválido" in dialog.ui.messageLabel.text()
    assert dialog.isVisible() and dialog.ui.saveButton.isEnabled()


def test_contact_dialog_novo_clears_the_form(qtbot, api):
    from desk_client.clients.contact_dialog import ContactDialog

    replay(api, "contact_edit")
    client = json.loads((CANNED / "detail_contact_edit.json").read_text(encoding="utf-8"))["client"]
    contact = client["contacts"][0]
    dialog = ContactDialog(api, client["id"], contact)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.fields_loaded, timeout=WAIT_MS):
        dialog.show()
    assert dialog.ui.nameEdit.text() == contact["name"] and dialog.editing
    qtbot.mouseClick(dialog.ui.newButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.nameEdit.text() == "" and not dialog.editing
    assert dialog.windowTitle() == "Novo Contato" and not dialog.ui.deleteButton.isEnabled()
    assert all(v == "" for v in dialog.extra_values().values())


def test_unknown_client_says_not_found(qtbot, api):
    from desk_client.clients.client_detail_window import ClientDetailWindow

    replay(api, "unknown")
    w = ClientDetailWindow(api, 99_999_999)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.load_failed, timeout=WAIT_MS) as failed:
        w.show()
    assert "Cliente não encontrado" in failed.args[0]
    assert w.ui.loadMessageLabel.isVisible() and "Cliente não encontrado" in w.ui.loadMessageLabel.text()


def session(api: FakeApi, controller, name: str) -> list[dict]:
    """The login dialog and the main window on `api`, answered with a recorded session (login included)."""
    recorded_session = canned(name)
    api.replay(recorded_session, same=same_period)
    controller.make_api = lambda _url: api
    return recorded_session


def test_f3_opens_localizar_cliente_and_enter_opens_the_client(qtbot, controller, api):
    from .gui_support import do_login

    session(api, controller, "f3_session")
    login = (
        controller.show_login()
    )  # not qtbot.addWidget: it is deleted once logged in (controller cleans up)
    do_login(qtbot, login, "http://127.0.0.1:8470", "operador", "demo123")
    del login
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT_MS)
    assert api.sent("POST", "/auth/login")[0]["json"] == {"username": "operador", "password": "demo123"}
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
    assert [r["params"]["q"] for r in api.sent("GET", "/clients/search")] == ["silva"]
    assert find.ui.openButton.isEnabled()
    first = search.results[0]
    qtbot.keyClick(search.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(search.ui.resultsTable, Qt.Key.Key_Return)
    detail = main.client_windows.detail_windows[first["id"]]
    with qtbot.waitSignal(detail.loaded, timeout=WAIT_MS):
        pass
    assert detail.isVisible() and detail.ui.nameLabel.text() == first["name"]
    assert len(api.sent("GET", f"/clients/{first['id']}")) == 1
    # F3 again brings the same search window back; Abrir on the same client raises the same window
    action.trigger()
    assert main.client_windows.find_window is find
    qtbot.mouseClick(find.ui.openButton, Qt.MouseButton.LeftButton)
    assert main.client_windows.detail_windows[first["id"]] is detail
    assert len(api.sent("GET", f"/clients/{first['id']}")) == 1  # raised, not opened (nor loaded) again
    # closing a client window forgets it
    detail.close()
    qtbot.waitUntil(lambda: first["id"] not in main.client_windows.detail_windows, timeout=WAIT_MS)
