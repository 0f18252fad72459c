"""Issue 9 items 4, 6 and 9 in a session logged in through the login dialog against a real server
process: disabled actions say why, admin windows are placed with a heading, Fechar and Esc, and the
wizard fits the screen and remembers its geometry. (The server-free parts are in
tests/client/test_first_hour_polish.py.)"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from .helpers import KEY_WAIT_MS, Key, login, open_wizard, press

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


def test_disabled_actions_say_why_and_admin_windows_are_placed_with_heading_fechar_and_esc(
        qtbot, controller, live_server):
    window = login(qtbot, controller, live_server, "admin")
    for key, action in window.features.items():
        if action.isVisible() and not action.isEnabled():
            assert "ainda não disponível" in action.toolTip(), key
        elif action.isEnabled():
            assert "ainda não disponível" not in action.toolTip(), key
    assert window.ui.menuAdmin.toolTipsVisible()

    window.ui.actionTicketTypes.trigger()
    types = window.ticket_types_controller.window
    qtbot.waitUntil(lambda: types.isVisible() and types.ready, timeout=KEY_WAIT_MS)
    assert types.ui.headingLabel.text() == "Tipos de atendimento"
    close = types.ui.closeBox.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Fechar"
    screen = types.screen().availableGeometry()
    assert types.frameGeometry().center() != screen.topLeft() and types.x() > screen.x()  # not the corner
    types.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is types, timeout=KEY_WAIT_MS)
    types.ui.typesTable.setFocus()
    press(qtbot, Key.Key_Escape, widget=types.ui.typesTable)
    qtbot.waitUntil(lambda: not types.isVisible(), timeout=KEY_WAIT_MS)

    window.ui.actionRouters.trigger()
    routers = window.routers_controller.window
    qtbot.waitUntil(routers.isVisible, timeout=KEY_WAIT_MS)
    routers.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is routers, timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Escape, widget=routers.ui.routersTable)
    qtbot.waitUntil(lambda: not routers.isVisible(), timeout=KEY_WAIT_MS)


def test_the_wizard_fits_the_screen_and_remembers_its_geometry(qtbot, controller, live_server):
    window = login(qtbot, controller, live_server)
    wizard = open_wizard(qtbot, window)
    screen = wizard.screen().availableGeometry()
    least = wizard.minimumSizeHint()  # (the offscreen screen may be narrower than a real 1366)
    assert wizard.width() <= max(screen.width(), least.width())
    assert wizard.frameGeometry().height() <= max(screen.height(), least.height())
    target = (max(720, least.width()), 520)
    wizard.resize(*target)
    wizard.park()
    qtbot.waitUntil(lambda: window.wizard_launcher.wizard is None, timeout=KEY_WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)
    wizard = open_wizard(qtbot, window)
    assert (wizard.width(), wizard.height()) == target
    wizard.park()
