"""Driving the real client with the keyboard, shared by the e2e tests and the crash script.

`qtbot` is pytest-qt's bot, or the crash script's small stand-in with the same keyClick /
keyClicks / waitUntil."""
from __future__ import annotations

import gc

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.waits import GUI_WAIT_MS

KEY_WAIT_MS = GUI_WAIT_MS


def api_get(server, token: str, path: str, **params):
    response = httpx.get(f"{server.url}/api/v1{path}", params=params,
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    response.raise_for_status()
    return response.json()


def demo_client(server, token: str, *, with_parent: bool = False, with_contacts: bool = False,
                skip: tuple = ()) -> dict:
    """A demo client (picked through the API) with one active plan on a routing point, no red flags
    and no open ticket; `with_parent`: its network has an open parent ticket (linking), else none."""
    for q in ("silva", "santos", "souza", "oliveira", "costa", "lima"):
        for row in api_get(server, token, "/clients/search", q=q, field="name", limit=100)["items"]:
            if row["id"] in skip or row["status"] != "ativo":
                continue
            client = api_get(server, token, f"/clients/{row['id']}")
            subs = [s for s in client["subscriptions"] if s["status"] == "ativo" and s["routing_point_id"]]
            if not (client["document"] and len(client["document"]) == 11 and len(subs) == 1
                    and len(client["subscriptions"]) == 1 and not client["overdue_invoices"]
                    and not client["open_tickets"]) or (with_contacts and not client["contacts"]):
                continue
            parent = api_get(server, token, "/tickets/link-candidate", subscription_id=subs[0]["id"])["parent"]
            if bool(parent) == with_parent:
                return client
    raise AssertionError("no suitable demo client")


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    """A key on the widget that has the focus (what a person at the keyboard does)."""
    target = widget or focused() or QApplication.activeWindow()
    assert target is not None, "no window is active"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str, widget=None):
    target = widget or focused()
    assert target is not None, "no widget has the focus"
    qtbot.keyClicks(target, text)


def login(qtbot, controller, server, username="operador", password="demo123"):
    from ..client.gui_support import do_login

    login = controller.show_login()
    do_login(qtbot, login, server.url, username, password)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=KEY_WAIT_MS)
    window = controller.window
    window.show()
    if QApplication.activeModalWidget() is None:  # e.g. the offer to resume a draft is up
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() in (window, QApplication.activeModalWidget()),
                    timeout=KEY_WAIT_MS)
    return window


def collect_on_the_gui_thread() -> None:
    """Destroy what the test left (closed windows, their timers) now, on the GUI thread.

    Python's cyclic garbage collector runs in whatever thread allocates next — often an API worker
    thread — and a QObject destroyed there leaves its timers registered on the GUI thread, which
    crashes later (QTimerInfoList::activateTimers on a deleted object)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def open_wizard(qtbot, window):
    launcher = window.wizard_launcher
    press(qtbot, Key.Key_F2)
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    qtbot.waitUntil(lambda: wizard.state.protocol is not None, timeout=KEY_WAIT_MS)
    return wizard


def fill_to_first_contact(qtbot, wizard, client: dict, problem: str) -> None:
    """Steps 1-4 with the keyboard: Cliente → search by CPF → contact → plan and problem."""
    assert wizard.current.key == "protocol"
    assert focused() is wizard.pages["protocol"].ui.clientRadio
    press(qtbot, Key.Key_Return)                        # Cliente is the default kind: Enter advances
    assert wizard.current.key == "locate"
    search = wizard.pages["locate"].search
    assert focused() is search.ui.searchEdit
    type_text(qtbot, client["document"])                 # the CPF, digits only
    qtbot.waitUntil(lambda: [r["id"] for r in search.results] == [client["id"]], timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)                         # Enter chooses the highlighted client
    assert wizard.current.key == "client"
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)
    page = wizard.pages["client"]
    assert focused() is page.ui.contactCombo
    if client["contacts"]:
        if wizard.state.contact_id != client["contacts"][0]["id"]:  # the holder's contact is preselected
            press(qtbot, Key.Key_Down)                   # the first contact
        assert wizard.state.contact_id == client["contacts"][0]["id"]
        assert page.ui.emailValue.text() == (client["contacts"][0]["email"] or "")
    press(qtbot, Key.Key_Return)
    assert wizard.current.key == "service"
    service = wizard.pages["service"]
    sub = next(s for s in client["subscriptions"] if s["status"] == "ativo")
    assert wizard.state.subscription_id == sub["id"]     # the only plan is preselected
    assert service.ui.loginEdit.text() == sub["login"]
    assert service.ui.routingPointEdit.text().startswith(sub["routing_point"])
    if focused() is not service.ui.problemEdit:          # the only plan is chosen: the focus is there
        press(qtbot, Key.Key_Tab)
    assert focused() is service.ui.problemEdit
    type_text(qtbot, problem)
    press(qtbot, Key.Key_Return, CTRL)                   # Ctrl+Enter in a multi-line text advances
    assert wizard.current.key == "first_contact"


def choose_type_and_checks(qtbot, wizard, type_prefix: str, checks: str) -> None:
    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types") and wizard.ctx.catalog.ready("cargos"),
                    timeout=KEY_WAIT_MS)
    assert focused() is page.ui.ticketTypeCombo          # the channel is preset (telephone)
    type_text(qtbot, type_prefix)                        # keyboard search in the combo
    press(qtbot, Key.Key_Tab)                            # → Responsável (Usuário/Cargo: Alt+U / Alt+G)
    assert focused() is page.ui.destinationCombo
    press(qtbot, Key.Key_Tab)
    assert focused() is page.ui.checksEdit
    type_text(qtbot, checks)


ALT = Qt.KeyboardModifier.AltModifier


def choose_client(qtbot, wizard, client: dict):
    """From step 1 with Cliente chosen: Enter, search the client by CPF, Enter on the single match
    (the client step opens; its details may still be on their way). Returns the search widget."""
    press(qtbot, Key.Key_Return)
    search = wizard.pages["locate"].search
    type_text(qtbot, client["document"])
    qtbot.waitUntil(lambda: [r["id"] for r in search.results] == [client["id"]], timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)
    return search


def to_client_step(qtbot, wizard, client: dict):
    """`choose_client`, then wait until the client's details arrived. Returns the search widget."""
    search = choose_client(qtbot, wizard, client)
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)
    return search


def finish(qtbot, launcher):
    """Finalizar (Ctrl+Enter on the last step); waits for the summary with its ticket and returns it."""
    press(qtbot, Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: launcher.last_summary is not None and launcher.last_summary.ticket is not None,
                    timeout=KEY_WAIT_MS)
    return launcher.last_summary


def finish_from_service(qtbot, wizard, launcher, type_prefix: str, checks: str):
    """From the service step: Ctrl+Enter to the first contact, type and checks, Finalizar; the summary."""
    press(qtbot, Key.Key_Return, CTRL)
    choose_type_and_checks(qtbot, wizard, type_prefix, checks)
    return finish(qtbot, launcher)


def open_abandon_dialog(qtbot, wizard):
    """Esc in the wizard: waits for the abandon dialog with the focus in its reason box; the dialog."""
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.abandon_dialog is not None and wizard.abandon_dialog.isVisible(),
                    timeout=KEY_WAIT_MS)
    dialog = wizard.abandon_dialog
    qtbot.waitUntil(lambda: focused() in (dialog.ui.reasonCombo, dialog.ui.reasonCombo.lineEdit()),
                    timeout=KEY_WAIT_MS)
    return dialog
