"""The change bus: the server's change feed (GET /changes, long-polled) as Qt signals.

    bus = ChangeBus(api)            # its own connection: a long poll never takes a worker of `api`
    bus.ticket_changed.connect(...) # every ticket change (created, forwarded, commented, closed...)
    bus.forwarded_to_me.connect(...)
    bus.start()

Windows listen instead of polling: the workspace queues refresh, an open ticket window notices that
someone else changed its ticket. After an error the bus waits a little and asks again from the last
sequence it saw, so nothing is missed while the server was away.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from .api import ApiClient, ApiError, changes
from .tickets.rules import is_forward_to_me

log = logging.getLogger("desk_client.events")

WAIT_SECONDS = 25
RETRY_MS = 2000


class ChangeBus(QObject):
    ticket_changed = Signal(dict)
    client_changed = Signal(dict)
    forwarded_to_me = Signal(dict)
    batch_arrived = Signal(int)  # how many changes came in one answer (after all signals of the batch)

    def __init__(self, api: ApiClient, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.me = int((api.user or {}).get("id") or 0)
        self.feed = ApiClient(api.base_url, timeout=WAIT_SECONDS + 15, max_threads=1, parent=self)
        self.last_seq: int | None = None
        self.running = False
        self._call = None
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._ask)

    def start(self) -> None:
        if not self.running:
            self.running = True
            self._ask()

    def stop(self) -> None:
        self.running = False
        self._retry.stop()
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self.feed.close()  # ends the long poll in flight at once (desk_client/api/abortable.py)

    def _ask(self) -> None:
        if not self.running:
            return
        self.feed.token = self.api.token
        if self.last_seq is None:  # first start: from now on, not the whole past
            self._call = changes.last_seq(self.feed)
            self._call.succeeded.connect(self._started)
        else:
            self._call = changes.after(self.feed, self.last_seq, WAIT_SECONDS)
            self._call.succeeded.connect(self._arrived)
        self._call.failed.connect(self._failed)

    def _started(self, body: dict) -> None:
        self.last_seq = int(body.get("last_seq") or 0)
        self._ask()

    def _arrived(self, body: dict) -> None:
        items = body.get("items") or []
        self.last_seq = int(body.get("last_seq") or self.last_seq or 0)
        for change in items:
            self._dispatch(change)
        if items:
            self.batch_arrived.emit(len(items))
        self._ask()

    def _dispatch(self, change: dict) -> None:
        if change.get("ticket_id") is not None:
            self.ticket_changed.emit(change)
            if self.me and is_forward_to_me(change, self.me):
                self.forwarded_to_me.emit(change)
        elif change.get("client_id") is not None:
            self.client_changed.emit(change)

    def _failed(self, error: ApiError) -> None:
        self._call = None
        if error.status == 401 or not self.running:
            self.running = False  # the session is over: the main window handles it
            return
        log.debug("change feed: %s; retrying", error.message)
        self._retry.start()
