"""The login dialog where no server answers: a server that is down, a hung one, Cancelar while connecting
(the login against a real server: tests/e2e/test_login_e2e.py)."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from ..harness import free_port
from .gui_support import TickGaps, do_login

pytestmark = pytest.mark.gui


# A 10 ms timer proves the event loop keeps running. What is asserted: the GUI thread's own CPU time
# between two ticks (its work; < 200 ms) and the wall gap (< 1 s: a network call blocking the GUI
# thread would hold it for its whole timeout, 1.5 s and more, while a loaded machine may deschedule
# the process for a couple of hundred ms without the client doing anything wrong).
CPU_GAP_MS, WALL_GAP_MS = 200, 1000


def _measure_event_loop(qtbot, condition, timeout_ms):
    with TickGaps() as ticks:
        qtbot.waitUntil(condition, timeout=timeout_ms)
    return ticks.elapsed(), max(ticks.gaps or [0]), max(ticks.cpu_gaps or [0]), len(ticks.gaps)


def test_server_down_says_unavailable_quickly_and_never_freezes(qtbot, controller):
    login = controller.show_login()
    qtbot.addWidget(login)
    dead = f"http://127.0.0.1:{free_port()}"
    do_login(qtbot, login, dead, "operador", "demo123")
    assert login.busy and login.ui.busyBar.isVisible()
    elapsed, worst_gap, worst_cpu, ticks = _measure_event_loop(qtbot, lambda: login.ui.errorLabel.text() != "",
                                                               12_000)
    print(f"\nserver down: message after {elapsed} ms, event loop ticks={ticks}, worst gap={worst_gap} ms "
          f"(GUI thread CPU {worst_cpu} ms)")
    assert "Servidor indisponível" in login.ui.errorLabel.text()
    assert worst_cpu < CPU_GAP_MS and worst_gap < WALL_GAP_MS, "the GUI thread was blocked"


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
    _elapsed, worst_gap, worst_cpu, ticks = _measure_event_loop(qtbot, lambda: login.ui.errorLabel.text() != "",
                                                                10_000)
    total = time.monotonic() - started
    print(f"\nhung server: message after {total:.2f} s (timeout 1.5 s), ticks={ticks}, worst gap={worst_gap} ms "
          f"(GUI thread CPU {worst_cpu} ms)")
    assert "Servidor indisponível" in login.ui.errorLabel.text() and "1.5 s" in login.ui.errorLabel.text()
    assert total < 1.5 + 2.0
    assert worst_cpu < CPU_GAP_MS and worst_gap < WALL_GAP_MS, "the GUI thread was blocked"


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
