"""Sends the outbox through the ApiClient, one entry at a time, retrying with backoff (QTimer).

The sender keeps the entries in memory (loaded once) and writes every change through the store's
background disk thread; the GUI thread only starts requests and reacts to their signals.

The protocol number comes with the entry (`entry["protocol"]`, reserved by the wizard's
ProtocolReservation). Only a ticket finished while the server was down has none: the sender then
reserves one first, with a ProtocolReservation of its own (no retries of its own: the backoff here
decides), and records it in the entry before posting the ticket.

Signals (all on the GUI thread):
  changed()                   counts changed (the status-bar indicator listens)
  sent(entry, answer)         the ticket (or abandon) was accepted by the server
  deferred(entry, ApiError)   not now (server down, timeout, 5xx): it will be retried
  rejected(entry, ApiError)   refused for good (4xx): marked failed, the operator must look at it
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import ApiClient, ApiError, follow_ups, protocols, tickets
from ..ui.callbacks import alive
from ..wizard.protocol_reservation import ProtocolReservation
from .store import FAILED, PENDING, OutboxStore, is_permanent, record_failure

log = logging.getLogger("desk_client.outbox")

TICK_MS = 1000
TICKET_TIMEOUT_S = 15.0


class OutboxSender(QObject):
    changed = Signal()
    sent = Signal(object, object)
    deferred = Signal(object, object)
    rejected = Signal(object, object)

    def __init__(self, api: ApiClient, store: OutboxStore, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.store = store
        self.entries: dict[str, dict] = {e["id"]: e for e in store.entries()}
        self._in_flight: str | None = None
        self._call = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.send_due)
        api.connection_changed.connect(self._connection_changed)

    # -- control ------------------------------------------------------------------------------------
    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, alive(self, self.send_due))

    def stop(self) -> None:
        self._timer.stop()
        if self._call is not None:
            self._call.cancel()
            self._call = None
            self._in_flight = None

    def submit(self, entry: dict) -> dict:
        """Persist a new entry and try to send it right away."""
        self.store.add(entry)
        self.entries[entry["id"]] = entry
        self.changed.emit()
        self.send_due()
        return entry

    def retry_now(self) -> None:
        for entry in self.entries.values():
            if entry.get("status") == PENDING:
                entry["next_attempt_ts"] = 0.0
        self.send_due()

    def retry_failed(self, entry_id: str) -> None:
        entry = self.entries.get(entry_id)
        if entry is not None:
            entry["status"], entry["next_attempt_ts"] = PENDING, 0.0
            self.store.save(entry)
            self.changed.emit()
            self.send_due()

    def discard(self, entry_id: str) -> dict | None:
        entry = self.entries.pop(entry_id, None)
        self.store.remove(entry_id)
        if self._in_flight == entry_id and self._call is not None:
            self._call.cancel()
            self._call, self._in_flight = None, None
        self.changed.emit()
        return entry

    # -- reading ------------------------------------------------------------------------------------
    def pending(self) -> list[dict]:
        return self._ordered(PENDING)

    def failed(self) -> list[dict]:
        return self._ordered(FAILED)

    def all(self) -> list[dict]:
        return sorted(self.entries.values(), key=lambda e: (e.get("created_ts", 0), e["id"]))

    def _ordered(self, status: str) -> list[dict]:
        return [e for e in self.all() if e.get("status") == status]

    @property
    def busy(self) -> bool:
        return self._in_flight is not None

    # -- sending ------------------------------------------------------------------------------------
    def _connection_changed(self, online: bool) -> None:
        if online:
            self.retry_now()

    def send_due(self) -> None:
        if self._in_flight is not None:
            return
        now = time.time()
        for entry in self.pending():
            if entry.get("next_attempt_ts", 0) <= now:
                self._send(entry)
                return

    def _send(self, entry: dict) -> None:
        self._in_flight = entry["id"]
        if entry["kind"] == "abandon":
            call = protocols.abandon(self.api, entry["protocol"], entry["reason"], timeout=TICKET_TIMEOUT_S, owner=self)
            call.succeeded.connect(lambda answer, e=entry: self._done(e, answer))
        elif entry.get("ticket") is not None:
            self._send_follow_up(entry)
            return
        elif not entry.get("protocol"):
            self._reserve_for(entry)
            return
        else:
            call = tickets.create(self.api, entry["body"], entry["idempotency_key"], timeout=TICKET_TIMEOUT_S,
                                  owner=self)
            call.succeeded.connect(lambda answer, e=entry: self._ticket_created(e, answer))
        call.failed.connect(lambda error, e=entry: self._failed(e, error))
        self._call = call
        log.info("outbox: sending %s %s (attempt %d)", entry["kind"], entry["id"], entry.get("attempts", 0) + 1)

    def _reserve_for(self, entry: dict) -> None:
        """The entry was finished while the server was down: reserve its number, then send it."""
        body = entry["body"]
        request = {"kind": body.get("kind"), "channel": body.get("channel")}
        reservation = ProtocolReservation(self.api, lambda: request, retry=False, timeout=TICKET_TIMEOUT_S,
                                          parent=self)
        reservation.reserved.connect(lambda number, e=entry: self._protocol_reserved(e, number))
        reservation.failed.connect(lambda error, e=entry: self._failed(e, error))
        for signal in (reservation.reserved, reservation.failed):
            signal.connect(reservation.deleteLater)
        self._call = reservation  # cancel() like a call
        reservation.reserve()
        log.info("outbox: reserving a protocol for %s %s (attempt %d)", entry["kind"], entry["id"],
                 entry.get("attempts", 0) + 1)

    def _release(self, entry: dict) -> bool:
        """The answer is for the entry in flight (and it was not discarded meanwhile)."""
        if self._in_flight != entry["id"]:
            return False
        self._in_flight, self._call = None, None
        return entry["id"] in self.entries

    def _protocol_reserved(self, entry: dict, number: str) -> None:
        if not self._release(entry):
            return
        entry["protocol"] = number
        entry["body"]["protocol"] = number
        entry.setdefault("summary", {})["protocol"] = number
        self.store.save(entry)
        log.info("outbox: reserved protocol %s for entry %s", number, entry["id"])
        self._send(entry)

    def _ticket_created(self, entry: dict, answer: dict) -> None:
        if not self._release(entry):
            return
        entry["ticket"] = answer
        if entry.get("follow_ups"):
            self.store.save(entry)
            self.sent.emit(entry, answer)
            self.changed.emit()
            self._send_follow_up(entry)
            return
        self._finish(entry, answer)

    def _send_follow_up(self, entry: dict) -> None:
        self._in_flight = entry["id"]
        # the follow-up's own Idempotency-Key: a retry after a lost answer never creates a second O.S.;
        # a file copied into the outbox (attachments) goes up as a multipart upload
        call = follow_ups.send(self.api, entry["follow_ups"][0], entry["ticket"]["id"], timeout=TICKET_TIMEOUT_S,
                               owner=self)
        call.succeeded.connect(lambda _answer, e=entry: self._follow_up_done(e))
        call.failed.connect(lambda error, e=entry: self._failed(e, error))
        self._call = call

    def _follow_up_done(self, entry: dict) -> None:
        if not self._release(entry):
            return
        done = entry["follow_ups"].pop(0)
        if (done.get("upload") or {}).get("owned"):  # the outbox's own copy of an uploaded file
            Path(done["upload"]["file"]).unlink(missing_ok=True)
        entry["attempts"] = 0
        if entry["follow_ups"]:
            self.store.save(entry)
            self._send_follow_up(entry)
        else:
            self.entries.pop(entry["id"], None)
            self.store.remove(entry["id"])
            self.changed.emit()
            self.send_due()

    def _done(self, entry: dict, answer) -> None:
        if not self._release(entry):
            return
        self._finish(entry, answer)

    def _finish(self, entry: dict, answer) -> None:
        self.entries.pop(entry["id"], None)
        self.store.remove(entry["id"])
        log.info("outbox: %s %s sent", entry["kind"], entry["id"])
        self.sent.emit(entry, answer)
        self.changed.emit()
        self.send_due()

    def _failed(self, entry: dict, error: ApiError) -> None:
        if not self._release(entry):
            return
        permanent = is_permanent(error.status, error.kind) and error.status != 401
        record_failure(entry, error.message, permanent=permanent)
        self.store.save(entry)
        log.warning("outbox: %s %s %s: %s", entry["kind"], entry["id"],
                    "refused" if permanent else "deferred", error.message)
        (self.rejected if permanent else self.deferred).emit(entry, error)
        self.changed.emit()
        if permanent:
            self.send_due()
