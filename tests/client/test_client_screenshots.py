"""Real screenshots of Localizar Cliente, each client tab and Novo Contato (offscreen), on the live demo
server's answers captured once into tests/client/canned/client_screenshots_session.json (FakeApi: the real
ApiClient and windows, canned JSON instead of a server; issue 8).

    ISP_DESK_SCREENSHOTS_DIR=docs/screenshots .venv/bin/pytest tests/client/test_client_screenshots.py

writes the PNGs the README shows; without the variable they go to a temporary folder and the test
only checks that every window renders (non-empty, not a blank image).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desk_client.ui.formats import iso_date

from ..screenshot_support import save_screenshot
from .fake_api import FakeApi
from .live_support import DEMO_USERS, WAIT_MS

pytestmark = pytest.mark.gui

TABS = ("cadastro", "planos", "financeiro", "contatos", "atendimentos")
SESSION = json.loads((Path(__file__).resolve().parent / "canned" / "client_screenshots_session.json")
                     .read_text(encoding="utf-8"))


def _save(widget, folder: Path, name: str) -> Path:
    return save_screenshot(widget, folder, name, min_width=300, min_height=200, every=(37, 29), min_colours=5)


def _recorded(method: str, path: str) -> dict:
    return next(e["body"] for e in SESSION["requests"] if (e["method"], e["path"]) == (method, path))


def _capture_day_period(path: str, params: dict) -> dict:
    """Financeiro opens on a period counted from today (12 months back, 2 ahead): today's stands for the
    capture day's."""
    today = QDate.currentDate()
    if path.endswith("/invoices") and params == {"from": iso_date(today.addMonths(-12)),
                                                 "to": iso_date(today.addMonths(2))}:
        return next(e["params"] for e in SESSION["requests"] if e["path"] == path)
    return params


def test_screenshots_of_the_client_windows(qtbot, qapp, tmp_path):
    from desk_client import i18n, style
    from desk_client.clients.client_detail_window import ClientDetailWindow
    from desk_client.clients.contact_dialog import ContactDialog
    from desk_client.clients.find_client_window import FindClientWindow

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    role, name = DEMO_USERS["operador"]
    api = FakeApi({"id": 1, "username": "operador", "role": role, "name": name})
    api.replay(SESSION["requests"], same=_capture_day_period)
    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []

    find = FindClientWindow(api)
    qtbot.addWidget(find)
    find.resize(1100, 560)
    find.show()
    with qtbot.waitSignal(find.search.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(find.search.ui.searchEdit, "silva")
    assert find.search.ui.resultsTable.model().rowCount() > 2
    find.search.ui.resultsTable.selectRow(2)
    saved.append(_save(find, folder, "find_client"))

    # a client an operator must be warned about: suspended, with overdue invoices and contacts
    client = _recorded("GET", f"/clients/{SESSION['suspended_client']}")
    assert (client["status"] == "suspenso" and client["overdue_invoices"] > 0 and len(client["contacts"]) >= 2
            and client["person_type"] == "PF")
    window = ClientDetailWindow(api, client["id"])
    qtbot.addWidget(window)
    window.resize(1100, 700)
    with qtbot.waitSignals([window.loaded, window.invoices_loaded, window.tickets_loaded], timeout=WAIT_MS):
        window.show()
    for index, tab in enumerate(TABS[:4]):
        window.ui.tabWidget.setCurrentIndex(index)
        saved.append(_save(window, folder, f"client_detail_{tab}"))

    # Atendimentos of a client that has some
    with_tickets = SESSION["with_tickets"]
    tickets_window = ClientDetailWindow(api, with_tickets)
    qtbot.addWidget(tickets_window)
    tickets_window.resize(1100, 700)
    with qtbot.waitSignals([tickets_window.loaded, tickets_window.tickets_loaded], timeout=WAIT_MS):
        tickets_window.show()
    tickets_window.ui.tabWidget.setCurrentIndex(4)
    assert [r["params"]["client_id"] for r in api.sent("GET", "/tickets")] == [client["id"], with_tickets]
    saved.append(_save(tickets_window, folder, "client_detail_atendimentos"))

    # Novo Contato editing a contact that has extra fields
    owner = SESSION["contact_owner"]
    contact = next(k for k in owner["contacts"] if k.get("extra_fields"))
    dialog = ContactDialog(api, owner["id"], contact, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.fields_loaded, timeout=WAIT_MS):
        dialog.show()
    saved.append(_save(dialog, folder, "contact_dialog"))
    dialog.ui.tabWidget.setCurrentIndex(1)
    saved.append(_save(dialog, folder, "contact_dialog_extras"))

    assert len(saved) == 8
    qtbot.waitUntil(lambda: api.pending_count == 0, timeout=WAIT_MS)
    assert api.unanswered == []  # every request the windows sent had the live server's recorded answer
    api.close()
