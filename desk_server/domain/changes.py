"""The change feed: every change to a ticket (or client) is a row with a database sequence.

Correct across server instances: the rows live in the database, and on PostgreSQL each writer takes a
transaction-level advisory lock before inserting its row, so rows become visible in `seq` order (a
reader that saw seq 11 can never later find a seq 10 committed after it). SQLite serialises writers
anyway. Insert the row as the last statement before the commit: the lock is held until then.

Long polling (`GET /changes?wait=`) does not hold a database connection while it waits: one watcher
task per process looks at `max(seq)` a few times a second, with a short-lived session, while someone
is waiting, and wakes the waiting requests when it moves.
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from ..models.base import utcnow
from ..models.workspace import Change

FEED_LOCK_KEY = 0x15D_C4A6  # pg_advisory_xact_lock key of the feed ("isp desk changes")
PAGE = 500
POLL_SECONDS = 0.2


_COLUMNS = ("at", "kind", "ticket_id", "client_id", "user_id", "assigned_user_id", "assigned_cargo_id", "data")


def _insert(locked: bool):
    """INSERT of one change, built once. On PostgreSQL the feed lock is taken by the same statement
    (one round trip instead of two, both while other writers wait for the lock)."""
    table = Change.__table__
    values = select(*(bindparam(name, type_=table.c[name].type) for name in _COLUMNS))
    if locked:
        values = values.select_from(select(func.pg_advisory_xact_lock(FEED_LOCK_KEY)).subquery("feed_lock"))
    return insert(table).from_select(list(_COLUMNS), values)


_INSERT = {"postgresql": _insert(locked=True), "sqlite": _insert(locked=False)}


def record(session: Session, kind: str, *, ticket=None, client_id: int | None = None, user_id: int | None = None,
           data: dict | None = None, at: datetime | None = None) -> None:
    """Append a change (written now, under the feed lock on PostgreSQL). The session's pending
    changes are flushed first, so the lock is not held while they are written."""
    session.flush()
    session.execute(_INSERT[session.get_bind().dialect.name], {
        "at": at or utcnow(), "kind": kind, "user_id": user_id, "data": data,
        "ticket_id": ticket.id if ticket is not None else None,
        "client_id": client_id if client_id is not None else (ticket.client_id if ticket is not None else None),
        "assigned_user_id": ticket.assigned_user_id if ticket is not None else None,
        "assigned_cargo_id": ticket.assigned_cargo_id if ticket is not None else None})


def item(row: Change) -> dict:
    return {"seq": row.seq, "kind": row.kind, "at": row.at, "ticket_id": row.ticket_id, "client_id": row.client_id,
            "user_id": row.user_id, "assigned_user_id": row.assigned_user_id,
            "assigned_cargo_id": row.assigned_cargo_id, "data": row.data}


def fetch(session: Session, after: int, limit: int = PAGE) -> tuple[list[dict], int]:
    rows = session.scalars(select(Change).where(Change.seq > after).order_by(Change.seq).limit(limit)).all()
    return [item(r) for r in rows], (rows[-1].seq if rows else after)


def latest_seq(session: Session) -> int:
    return session.scalar(select(func.max(Change.seq))) or 0


@dataclass
class ChangeWatcher:
    """Per-process: wakes long-polling requests when the feed's last seq moves."""

    session_factory: object
    latest: int = -1
    _waiters: int = 0
    _task: asyncio.Task | None = None
    _cond: asyncio.Condition | None = None

    def _read_latest(self) -> int:
        session = self.session_factory()
        try:
            return latest_seq(session)
        finally:
            session.close()

    async def wait_past(self, after: int, timeout: float) -> bool:
        """True as soon as the feed has a seq > after; False after `timeout` seconds without one."""
        if self._cond is None:
            self._cond = asyncio.Condition()
        deadline = time.monotonic() + timeout
        self._waiters += 1
        try:
            if self._task is None or self._task.done():
                self._task = asyncio.get_running_loop().create_task(self._poll())
            async with self._cond:
                while self.latest <= after:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    try:
                        await asyncio.wait_for(self._cond.wait(), left)
                    except TimeoutError:
                        return False
                return True
        finally:
            self._waiters -= 1

    async def _poll(self) -> None:
        while self._waiters > 0:
            try:
                latest = await asyncio.to_thread(self._read_latest)
            except Exception:  # noqa: BLE001 — a database hiccup: the waiters time out and ask again
                latest = self.latest
            if latest != self.latest:
                self.latest = latest
                async with self._cond:
                    self._cond.notify_all()
            await asyncio.sleep(POLL_SECONDS)
