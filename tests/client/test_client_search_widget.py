"""Localizar Cliente widget on FakeApi (tests/client/fake_api.py) with the live demo server's real answers
(tests/client/canned/client_search.json): what the widget shows and does with them, and what it asks.
What the server itself decides (a CPF found in "Todos os campos") is in tests/e2e/test_client_search_e2e.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ..harness import free_port
from . import canned
from .fake_api import FakeApi
from .gui_support import TickGaps, shown_search_widget
from .live_support import DEMO_USERS, WAIT_MS

pytestmark = pytest.mark.gui

SEARCH = "client_search.json"
CPF_CLIENT = canned.load(SEARCH)["cpf_client"]  # a demo PF client, as find_client found it on the server


@pytest.fixture
def pt_br(qapp):
    """The app's pt_BR locale and style, as signed in."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)


@pytest.fixture
def search_answers():
    return canned.by_params(SEARCH)


@pytest.fixture
def api(pt_br, search_answers):
    role, name = DEMO_USERS["operador"]
    fake = FakeApi(user={"username": "operador", "role": role, "name": name})
    fake.answer("GET", "/clients/search", search_answers)
    yield fake
    fake.close()
    assert search_answers.missed == [] and fake.unanswered == []  # every request had the server's answer


@pytest.fixture
def widget(qtbot, api):
    w = shown_search_widget(qtbot, api)
    w.activateWindow()
    w.focus_search()
    return w


def searches(api) -> list[dict]:
    """The query parameters of every search the widget sent, in order."""
    return [r["params"] for r in api.sent("GET", "/clients/search")]


def search(q: str, field: str = "any", condition: str = "contains", limit: int = 50) -> dict:
    return {"q": q, "field": field, "condition": condition, "limit": limit}


def type_and_wait(qtbot, w, text: str):
    with qtbot.waitSignal(w.results_shown, timeout=WAIT_MS, raising=False) as blocker:
        qtbot.keyClicks(w.ui.searchEdit, text)
    assert blocker.signal_triggered, f"no results; message: {w.ui.messageLabel.text()!r}"
    return w.results


# --- tests -------------------------------------------------------------------------------------------


def test_defaults_offer_every_field_condition_and_quantity(widget):
    combo = widget.ui.fieldCombo
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert len(keys) == 37 and keys[0] == "any" and combo.currentText() == "Todos os campos"
    assert "protocol" in keys and "deleted_ip_mac" in keys and "serial" in keys
    assert [widget.ui.conditionCombo.itemText(i) for i in range(3)] == ["Contém", "Igual", "Começa com"]
    assert widget.ui.conditionCombo.currentData() == "contains"
    spin = widget.ui.limitSpin
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 500, 50)
    # mnemonics on the labels, with buddies
    assert (
        widget.ui.searchLabel.text() == "&Procurar:" and widget.ui.searchLabel.buddy() is widget.ui.searchEdit
    )
    assert widget.ui.fieldLabel.buddy() is combo
    assert widget.ui.conditionLabel.buddy() is widget.ui.conditionCombo
    assert widget.ui.limitLabel.buddy() is spin
    assert not widget.ui.busyBar.isVisible() and widget.selected is None


def test_typing_searches_after_a_pause_and_shows_results_with_a_count(qtbot, widget, api):
    rows = type_and_wait(qtbot, widget, "silva")
    assert rows, "the demo has clients called Silva"
    assert searches(api) == [search("silva")]
    assert all(
        "silva" in (r["name"] + " " + (r.get("trade_name") or "")).lower() or r["matched_field"] != "name"
        for r in rows
    )
    model = widget.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Código", "Nome", "Nome Fantasia", "CPF/CNPJ", "Cidade", "Status", "Campo encontrado"]
    count = widget.ui.countLabel.text()
    assert count.startswith(f"{len(rows)} clientes")
    assert widget.truncated == ("há mais" in count)
    # the first row is selected and reported
    assert widget.selected["id"] == rows[0]["id"]
    assert not widget.ui.busyBar.isVisible() and not widget.ui.messageLabel.isVisible()


def test_results_show_masked_documents_and_status_words_with_colour(qtbot, widget):
    from desk_client.style import OK_GREEN

    type_and_wait(qtbot, widget, "silva")
    model = widget.model
    for row, record in enumerate(model.rows):
        document = model.index(row, 3).data()
        if len(record.get("document") or "") == 11:
            assert len(document) == 14 and document[3] == "." and document[11] == "-"
        status = model.index(row, 5)
        if record["status"] == "ativo":
            assert status.data() == "Ativo"
            assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == OK_GREEN
            assert status.data(Qt.ItemDataRole.DecorationRole) is not None


def test_sorting_by_a_column_keeps_the_selection(qtbot, widget):
    type_and_wait(qtbot, widget, "silva")
    chosen = widget.model.rows[3]["id"]
    widget.ui.resultsTable.selectRow(3)
    widget.ui.resultsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    codes = [r["code"] for r in widget.model.rows]
    assert codes == sorted(codes, key=lambda c: (len(c), c), reverse=True)
    assert widget.selected["id"] == chosen


@pytest.mark.parametrize("punctuated", [True, False])
def test_search_by_cpf_with_and_without_punctuation(qtbot, widget, api, punctuated):
    from desk_client.ui.formats import format_cpf

    client = CPF_CLIENT
    digits = client["document"]
    widget.set_field("cpf")
    widget.set_condition("equals")
    with qtbot.waitSignal(widget.results_shown, timeout=WAIT_MS):
        # typed digit by digit: the box puts the dots and the dash in by itself
        qtbot.keyClicks(widget.ui.searchEdit, format_cpf(digits) if punctuated else digits)
    assert widget.ui.searchEdit.text() == format_cpf(digits)
    assert [r["id"] for r in widget.results] == [client["id"]]
    assert widget.model.index(0, 3).data() == format_cpf(digits)
    assert widget.model.index(0, 6).data() == f"CPF: {format_cpf(digits)}"
    # one search, for what the box shows: the server matches the CPF with its punctuation
    assert searches(api) == [search(format_cpf(digits), "cpf", "equals")]


# The server detects a CPF typed in "Todos os campos": test_any_field_detects_a_cpf_typed_without_punctuation
# in tests/e2e/test_client_search_e2e.py. Here, what the widget asks and shows of that answer:


def test_any_field_sends_the_digits_as_typed_and_shows_the_cpf_match(qtbot, widget, api):
    from desk_client.ui.formats import format_cpf

    digits = CPF_CLIENT["document"]
    rows = type_and_wait(qtbot, widget, digits)
    assert searches(api) == [search(digits)]
    assert widget.ui.searchEdit.text() == digits  # "Todos os campos" puts no punctuation in
    assert [r["id"] for r in rows] == [CPF_CLIENT["id"]]
    assert widget.model.index(0, 3).data() == format_cpf(digits)
    assert widget.model.index(0, 6).data() == f"CPF: {format_cpf(digits)}"


def _typed_in(qtbot, widget, field: str, typed: str) -> tuple[str, str]:
    """Choose `field` and type `typed` key by key: (the box's placeholder, what the box shows)."""
    widget.set_field(field)
    qtbot.keyClicks(widget.ui.searchEdit, typed)
    return widget.ui.searchEdit.placeholderText(), widget.ui.searchEdit.text()


def test_field_choice_changes_placeholder_hint_and_what_can_be_typed(qtbot, widget):
    edit = widget.ui.searchEdit
    widget.set_field("cpf")
    assert edit.placeholderText() == "000.000.000-00"
    assert "Pontuação opcional" in widget.ui.hintLabel.text()
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == ""  # letters do not fit a CPF
    widget.clear()

    assert _typed_in(qtbot, widget, "cnpj", "11222333000181") == ("00.000.000/0000-00", "11.222.333/0001-81")
    widget.clear()

    # seed 002: the separators appear by themselves
    assert _typed_in(qtbot, widget, "mac", "aabbccddeeff") == ("AA-BB-CC-DD-EE-FF", "AA-BB-CC-DD-EE-FF")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "AA-BB-CC-DD-EE-F"
    widget.clear()

    assert _typed_in(qtbot, widget, "protocol", "202611220001237") == ("00000000-000000-0", "20261122-000123-7")
    widget.clear()

    assert _typed_in(qtbot, widget, "start_date", "22/11/2026x") == ("dd/mm/aaaa", "22/11/2026")
    widget.clear()

    widget.set_field("phone")
    assert edit.placeholderText() == "(11) 98765-4321"
    widget.set_field("ip")
    assert edit.placeholderText() == "100.64.0.1"

    widget.set_field("name")
    qtbot.keyClicks(edit, "Joao 100% _x")  # free text: anything goes (% and _ are literal on the server)
    assert edit.text() == "Joao 100% _x"
    # switching to a numeric field keeps only what fits it
    widget.set_field("cpf")
    assert edit.text() == "100"


def test_choose_with_the_keyboard_only(qtbot, widget):
    rows = type_and_wait(qtbot, widget, "silva")
    assert len(rows) > 3
    qtbot.keyClick(widget.ui.searchEdit, Qt.Key.Key_Down)  # into the results, on the first row
    table = widget.ui.resultsTable
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    assert table.currentIndex().row() == 0
    with qtbot.waitSignal(widget.selection_changed, timeout=WAIT_MS) as moved:
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert moved.args[0]["id"] == rows[1]["id"]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert widget.selected["id"] == rows[2]["id"]
    with qtbot.waitSignal(widget.client_chosen, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert chosen.args[0]["id"] == rows[2]["id"] and chosen.args[0]["code"] == rows[2]["code"]


def test_find_a_client_by_cpf_and_take_it_with_enter(qtbot, widget):
    client = CPF_CLIENT
    type_and_wait(qtbot, widget, client["document"])
    qtbot.keyClick(widget.ui.searchEdit, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.client_chosen, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(widget.ui.resultsTable, Qt.Key.Key_Enter)
    assert chosen.args[0]["id"] == client["id"]


def test_up_on_the_first_row_returns_to_the_box_and_typing_goes_on_there(qtbot, widget, api):
    type_and_wait(qtbot, widget, "silv")
    table = widget.ui.resultsTable
    qtbot.keyClick(widget.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.waitUntil(widget.ui.searchEdit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(widget.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(widget.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(table, "a")
    assert widget.ui.searchEdit.text() == "silva"
    assert searches(api) == [search("silv"), search("silva")]


def test_enter_searches_at_once_and_then_chooses(qtbot, widget, api):
    edit = widget.ui.searchEdit
    edit.setText("souza")  # as if pasted: no debounce pending
    with qtbot.waitSignal(widget.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    first = widget.results[0]
    with qtbot.waitSignal(widget.client_chosen, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # the results are for this text: Enter takes the selected row
    assert chosen.args[0]["id"] == first["id"]
    assert searches(api) == [search("souza")]  # the second Enter chose; it did not search again


def test_escape_clears_the_box_and_the_results(qtbot, widget):
    type_and_wait(qtbot, widget, "silva")
    with qtbot.waitSignal(widget.selection_changed, timeout=WAIT_MS) as changed:
        qtbot.keyClick(widget.ui.searchEdit, Qt.Key.Key_Escape)
    assert changed.args == [None]
    assert widget.ui.searchEdit.text() == "" and widget.model.rowCount() == 0
    assert widget.ui.countLabel.text() == "" and widget.selected is None


def test_double_click_chooses(qtbot, widget):
    rows = type_and_wait(qtbot, widget, "silva")
    table = widget.ui.resultsTable
    rect = table.visualRect(widget.model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.selected["id"] == rows[1]["id"]
    with qtbot.waitSignal(widget.client_chosen, timeout=WAIT_MS) as chosen:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args[0]["id"] == rows[1]["id"]


# A newer search wins over a late answer to an older one: test_widgets_fake_api.py (a server cannot
# be made to answer out of order on demand).


def test_typing_fast_sends_one_search_for_the_final_text(qtbot, widget, api):
    type_and_wait(qtbot, widget, "pereira")  # keyClicks types faster than the 300 ms pause
    sent = [r["params"]["q"] for r in api.requests]  # every request the widget sent, of any kind
    assert sent == ["pereira"]


def test_one_letter_shows_the_server_message_inline(qtbot, widget, api):
    widget.set_field("name")
    with qtbot.waitSignal(widget.search_failed, timeout=WAIT_MS) as failed:
        qtbot.keyClicks(widget.ui.searchEdit, "a")
    assert "Digite pelo menos 2 caracteres" in failed.args[0]
    assert widget.ui.messageLabel.isVisible()
    assert "Digite pelo menos 2 caracteres" in widget.ui.messageLabel.text()
    assert widget.model.rowCount() == 0
    # typing on makes the message go away with the results
    with qtbot.waitSignal(widget.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(widget.ui.searchEdit, "na")
    assert not widget.ui.messageLabel.isVisible() and widget.model.rowCount() > 0
    assert searches(api) == [search("a", "name"), search("ana", "name")]  # the server's 422 answered the first


def test_nothing_found_says_so(qtbot, widget, api):
    widget.set_field("name")
    rows = type_and_wait(qtbot, widget, "zzxqwy")
    assert rows == []
    assert widget.ui.countLabel.text() == "nenhum cliente encontrado"
    assert "Nenhum cliente encontrado" in widget.ui.messageLabel.text()
    assert searches(api) == [search("zzxqwy", "name")]


def test_quantity_limits_the_results(qtbot, widget, api):
    widget.ui.limitSpin.setValue(3)
    rows = type_and_wait(qtbot, widget, "silva")
    assert len(rows) == 3 and widget.truncated
    assert "refine a pesquisa" in widget.ui.countLabel.text()
    assert searches(api) == [search("silva", limit=3)]  # the server is asked for only that many


def test_server_down_is_reported_inline_without_freezing(qtbot, pt_br):
    from desk_client.api import ApiClient
    from desk_client.clients.search_widget import ClientSearchWidget

    dead = ApiClient(f"http://127.0.0.1:{free_port()}", timeout=3)
    dead.token = "x"
    w = ClientSearchWidget(dead)
    qtbot.addWidget(w)
    w.show()
    # a 10 ms timer proves the event loop keeps running while the search waits
    with TickGaps() as ticks, qtbot.waitSignal(w.search_failed, timeout=WAIT_MS) as failed:
        qtbot.keyClicks(w.ui.searchEdit, "silva")
    gaps = ticks.gaps
    assert failed.args[0].startswith("Servidor indisponível")
    assert "Servidor indisponível" in w.ui.messageLabel.text() and w.ui.messageLabel.isVisible()
    assert not w.busy and not w.ui.busyBar.isVisible() and w.model.rowCount() == 0
    assert len(gaps) > 5 and max(gaps[1:] or [0]) < 500, gaps
    dead.close()
