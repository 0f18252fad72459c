"""Issue 13 in the client window on FakeApi (tests/client/fake_api.py) with the live demo server's real
answers for demo client 1 (tests/client/canned/client_1_detail_*.json): Financeiro's seed columns and the
invoice details, and what an operator is not offered. What is saved and read back (the contract panel's
audited reveal, Adicionar plano, the client create/edit dialog) is in tests/e2e/test_client_record_e2e.py.
Screenshots go to ISP_DESK_SCREENSHOTS_DIR when set."""
from __future__ import annotations

import pytest

from . import canned
from .client_window_support import client_window, shot
from .fake_api import FakeApi
from .live_support import DEMO_USERS

pytestmark = pytest.mark.gui
CLIENT_ID = 1  # the first demo client with an overdue invoice and a plan (find_client on the live server)
OPENED = {("GET", f"/clients/{CLIENT_ID}"), ("GET", f"/clients/{CLIENT_ID}/invoices")}


def _api(qapp, username: str) -> FakeApi:
    """FakeApi signed in as the demo `username` (pt_BR locale and style, like the app), answering every
    request the window sends for client 1 as the server answered that user."""
    from desk_client import i18n, style

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS[username]
    api = FakeApi(user={"username": username, "role": role, "name": name})
    canned.answer_routes(api, f"client_{CLIENT_ID}_detail_{username}.json")
    return api


@pytest.fixture
def supervisor_api(qapp):
    api = _api(qapp, "supervisor")
    yield api
    api.close()
    assert api.unanswered == []


@pytest.fixture
def logged_api(qapp):
    api = _api(qapp, "operador")
    yield api
    api.close()
    assert api.unanswered == []


def _asked_for_the_client(api) -> bool:
    return all(api.sent(method, path) for method, path in OPENED)


def test_financeiro_click_opens_the_invoice(qtbot, supervisor_api):
    w = client_window(qtbot, supervisor_api, CLIENT_ID)
    assert _asked_for_the_client(supervisor_api)
    assert set(supervisor_api.sent("GET", f"/clients/{CLIENT_ID}/invoices")[0]["params"]) == {"from", "to"}
    w.ui.tabWidget.setCurrentWidget(w.ui.financialTab)
    index = w.invoice_model.index(0, 1)
    dialog = w.record_hooks.open_invoice(index)
    qtbot.addWidget(dialog)
    invoice = w.invoice_model.rows[0]
    assert dialog.values["Histórico"] == (invoice.get("description") or "")
    assert dialog.values["V. Lançado"].startswith("R$ ")
    shot(w, "client_record_financeiro")
    shot(dialog, "client_record_fatura")


def test_operator_sees_no_manager_buttons(qtbot, logged_api):
    w = client_window(qtbot, logged_api, CLIENT_ID)  # client 1 has a plan: the buttons would have a plan to act on
    assert _asked_for_the_client(logged_api)
    assert w.record_hooks.add_plan_button.isHidden()
    assert w.record_hooks.edit_client_button.isHidden()
