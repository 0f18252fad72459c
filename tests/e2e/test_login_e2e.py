"""The login dialog and main window against a real server process on loopback, where the client and the
server work together: logging in for real (user, role, the menus it opens), the server's rules (a wrong
password, a locked account, a revoked session) and the status bar following the server going away and
coming back. Moved unchanged from tests/client/test_login.py for issue 8; the tests that need no server
(server down, hung server, cancel) stay there."""
from __future__ import annotations

import httpx
import pytest

from tests.waits import GUI_WAIT_MS

from ..client.gui_support import do_login

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


def _main_window(qtbot, controller, server_url: str, username: str):
    """Log in as `username` (demo123) through the login dialog; the main window once it is open."""
    login = controller.show_login()
    qtbot.addWidget(login)
    do_login(qtbot, login, server_url, username, "demo123")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=GUI_WAIT_MS)
    qtbot.addWidget(controller.window)
    return controller.window


def test_login_success_opens_main_window_with_user_and_role(qtbot, controller, live_server, client_settings):
    window = _main_window(qtbot, controller, live_server.url, "operador")
    assert window.user_label.text() == "Ana Paula Souza (Operador)"
    assert live_server.url in window.server_label.text()
    qtbot.waitUntil(lambda: "conectado" in window.connection_label.text(), timeout=GUI_WAIT_MS)
    # Operators do not see administration; they do see the wizard entry (F2).
    assert window.ui.actionNewTicket.isVisible()
    assert window.ui.actionNewTicket.shortcut().toString() == "F2"
    assert not window.ui.actionUsers.isVisible() and not window.ui.actionRouters.isVisible()
    assert client_settings.last_username == "operador" and client_settings.server_url == live_server.url


def test_admin_sees_administration(qtbot, controller, live_server):
    _main_window(qtbot, controller, live_server.url, "admin")
    assert controller.window.ui.actionUsers.isVisible() and controller.window.ui.actionRouters.isVisible()
    assert controller.window.user_label.text().endswith("(Administrador)")


def test_wrong_password_shows_the_message(qtbot, controller, live_server):
    login = controller.show_login()
    qtbot.addWidget(login)
    do_login(qtbot, login, live_server.url, "supervisor", "errada")
    qtbot.waitUntil(lambda: login.ui.errorLabel.text() != "", timeout=GUI_WAIT_MS)
    assert login.ui.errorLabel.text() == "Usuário ou senha inválidos."
    assert controller.window is None and login.ui.loginButton.isEnabled()


def test_locked_account_message(qtbot, controller, private_live_server):
    for _ in range(5):
        httpx.post(f"{private_live_server.url}/api/v1/auth/login", json={"username": "tecnico", "password": "x"})
    login = controller.show_login()
    qtbot.addWidget(login)
    do_login(qtbot, login, private_live_server.url, "tecnico", "demo123")
    qtbot.waitUntil(lambda: login.ui.errorLabel.text() != "", timeout=GUI_WAIT_MS)
    assert "bloqueado" in login.ui.errorLabel.text()


def test_status_bar_shows_lost_connection_and_recovers(qtbot, controller, private_live_server):
    window = _main_window(qtbot, controller, private_live_server.url, "supervisor")
    qtbot.waitUntil(lambda: "conectado" in window.connection_label.text(), timeout=GUI_WAIT_MS)
    private_live_server.stop()
    window.monitor.check_now()
    qtbot.waitUntil(lambda: "sem conexão" in window.connection_label.text(), timeout=GUI_WAIT_MS)
    private_live_server.start()
    window.monitor.check_now()
    qtbot.waitUntil(lambda: "conectado" in window.connection_label.text()
                    and "sem" not in window.connection_label.text(), timeout=GUI_WAIT_MS)


def test_revoked_session_returns_to_login(qtbot, controller, live_server):
    _main_window(qtbot, controller, live_server.url, "operador")
    api = controller.api
    httpx.post(f"{live_server.url}/api/v1/auth/logout", headers={"Authorization": f"Bearer {api.token}"})
    api.get("/users/me")
    qtbot.waitUntil(lambda: controller.login is not None and controller.window is None, timeout=GUI_WAIT_MS)
    qtbot.addWidget(controller.login)
    assert "expirada" in controller.login.ui.errorLabel.text()
