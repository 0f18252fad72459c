"""The outbox: requests that must reach the server even if it is down right now (Qt-free part).

One JSON file per entry under data_dir()/outbox/<username>/, written atomically, so a crash or a
kill loses nothing. Entries are per operator because the server scopes idempotency keys to the user
who sends them: only the operator who made an entry may send it.

Entry kinds:
  "ticket"   POST /tickets with its Idempotency-Key (a retry returns the same ticket, never a second
             one), with the protocol the wizard reserved (`protocol`). If the wizard never got one
             (server down from the start), the sender first reserves one (ProtocolReservation) and
             records it in the entry before posting the ticket. Then the entry's
             follow-up requests (O.S., e-mail...) are sent, "{ticket_id}" filled in.
  "abandon"  POST /protocols/{number}/abandon {"reason"}: the contact without ticket.

The sending itself (QTimer + ApiClient) is sender.OutboxSender; the status-bar words, indicator.describe.
"""
from __future__ import annotations

import logging
import os
import time
import uuid
from pathlib import Path

from ..wizard.state import now_iso
from .jsonfiles import disk_queue, flush_disk_queue, read_json, safe_name, write_json

log = logging.getLogger("desk_client.outbox")

PENDING, FAILED = "pending", "failed"
BACKOFF_SECONDS = (2, 5, 10, 20, 30)  # then every 30 s


def backoff_seconds(attempts: int) -> float:
    """Delay before the next try after `attempts` failed ones (capped at 30 s)."""
    if attempts <= 0:
        return 0.0
    return float(BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


def ticket_entry(*, username: str, body: dict, idempotency_key: str, summary: dict, state: dict,
                 follow_ups: list[dict] | None = None) -> dict:
    return _entry("ticket", username, protocol=body.get("protocol"), body=body,
                  idempotency_key=idempotency_key, summary=summary, state=state, follow_ups=follow_ups or [],
                  ticket=None)


def abandon_entry(*, username: str, protocol: str, reason: str, summary: dict | None = None) -> dict:
    return _entry("abandon", username, protocol=protocol, reason=reason, summary=summary or {})


def _entry(kind: str, username: str, **fields) -> dict:
    return {"id": uuid.uuid4().hex, "kind": kind, "username": username, "created_at": now_iso(),
            "created_ts": time.time(), "status": PENDING, "attempts": 0, "next_attempt_ts": 0.0,
            "last_error": None, **fields}


class OutboxStore:
    def __init__(self, directory: Path, username: str):
        self.directory = Path(directory) / safe_name(username)
        self.username = username

    def path_for(self, entry_id: str) -> Path:
        return self.directory / f"{safe_name(entry_id)}.json"

    # Writes go through the shared disk thread (ordered with the drafts' writes); each returns a
    # Future, which Qt-free callers may wait on.
    def add(self, entry: dict):
        if entry.get("username") != self.username:
            raise ValueError("entrada da caixa de saída de outro operador")
        return self.save(entry)

    def save(self, entry: dict):
        snapshot = json_copy(entry)
        return disk_queue().submit(write_json, self.path_for(entry["id"]), snapshot)

    def remove(self, entry_id: str):
        return disk_queue().submit(_unlink, self.path_for(entry_id))

    @staticmethod
    def flush(timeout: float | None = 10) -> None:
        flush_disk_queue(timeout)

    def get(self, entry_id: str) -> dict | None:
        try:
            return read_json(self.path_for(entry_id))
        except FileNotFoundError:
            return None

    def entries(self) -> list[dict]:
        """Oldest first (the order they are sent in)."""
        found = []
        if not self.directory.is_dir():
            return found
        for path in self.directory.glob("*.json"):
            try:
                entry = read_json(path)
            except (OSError, ValueError) as exc:
                log.error("unreadable outbox entry %s (%s): set aside", path, exc)
                try:
                    os.replace(path, path.with_suffix(".bad"))
                except OSError:
                    pass
                continue
            if isinstance(entry, dict) and entry.get("id"):
                found.append(entry)
        found.sort(key=lambda e: (e.get("created_ts", 0), e["id"]))
        return found

    def pending(self) -> list[dict]:
        return [e for e in self.entries() if e.get("status") == PENDING]

    def failed(self) -> list[dict]:
        return [e for e in self.entries() if e.get("status") == FAILED]

    def idempotency_keys(self) -> set[str]:
        return {e["idempotency_key"] for e in self.entries() if e.get("idempotency_key")}

    def due(self, now: float | None = None) -> list[dict]:
        now = time.time() if now is None else now
        return [e for e in self.pending() if e.get("next_attempt_ts", 0) <= now]


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def json_copy(data):
    import json

    return json.loads(json.dumps(data))


def record_failure(entry: dict, message: str, *, permanent: bool, now: float | None = None) -> dict:
    """Count a failed attempt: schedule the next one with backoff, or mark the entry failed."""
    now = time.time() if now is None else now
    entry["attempts"] = int(entry.get("attempts", 0)) + 1
    entry["last_error"] = message
    entry["last_attempt_at"] = now_iso()
    if permanent:
        entry["status"] = FAILED
    else:
        entry["next_attempt_ts"] = now + backoff_seconds(entry["attempts"])
    return entry


def is_permanent(status: int | None, kind: str) -> bool:
    """Connection problems, timeouts, 5xx and 429 are retried; other HTTP refusals are not (a retry
    would get the same answer): the operator has to look at them."""
    if kind in ("unreachable", "timeout", "invalid"):
        return False
    if status is None:
        return False
    return not (status >= 500 or status in (408, 429))
