"""Modelos de E-mail and E-mails não entregues driven the same way by their widget tests on a recorded
session (tests/client/test_mail_windows.py, a FakeApi) and against a real server
(tests/e2e/test_mail_windows_e2e.py): each flow takes the window as a parameter and asserts what both
see; the caller checks what only it can (the requests a FakeApi got, what the server reads back)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..e2e.helpers import KEY_WAIT_MS, Key, focused, press, type_text
from .wizard_support import shot

ALT = Qt.KeyboardModifier.AltModifier


def _nothing(*_args) -> None:
    return None


def shown(qtbot, window_class, api, width: int, height: int):
    """`window_class(api)` at width×height, shown, raised and active."""
    window = window_class(api)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)
    return window


def write_template(qtbot, window, name: str, on_refused=_nothing) -> None:
    """In Modelos de E-mail, with the keyboard: Novo modelo `name`, "Protocolo {protocolo}", a body with
    {boleto} that Salvar gets refused, naming it (`on_refused()` runs then); the body typed again with
    {cliente.nome} from the Variáveis list. Not saved yet."""
    qtbot.waitUntil(lambda: window.ui.variablesList.count() > 5 and window.ui.cargosList.count() > 0,
                    timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT, widget=window)                  # &Novo modelo
    qtbot.waitUntil(lambda: focused() is window.ui.nameEdit, timeout=KEY_WAIT_MS)
    type_text(qtbot, name)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Protocolo {protocolo}")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Seu boleto: {boleto} ")
    press(qtbot, Key.Key_S, ALT)                                  # &Salvar: refused, the variable named
    qtbot.waitUntil(lambda: "{boleto}" in window.ui.statusLabel.text(), timeout=KEY_WAIT_MS)
    on_refused()
    window.ui.bodyEdit.clear()
    window.ui.bodyEdit.setFocus()
    type_text(qtbot, "Oi, ")  # (QTest types ASCII only)
    press(qtbot, Key.Key_V, ALT)                                  # &Variáveis: the list; Enter inserts
    assert focused() is window.ui.variablesList
    window.ui.variablesList.setCurrentRow(0)                      # {cliente.nome}
    press(qtbot, Key.Key_Return)
    assert window.ui.bodyEdit.toPlainText() == "Oi, {cliente.nome}"


def listed_template(qtbot, window, name: str) -> None:
    """After Salvar: `name` in the list (a screenshot of the window)."""
    qtbot.waitUntil(lambda: any(name in window.ui.templatesList.item(r).text()
                                for r in range(window.ui.templatesList.count())), timeout=KEY_WAIT_MS)
    window.grab().save(str(shot("email-templates.png")))


def resend(qtbot, window, email_id: int, on_listed=_nothing) -> None:
    """In E-mails não entregues: the e-mail `email_id` listed with the sender's 550 (`on_listed(row)` runs
    then; a screenshot), chosen, Reenviar (Alt+R): it leaves the list."""
    qtbot.waitUntil(lambda: any(e["id"] == email_id for e in window.items), timeout=KEY_WAIT_MS)
    row = next(i for i, e in enumerate(window.items) if e["id"] == email_id)
    assert "550" in window.ui.emailsTable.item(row, 4).text()
    on_listed(row)
    window.grab().save(str(shot("email-undelivered.png")))
    window.ui.emailsTable.selectRow(row)
    press(qtbot, Key.Key_R, ALT, widget=window)                  # &Reenviar
    qtbot.waitUntil(lambda: all(e["id"] != email_id for e in window.items), timeout=KEY_WAIT_MS)
