"""Periodic health check: tells the status bar whether the server answers, and recovers by itself."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .api import ApiClient, auth

CHECK_INTERVAL_MS = 10_000
OFFLINE_INTERVAL_MS = 3_000  # look again sooner while the server is away, to recover quickly
CHECK_TIMEOUT_S = 5.0


class ConnectionMonitor(QObject):
    state_changed = Signal(bool)  # True: server reachable

    def __init__(self, api: ApiClient, interval_ms: int = CHECK_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.online: bool | None = None
        self._in_flight = None
        self._timer = QTimer(self)
        self._online_interval = interval_ms
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        api.connection_changed.connect(self._set)

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        if self._in_flight is not None:
            return
        call = auth.health(self.api, timeout=CHECK_TIMEOUT_S)
        call.succeeded.connect(lambda body: self._set(isinstance(body, dict) and body.get("status") == "ok"))
        call.failed.connect(lambda _error: self._set(False))
        call.finished.connect(self._done)
        self._in_flight = call

    def _done(self) -> None:
        self._in_flight = None

    def _set(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self._timer.setInterval(self._online_interval if online else min(OFFLINE_INTERVAL_MS, self._online_interval))
            self.state_changed.emit(online)
