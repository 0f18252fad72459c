"""Helpers shared by the client's GUI tests (test modules import these, never each other)."""
from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.waits import GUI_WAIT_MS

WAIT = GUI_WAIT_MS


def do_login(qtbot, login, server_url: str, username: str, password: str) -> None:
    login.ui.serverEdit.clear()
    qtbot.keyClicks(login.ui.serverEdit, server_url)
    login.ui.usernameEdit.clear()
    qtbot.keyClicks(login.ui.usernameEdit, username)
    login.ui.passwordEdit.clear()
    qtbot.keyClicks(login.ui.passwordEdit, password)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)


def logged_in(qtbot, controller, server, username):
    """The main window of `username` (password demo123), logged in through the login dialog."""
    login = controller.show_login()
    do_login(qtbot, login, server.url, username, "demo123")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    return controller.window


def click_when_asked(button_text: str, seen: list[str]) -> None:
    """Answer the next message box (modal) by the button with this text."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
    QTimer.singleShot(20, answer)


class TickGaps:
    """A 10 ms QTimer while the `with` block runs: the gaps between its ticks (ms) prove the event
    loop kept running; `elapsed()` is the time since the block started."""

    def __init__(self):
        self.gaps: list[int] = []
        self.cpu_gaps: list[int] = []  # the GUI thread's own CPU time in each gap (ms)
        self._clock = QElapsedTimer()
        self._last = 0
        self._cpu = 0.0
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self):
        now, cpu = self._clock.elapsed(), time.thread_time()
        self.gaps.append(now - self._last)
        self.cpu_gaps.append(round((cpu - self._cpu) * 1000))
        self._last, self._cpu = now, cpu

    def elapsed(self) -> int:
        return self._clock.elapsed()

    def __enter__(self):
        self._cpu = time.thread_time()
        self._clock.start()
        self._timer.start()
        return self

    def __exit__(self, *exc):
        self._timer.stop()


def shown_search_widget(qtbot, api):
    """Localizar Cliente's search widget on `api`, 1000×500, shown and exposed."""
    from desk_client.clients.search_widget import ClientSearchWidget

    widget = ClientSearchWidget(api)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
