"""Localizar Cliente against the session's live server: what the server decides about a search (the
widget's own behaviour, on the server's canned answers, is in tests/client/test_client_search_widget.py)."""
from __future__ import annotations

import pytest

from ..client.gui_support import shown_search_widget
from ..client.live_support import WAIT_MS, find_client
from .live_api_fixtures import logged_api, operator_token, server_get  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


@pytest.fixture
def widget(qtbot, logged_api):  # noqa: F811
    w = shown_search_widget(qtbot, logged_api)
    w.activateWindow()
    w.focus_search()
    return w


def type_and_wait(qtbot, w, text: str):
    with qtbot.waitSignal(w.results_shown, timeout=WAIT_MS, raising=False) as blocker:
        qtbot.keyClicks(w.ui.searchEdit, text)
    assert blocker.signal_triggered, f"no results; message: {w.ui.messageLabel.text()!r}"
    return w.results


def test_any_field_detects_a_cpf_typed_without_punctuation(qtbot, widget, server_get):  # noqa: F811
    # the server's rule: eleven digits in "Todos os campos" are looked up as a CPF
    client = find_client(server_get, lambda c: c["person_type"] == "PF" and c.get("document"))
    rows = type_and_wait(qtbot, widget, client["document"])
    assert rows[0]["id"] == client["id"] and rows[0]["matched_field"] == "cpf"
