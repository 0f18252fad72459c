"""A small connection pool per router.

- At most `size` API connections per router (default 3: well under RouterOS's api max-sessions of
  20, leaving room for Winbox/other tools); a connection belongs to one thread at a time.
- Any exception while a connection is out discards it: after an error librouteros replies may be
  out of step with the commands.
- A reused idle connection that turns out dead is replaced once, transparently.
- Connecting retries quickly once on a transient close/reset (tenacity), and after a connection-level
  failure the router is in back-off (1, 2, 4 ... 30 s, jittered): calls fail fast with the last error
  instead of piling threads on a dead router. A successful call or "Testar conexão" ends the back-off.
- If the router closes new connections while others are open (its max-sessions is lower than our
  size), the pool shrinks to what works for a while and waits for a free connection instead.
"""
from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from tenacity import RetryError, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from .connection import RouterConnection, RouterTarget, open_connection
from .errors import RouterError, classify

log = logging.getLogger("desk_server.routeros.pool")
T = TypeVar("T")

_TRANSIENT_CONNECT = {"closed_at_login", "reset"}
_RETRY_ON_REUSED = {"closed", "reset", "closed_at_login", "protocol"}
_LIMIT_ERRORS = {"closed_at_login", "too_many"}
LONELY_RETRIES = 3   # a refusal while we hold no session: tried again after 0.1, 0.2, 0.4 s
LONELY_WAIT = 0.1


class RouterPool:
    def __init__(self, target: RouterTarget, *, size: int = 3, io_timeout: float = 5.0,
                 idle_seconds: float = 120.0, max_backoff: float = 30.0,
                 connect: Callable[..., RouterConnection] = open_connection):
        if size < 1:
            raise ValueError("pool size must be >= 1")
        self.target = target
        self.size = size
        self.io_timeout = io_timeout
        self.idle_seconds = idle_seconds
        self.max_backoff = max_backoff
        self._connect_fn = connect
        self._cond = threading.Condition()
        self._idle: list[RouterConnection] = []
        self._lent: set[RouterConnection] = set()
        self._logging_in: dict[int, socket.socket] = {}  # thread id → socket of a login in progress
        self._out = 0  # connections lent out or being opened
        self._closed = False
        self._failures = 0
        self._retry_at = 0.0
        self._last_error: RouterError | None = None
        self._limit = size
        self._limit_until = 0.0
        self.opened = 0  # statistics
        self.discarded = 0

    # -- public ---------------------------------------------------------------------------------
    def execute(self, fn: Callable[[RouterConnection], T], *, deadline: float) -> T:
        """Run fn(connection) with a pooled connection before `deadline` (time.monotonic())."""
        for attempt in (1, 2):
            conn, fresh = self._acquire(deadline)
            try:
                result = fn(conn)
            except BaseException as exc:
                self._discard(conn)
                error = classify(exc)
                if (not fresh and attempt == 1 and error.code in _RETRY_ON_REUSED
                        and deadline - time.monotonic() > 0.2):
                    log.info("router %s: idle connection was dead (%s); reconnecting", self.target.name,
                             error.code)
                    continue
                if error.connection_level:
                    self._note_failure(error)
                if isinstance(exc, RouterError):
                    raise
                raise error from exc
            else:
                self._release(conn)
                self.note_success()
                return result
        raise AssertionError("unreachable")

    def note_success(self) -> None:
        with self._cond:
            self._failures = 0
            self._retry_at = 0.0
            self._last_error = None

    @property
    def in_backoff(self) -> bool:
        return time.monotonic() < self._retry_at

    @property
    def stats(self) -> dict:
        with self._cond:
            return {"idle": len(self._idle), "out": self._out, "size": self.size, "limit": self._limit,
                    "opened": self.opened, "discarded": self.discarded, "failures": self._failures,
                    "backoff_seconds": max(0.0, self._retry_at - time.monotonic())}

    def reap_idle(self) -> int:
        """Close connections idle for longer than idle_seconds; returns how many."""
        now = time.monotonic()
        with self._cond:
            stale = [c for c in self._idle if now - c.last_used > self.idle_seconds]
            self._idle = [c for c in self._idle if c not in stale]
        for conn in stale:
            conn.close()
        return len(stale)

    def close(self) -> None:
        """Close idle connections and cut the ones in use (their calls fail at once: server shutdown)."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            lent = list(self._lent)
            opening = list(self._logging_in.values())
            self._cond.notify_all()
        for conn in idle:
            conn.close()
        for conn in lent:
            conn.abort()
        for sock in opening:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    # -- internals ------------------------------------------------------------------------------
    def _acquire(self, deadline: float) -> tuple[RouterConnection, bool]:
        lonely_refusals = 0
        while True:
            stale: list[RouterConnection] = []
            with self._cond:
                while True:
                    if self._closed:
                        raise RouterError("closed_pool")
                    now = time.monotonic()
                    while self._idle:
                        conn = self._idle.pop()
                        if now - conn.last_used > self.idle_seconds:
                            stale.append(conn)
                            continue
                        self._out += 1
                        self._lent.add(conn)
                        for old in stale:
                            old.close()
                        return conn, False
                    if now < self._retry_at and self._last_error is not None:
                        err = self._last_error
                        raise RouterError(err.code, err.detail, retry_in=self._retry_at - now)
                    if now > self._limit_until:
                        self._limit = self.size
                    if self._out < self._limit:
                        self._out += 1
                        break
                    left = deadline - now
                    if left <= 0:
                        raise RouterError("busy")
                    self._cond.wait(min(left, 0.25))
            for old in stale:
                old.close()
            others = self._out - 1
            try:
                conn = self._open(deadline)
            except RouterError as error:
                with self._cond:
                    self._out -= 1
                    self._cond.notify()
                if error.code in _LIMIT_ERRORS and others > 0 and deadline - time.monotonic() > 0.1:
                    # The router allows fewer API sessions than our pool size: live with what works.
                    with self._cond:
                        self._limit = max(1, others)
                        self._limit_until = time.monotonic() + 60.0
                    log.warning("router %s refused an extra API session; pool limited to %d for 60 s",
                                self.target.name, self._limit)
                    continue
                if (error.code in _LIMIT_ERRORS and others == 0 and lonely_refusals < LONELY_RETRIES
                        and deadline - time.monotonic() > LONELY_WAIT * 2 ** lonely_refusals + 0.1):
                    # Refused while we hold no other session: the router still counts one we
                    # closed a moment ago (it notices a dropped session late, more so when busy).
                    # A short wait, a few times; a router that really blocks us fails soon after.
                    time.sleep(LONELY_WAIT * 2 ** lonely_refusals)
                    lonely_refusals += 1
                    continue
                if error.connection_level:
                    self._note_failure(error)
                raise
            self.opened += 1
            with self._cond:
                self._lent.add(conn)
                closed = self._closed
            if closed:
                conn.abort()
            return conn, True

    def _open(self, deadline: float) -> RouterConnection:
        def transient(exc: BaseException) -> bool:
            return (isinstance(exc, RouterError) and exc.code in _TRANSIENT_CONNECT
                    and deadline - time.monotonic() > 0.5)

        try:
            for attempt in Retrying(stop=stop_after_attempt(2), wait=wait_exponential(multiplier=0.1, max=0.5),
                                    retry=retry_if_exception(transient), reraise=True):
                with attempt:
                    return self._connect_fn(self.target, io_timeout=self.io_timeout, deadline=deadline,
                                            track=self._track_login)
        except RetryError as exc:  # pragma: no cover - reraise=True re-raises the last error
            raise classify(exc.last_attempt.exception()) from exc
        raise AssertionError("unreachable")

    def _track_login(self, sock: socket.socket | None) -> None:
        ident = threading.get_ident()
        with self._cond:
            if sock is None:
                self._logging_in.pop(ident, None)
                return
            self._logging_in[ident] = sock
            closed = self._closed
        if closed:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _release(self, conn: RouterConnection) -> None:
        with self._cond:
            self._out -= 1
            self._lent.discard(conn)
            if self._closed or conn.closed:
                close = True
            else:
                self._idle.append(conn)
                close = False
            self._cond.notify()
        if close:
            conn.close()

    def _discard(self, conn: RouterConnection) -> None:
        conn.close()
        with self._cond:
            self._out -= 1
            self._lent.discard(conn)
            self.discarded += 1
            self._cond.notify()

    def _note_failure(self, error: RouterError) -> None:
        with self._cond:
            self._failures += 1
            delay = min(self.max_backoff, 2 ** (self._failures - 1))
            delay *= random.uniform(0.8, 1.0)
            self._retry_at = time.monotonic() + delay if delay > 0 else 0.0
            self._last_error = error


class PoolRegistry:
    """One RouterPool per router; a router whose address or credentials changed gets a new pool."""

    def __init__(self, **pool_options):
        self._options = pool_options
        self._lock = threading.Lock()
        self._pools: dict[int, RouterPool] = {}
        self._closed = False

    def get(self, target: RouterTarget) -> RouterPool:
        old = None
        with self._lock:
            if self._closed:
                raise RouterError("closed_pool")
            pool = self._pools.get(target.id)
            if pool is None or pool.target.fingerprint != target.fingerprint:
                old = pool
                pool = RouterPool(target, **self._options)
                self._pools[target.id] = pool
            elif pool.target != target:
                pool.target = target  # name changed only
        if old is not None:
            old.close()
        return pool

    def peek(self, router_id: int) -> RouterPool | None:
        with self._lock:
            return self._pools.get(router_id)

    def forget(self, router_id: int) -> None:
        with self._lock:
            pool = self._pools.pop(router_id, None)
        if pool is not None:
            pool.close()

    def reap_idle(self) -> int:
        with self._lock:
            pools = list(self._pools.values())
        return sum(p.reap_idle() for p in pools)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()
