"""A modal dialog nobody answers would block a GUI test forever (QDialog.exec() runs its own event
loop, where pytest-timeout's signal cannot reach). The watchdog, a timer on the GUI thread, closes a
modal left open longer than the limit and the test then fails naming it: a hang becomes a failure."""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

LIMIT_S = 30.0


class ModalWatchdog:
    def __init__(self, limit_s: float = LIMIT_S):
        self.limit_s = limit_s
        self.closed: list[str] = []
        self._seen: tuple[int, float] | None = None
        self._timer = QTimer()
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            self._seen = None
            return
        now = time.monotonic()
        if self._seen is None or self._seen[0] != id(modal):
            self._seen = (id(modal), now)
            return
        if now - self._seen[1] > self.limit_s:
            self.closed.append(f"{type(modal).__name__} '{modal.windowTitle()}'")
            self._seen = None
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    def stop(self) -> list[str]:
        self._timer.stop()
        return self.closed
