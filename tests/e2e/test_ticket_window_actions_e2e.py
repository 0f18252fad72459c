"""The ticket window against a real server: header and tabs, every action from the keyboard
(comment, pause, resume, forward, close with a required reason; a supervisor's cancel and reopen),
"changed since you opened it" before an action, and who else has the ticket open. Every step is saved by
the server and read back (its rules decide the statuses, the SLA pause, who may reopen), so the module stays
end to end (moved from tests/client/test_ticket_window_actions.py for issue 8)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.waits import GUI_WAIT_MS

from ..client.workspace_support import desk, shot, ticket_window  # noqa: F401  (fixture)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(180)]
WAIT = GUI_WAIT_MS


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    """A shortcut of the window: it must be the active window (as when the operator uses it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(window, key, modifiers)


SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible(), timeout=WAIT)
    return window.dialog


def _history_kinds(window):
    return [e["kind"] for e in window.events]


def _fill_and_ok(qtbot, dialog, text):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    dialog.ui.reasonEdit.setFocus()
    qtbot.keyClicks(dialog.ui.reasonEdit, text)
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_actions_from_the_keyboard(qtbot, logged_api, desk, ticket_window):  # noqa: F811
    ticket = desk.open("operador")
    window = ticket_window(logged_api, ticket["id"])
    assert window.ui.protocolLabel.text() == ticket["protocol_formatted"]
    assert window.ui.clientLabel.text() == "Maria Aparecida" and "no prazo" not in window.ui.slaLabel.text()
    assert "vence em" in window.ui.slaLabel.text()
    # Comentário (Ctrl+K): an empty one is refused with the focus on the text
    press(qtbot, window, Qt.Key.Key_K)
    dialog = _dialog(qtbot, window)
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.errorLabel.isVisible() and "Informe o comentário" in dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.reasonEdit
    _fill_and_ok(qtbot, dialog, "Cliente vai reiniciar a ONU")
    qtbot.waitUntil(lambda: "commented" in _history_kinds(window), timeout=WAIT)
    # Pausar (Ctrl+P): waiting on the customer, the SLA pauses
    press(qtbot, window, Qt.Key.Key_P)
    dialog = _dialog(qtbot, window)
    assert dialog.ui.statusCombo.currentText() == "Aguardando cliente"
    _fill_and_ok(qtbot, dialog, "Aguardando o cliente voltar para casa")
    qtbot.waitUntil(lambda: window.ticket.get("status_category") == "waiting_customer", timeout=WAIT)
    assert "pausado" in window.ui.slaLabel.text()
    assert not window.ui.pauseButton.isEnabled() and window.ui.resumeButton.isEnabled()
    shot(window, "ticket-window.png")
    # Retomar (Ctrl+Shift+P) acts at once
    press(qtbot, window, Qt.Key.Key_P, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.ticket.get("status_category") == "in_progress", timeout=WAIT)
    # Encaminhar (Ctrl+E) to a user
    press(qtbot, window, Qt.Key.Key_E)
    dialog = _dialog(qtbot, window)
    dialog.ui.destinationCombo.setCurrentIndex(dialog.ui.destinationCombo.findText("José Roberto Alves"))
    _fill_and_ok(qtbot, dialog, "Visita tecnica amanha")
    qtbot.waitUntil(lambda: window.ticket.get("status") == "forwarded", timeout=WAIT)
    assert window.ui.destinationLabel.text() == "José Roberto Alves"
    # Fechar (Ctrl+Shift+F): outcome and reason
    press(qtbot, window, Qt.Key.Key_F, SHIFT_CTRL)
    dialog = _dialog(qtbot, window)
    dialog.ui.outcomeCombo.setCurrentIndex(1)
    _fill_and_ok(qtbot, dialog, "Sem retorno do cliente")
    qtbot.waitUntil(lambda: window.ticket.get("status") == "closed_unsolved", timeout=WAIT)
    assert not window.ui.closeButton.isEnabled() and not window.ui.reopenButton.isEnabled()  # operator
    assert "Somente supervisores" in window.ui.reopenButton.toolTip()
    qtbot.waitUntil(lambda: _history_kinds(window)[-1:] == ["closed"], timeout=WAIT)
    assert _history_kinds(window) == ["opened", "commented", "paused", "resumed", "forwarded", "closed"]
    # a click on a history line shows its full text
    window.ui.tabs.setCurrentWidget(window.ui.historyTab)
    window.ui.historyTable.selectRow(1)
    assert "Cliente vai reiniciar a ONU" in window.ui.eventText.toPlainText()
    window.close()


def test_changed_since_opened_and_who_else_has_it(qtbot, logged_api, desk, ticket_window):  # noqa: F811
    ticket = desk.open("operador")
    window = ticket_window(logged_api, ticket["id"])
    # another operator opens it and changes it
    desk.post("supervisor", f"/tickets/{ticket['id']}/viewing")
    desk.post("supervisor", f"/tickets/{ticket['id']}/comments", {"text": "Liguei para o cliente, sem resposta"})
    window._beat()
    qtbot.waitUntil(lambda: window.ui.viewersLabel.text() == "Também aberto por: Carlos Henrique Lima", timeout=WAIT)
    press(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: getattr(window, "changed_box", None) is not None, timeout=WAIT)
    box = window.changed_box
    assert "Liguei para o cliente" in box.text() and "Comentário por" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    dialog = _dialog(qtbot, window)
    _fill_and_ok(qtbot, dialog, "Vou tentar de novo as 14 h")
    qtbot.waitUntil(lambda: _history_kinds(window).count("commented") == 2, timeout=WAIT)
    window.close()


def test_supervisor_cancels_and_reopens(qtbot, live_server, desk, ticket_window):  # noqa: F811
    from desk_client.api import ApiClient

    api = ApiClient(live_server.url)
    api.token = live_server.token("supervisor")
    api.user = {"username": "supervisor", "role": "supervisor", "name": "Supervisor"}
    try:
        ticket = desk.open("operador")
        window = ticket_window(api, ticket["id"])
        press(qtbot, window, Qt.Key.Key_X, SHIFT_CTRL)
        dialog = _dialog(qtbot, window)
        _fill_and_ok(qtbot, dialog, "Aberto em duplicidade")
        qtbot.waitUntil(lambda: bool(window.ticket.get("cancelled_at")), timeout=WAIT)
        assert "Cancelado" in window.ui.statusLabel.text() and window.ui.reopenButton.isEnabled()
        press(qtbot, window, Qt.Key.Key_R, SHIFT_CTRL)
        dialog = _dialog(qtbot, window)
        _fill_and_ok(qtbot, dialog, "Cliente ligou de novo")
        qtbot.waitUntil(lambda: window.ticket.get("status") == "open", timeout=WAIT)
        window.close()
    finally:
        api.close()
