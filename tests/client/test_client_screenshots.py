"""Real screenshots of Localizar Cliente, each client tab and Novo Contato (offscreen, live server).

    ISP_DESK_SCREENSHOTS_DIR=docs/screenshots .venv/bin/pytest tests/client/test_client_screenshots.py

writes the PNGs the README shows; without the variable they go to a temporary folder and the test
only checks that every window renders (non-empty, not a blank image).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..screenshot_support import save_screenshot
from .live_support import WAIT_MS, find_client

pytestmark = pytest.mark.gui

TABS = ("cadastro", "planos", "financeiro", "contatos", "atendimentos")


def _save(widget, folder: Path, name: str) -> Path:
    return save_screenshot(widget, folder, name, min_width=300, min_height=200, every=(37, 29), min_colours=5)


def test_screenshots_of_the_client_windows(qtbot, logged_api, server_get, tmp_path):
    from desk_client.clients.client_detail_window import ClientDetailWindow
    from desk_client.clients.contact_dialog import ContactDialog
    from desk_client.clients.find_client_window import FindClientWindow

    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []

    find = FindClientWindow(logged_api)
    qtbot.addWidget(find)
    find.resize(1100, 560)
    find.show()
    with qtbot.waitSignal(find.search.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(find.search.ui.searchEdit, "silva")
    find.search.ui.resultsTable.selectRow(2)
    saved.append(_save(find, folder, "find_client"))

    # a client an operator must be warned about: suspended, with overdue invoices and contacts
    client = find_client(
        server_get,
        lambda c: (
            c["status"] == "suspenso"
            and c["overdue_invoices"] > 0
            and len(c["contacts"]) >= 2
            and c["person_type"] == "PF"
        ),
        last=2001,
    )
    window = ClientDetailWindow(logged_api, client["id"])
    qtbot.addWidget(window)
    window.resize(1100, 700)
    with qtbot.waitSignals([window.loaded, window.invoices_loaded, window.tickets_loaded], timeout=WAIT_MS):
        window.show()
    for index, tab in enumerate(TABS[:4]):
        window.ui.tabWidget.setCurrentIndex(index)
        saved.append(_save(window, folder, f"client_detail_{tab}"))

    # Atendimentos of a client that has some
    with_tickets = next(
        t["client_id"] for t in server_get("/tickets", limit=100)["items"] if t.get("client_id")
    )
    tickets_window = ClientDetailWindow(logged_api, with_tickets)
    qtbot.addWidget(tickets_window)
    tickets_window.resize(1100, 700)
    with qtbot.waitSignals([tickets_window.loaded, tickets_window.tickets_loaded], timeout=WAIT_MS):
        tickets_window.show()
    tickets_window.ui.tabWidget.setCurrentIndex(4)
    saved.append(_save(tickets_window, folder, "client_detail_atendimentos"))

    # Novo Contato editing a contact that has extra fields
    owner = find_client(server_get, lambda c: any(k.get("extra_fields") for k in c["contacts"]))
    contact = next(k for k in owner["contacts"] if k.get("extra_fields"))
    dialog = ContactDialog(logged_api, owner["id"], contact, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.fields_loaded, timeout=WAIT_MS):
        dialog.show()
    saved.append(_save(dialog, folder, "contact_dialog"))
    dialog.ui.tabWidget.setCurrentIndex(1)
    saved.append(_save(dialog, folder, "contact_dialog_extras"))

    assert len(saved) == 8
