"""The login dialog and main window against a real server process on loopback."""
from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from tests.waits import GUI_WAIT_MS

from ..harness import free_port
from .gui_support import TickGaps, do_login

pytestmark = pytest.mark.gui


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


def _measure_event_loop(qtbot, condition, timeout_ms):
    """Wait for `condition` while a 10 ms timer proves the event loop keeps running."""
    with TickGaps() as ticks:
        qtbot.waitUntil(condition, timeout=timeout_ms)
    return ticks.elapsed(), max(ticks.gaps or [0]), len(ticks.gaps)


def test_server_down_says_unavailable_quickly_and_never_freezes(qtbot, controller):
    login = controller.show_login()
    qtbot.addWidget(login)
    dead = f"http://127.0.0.1:{free_port()}"
    do_login(qtbot, login, dead, "operador", "demo123")
    assert login.busy and login.ui.busyBar.isVisible()
    elapsed, worst_gap, ticks = _measure_event_loop(qtbot, lambda: login.ui.errorLabel.text() != "", 12_000)
    print(f"\nserver down: message after {elapsed} ms, event loop ticks={ticks}, worst gap={worst_gap} ms")
    assert "Servidor indisponível" in login.ui.errorLabel.text()
    assert worst_gap < 200, "the GUI thread was blocked"


@pytest.fixture
def hung_server():
    """A TCP server that accepts and never answers (a hung application server)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    accepted, stop = [], threading.Event()

    def loop():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(sock.accept()[0])
            except OSError:
                pass
    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    sock.close()


def test_hung_server_times_out_within_the_timeout_and_stays_responsive(qtbot, controller, hung_server):
    controller.make_api = lambda url, _orig=controller.make_api: _with_timeout(_orig(url), 1.5)
    login = controller.show_login()
    qtbot.addWidget(login)
    started = time.monotonic()
    do_login(qtbot, login, hung_server, "operador", "demo123")
    _elapsed, worst_gap, ticks = _measure_event_loop(qtbot, lambda: login.ui.errorLabel.text() != "", 10_000)
    total = time.monotonic() - started
    print(f"\nhung server: message after {total:.2f} s (timeout 1.5 s), ticks={ticks}, worst gap={worst_gap} ms")
    assert "Servidor indisponível" in login.ui.errorLabel.text() and "1.5 s" in login.ui.errorLabel.text()
    assert total < 1.5 + 2.0
    assert worst_gap < 200


def _with_timeout(api, seconds):
    api.timeout = seconds
    return api


def test_cancel_while_connecting_returns_at_once(qtbot, controller, hung_server):
    login = controller.show_login()
    qtbot.addWidget(login)
    do_login(qtbot, login, hung_server, "operador", "demo123")
    assert login.busy and login.ui.cancelButton.text() == "Cancelar"
    qtbot.mouseClick(login.ui.cancelButton, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not login.busy and login.ui.loginButton.isEnabled()
    assert login.ui.errorLabel.text() == "Conexão cancelada."
    assert login.isVisible()


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
