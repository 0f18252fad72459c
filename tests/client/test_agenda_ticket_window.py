"""From the ticket window: Agendar O.S. (Alt+A) and Incluir tarefa (Alt+I) with the keyboard; both
land in the ticket's history."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.waits import GUI_WAIT_MS

from .agenda_support import new_technician
from .workspace_support import desk, ticket_window  # noqa: F401  (fixture)

pytestmark = [pytest.mark.timeout(180)]
WAIT = GUI_WAIT_MS
ALT = Qt.KeyboardModifier.AltModifier


def _alt(qtbot, window, key):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(window, key, ALT)
    qtbot.waitUntil(lambda: getattr(window, "side_dialog", None) is not None
                    and window.side_dialog.isVisible(), timeout=WAIT)
    dialog = window.side_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    return dialog


def test_schedule_an_order_and_add_a_task_from_the_ticket(qtbot, logged_api, live_server,
                                                          desk, ticket_window):  # noqa: F811
    technician = new_technician(live_server, "Xavier Janela Teste")
    ticket = desk.open("operador")
    window = ticket_window(logged_api, ticket["id"])
    dialog = _alt(qtbot, window, Qt.Key.Key_A)                       # &Agendar O.S.
    form = dialog.form
    qtbot.waitUntil(lambda: form.ui.technicianCombo.count() > 1 and form.ui.typeCombo.count() > 1, timeout=WAIT)
    form.ui.technicianCombo.setFocus()
    qtbot.keyClicks(form.ui.technicianCombo, "Xavier")
    qtbot.keyClick(form.ui.technicianCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)     # status: Agendada
    qtbot.keyClicks(QApplication.focusWidget(), "Vistoria")         # Tipo de OS
    assert dialog.data["technician_id"] == technician["id"] and dialog.data["duration_minutes"] == 30
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)   # Salvar (the default button)
    qtbot.waitUntil(lambda: "service_order_created" in [e["kind"] for e in window.events], timeout=WAIT)
    dialog = _alt(qtbot, window, Qt.Key.Key_I)                       # &Incluir tarefa
    qtbot.keyClicks(dialog.form.ui.titleEdit, "Confirmar visita com o cliente")
    qtbot.keyClick(dialog.form.ui.titleEdit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.form.ui.assigneeCombo.count() > 1, timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "Suporte")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "task_created" in [e["kind"] for e in window.events], timeout=WAIT)
