"""ProtocolReservation: the one object that reserves a protocol number (POST /protocols) and owns it.

Who owns what:
  - The wizard's number is owned by the ProtocolReservation its WizardContext makes
    (`ctx.reservation`). It reserves when the wizard opens, keeps the status the pages show
    (idle/reserving/ok/failed and the error), and after a failure asks again by itself: every
    RETRY_MS and as soon as the server answers again (the retry policy lives here). The number is
    written into the state (`state.protocol`, saved with the draft) by the context when `reserved`
    fires; nobody else writes it.
  - Once the wizard hands its ticket to the outbox, the number travels in the outbox entry
    (`entry["protocol"]`) and the OutboxSender takes it from there. Only an entry finished while the
    server was down has none: then the sender reserves one with a ProtocolReservation of its own
    (`retry=False`: the outbox's backoff decides when to try again) and records it in the entry. If
    the server then refuses that ticket and it goes back to the wizard, the wizard `adopt()`s the
    number the outbox reserved instead of copying it into the state itself.
  - An abandon while the number is still on its way: `when_reserved()` records it when it arrives,
    even after the wizard window is gone (the request is not bound to the window).

Signals: reserved(str) the number arrived (status "ok"); failed(ApiError) this attempt failed;
changed() the status became "reserving" or "failed" (a number arriving is told by `reserved` only).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import ApiClient, ApiError, protocols

log = logging.getLogger("desk_client.wizard")

RESERVE_TIMEOUT_S = 8.0
RETRY_MS = 5_000

IDLE, RESERVING, OK, FAILED = "idle", "reserving", "ok", "failed"


class ProtocolReservation(QObject):
    reserved = Signal(str)
    failed = Signal(object)
    changed = Signal()

    def __init__(self, api: ApiClient, request: Callable[[], dict], *, number: str | None = None,
                 retry: bool = True, timeout: float = RESERVE_TIMEOUT_S, parent: QObject | None = None):
        """`request()` gives the body of POST /protocols ({"kind", "channel"}) at the moment of
        asking; `retry`: after a failure, ask again by itself (every RETRY_MS and when the server
        answers again) until stop()."""
        super().__init__(parent)
        self.api = api
        self.request = request
        self.timeout = timeout
        self.number = number or None
        self.status = OK if self.number else IDLE
        self.error = ""
        self._call = None  # not bound to an owner: an abandon still records a late number
        self._stopped = False
        self._retry = None
        if retry:
            self._retry = QTimer(self)
            self._retry.setSingleShot(True)
            self._retry.setInterval(RETRY_MS)
            self._retry.timeout.connect(self.recover)
            api.connection_changed.connect(self._connection_changed)

    @property
    def reserving(self) -> bool:
        return self._call is not None

    def reserve(self) -> None:
        """Ask the server for a number (nothing when there is one already or the request is on its way)."""
        if self.number or self._call is not None:
            return
        self._stopped = False
        self.status, self.error = RESERVING, ""
        call = protocols.reserve(self.api, self.request(), timeout=self.timeout)
        call.succeeded.connect(self._answered)
        call.failed.connect(self._failed)
        self._call = call
        self.changed.emit()

    def recover(self) -> None:
        """The retry policy: a failed reservation is asked again (unless stopped)."""
        if self.status == FAILED and not self.number and not self._stopped:
            self.reserve()

    def stop(self) -> None:
        """No more retries (the wizard closed or handed its ticket over). A request already on its
        way still delivers its number (see when_reserved)."""
        self._stopped = True
        if self._retry is not None:
            self._retry.stop()

    def cancel(self) -> None:
        """Stop and forget the request on its way: its answer is dropped."""
        self.stop()
        if self._call is not None:
            self._call.cancel()
            self._call = None

    def adopt(self, number: str) -> None:
        """A number reserved for this attendance elsewhere (by the outbox while the wizard waited)."""
        if number and not self.number:
            self.cancel()
            self._set(number)

    def when_reserved(self, callback: Callable[[str], None]) -> bool:
        """Call `callback(number)` now, or when the request on its way is answered — even if this
        object (and the window it belongs to) is gone by then. False when there is nothing to wait for."""
        if self.number:
            callback(self.number)
            return True
        if self._call is None:
            return False
        self._call.succeeded.connect(lambda body, callback=callback: callback(body["number"]))
        return True

    def _connection_changed(self, online: bool) -> None:
        if online:
            self.recover()

    def _answered(self, body: dict) -> None:
        self._call = None
        log.info("protocol %s reserved", body["number"])
        self._set(body["number"])

    def _set(self, number: str) -> None:
        self.number, self.status, self.error = number, OK, ""
        self.reserved.emit(number)

    def _failed(self, error: ApiError) -> None:
        self._call = None
        self.status, self.error = FAILED, error.message
        log.warning("protocol reservation failed: %s", error.message)
        if self._retry is not None and not self._stopped:
            self._retry.start()
        self.failed.emit(error)
        self.changed.emit()
