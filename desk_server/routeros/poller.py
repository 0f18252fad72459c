"""The router poller: status, online sessions and traffic counters of every router, on a schedule.

- Each server instance runs one RouterPoller (worker "router-poller"). A router is polled only by the
  instance holding its lease row (router_poll_leases, claimed with FOR UPDATE SKIP LOCKED on
  PostgreSQL), so instances share the routers and never poll one twice at once.
- Routers are polled on a bounded thread pool, each with its own deadline: a dead or slow router
  occupies one thread until its deadline and never delays the others (the loop does not wait for
  stragglers; a router is due again `router_poll_interval` after its last poll started).
- One poll = /system/identity + /system/resource + /ppp/active (+ /interface print of the pppoe-in
  interfaces when a traffic sample is due), all on one pooled connection; then one transaction with
  the status row, the diff of online sessions and the traffic samples (COPY on PostgreSQL).
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from datetime import timedelta

from ..models.base import utcnow
from ..models.routers import Router, RouterStatus
from . import commands, store
from .errors import RouterError, classify
from .service import RouterService, resolve_overdue_relogins

log = logging.getLogger("desk_server.routeros.poller")


@dataclass
class PollResult:
    router_id: int
    owner: str
    ok: bool
    started: float  # time.monotonic(), before the poll touches the router
    finished: float  # just before the commit that writes the results and releases the lease
    fetch_seconds: float = 0.0
    write_seconds: float = 0.0
    sessions: int | None = None
    samples: int = 0
    changed: int = 0
    error: str | None = None
    error_code: str | None = None

    @property
    def seconds(self) -> float:
        return self.finished - self.started


@dataclass
class CycleReport:
    started: float
    finished: float
    claimed: list[int] = field(default_factory=list)
    results: list[PollResult] = field(default_factory=list)
    unfinished: list[int] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return self.finished - self.started


class RouterPoller:
    def __init__(self, service: RouterService, *, owner: str | None = None, tick: float | None = None,
                 threads: int | None = None):
        self.service = service
        self.rs = service.rsettings
        self.session_factory = service.session_factory
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.tick = tick if tick is not None else max(0.5, min(5.0, self.rs.router_poll_interval / 4))
        self._executor = ThreadPoolExecutor(max_workers=threads or self.rs.router_poller_threads,
                                            thread_name_prefix="router-poll")
        self._running: dict[int, Future] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_prune = 0.0
        self.history: deque[PollResult] = deque(maxlen=5000)  # recent polls (tests, diagnostics)

    # -- worker protocol ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="router-poller", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_cycle(wait=False)
                self.housekeeping()
            except Exception:
                log.exception("router poll cycle failed")
            self._stop.wait(self.tick)

    # -- cycles ---------------------------------------------------------------------------------
    def run_cycle(self, *, force: bool = False, wait: bool = True, timeout: float | None = None) -> CycleReport:
        """Claim the due routers and poll them; with wait=True, wait for them (bounded by the deadline)."""
        started = time.monotonic()
        with self._lock:
            self._running = {rid: fut for rid, fut in self._running.items() if not fut.done()}
            busy = list(self._running)
        now = utcnow()
        with self.session_factory() as session:
            store.ensure_leases(session)
            claimed = store.claim_due(session, self.owner, now, interval=self.rs.router_poll_interval,
                                      ttl=self.rs.lease_ttl, traffic_interval=self.rs.router_traffic_interval,
                                      force=force, exclude=busy)
        futures: dict[Future, int] = {}
        for router_id, traffic_due in claimed:
            if self._stop.is_set():
                break
            future = self._executor.submit(self.poll_router, router_id, traffic_due)
            with self._lock:
                self._running[router_id] = future
            futures[future] = router_id
        report = CycleReport(started=started, finished=started, claimed=[rid for rid, _ in claimed])
        if wait and futures:
            bound = timeout if timeout is not None else self.rs.router_poll_deadline + 10
            done, pending = wait_futures(futures, timeout=bound)
            report.results = [f.result() for f in done if f.exception() is None]
            report.unfinished = [futures[f] for f in pending]
        report.finished = time.monotonic()
        return report

    def poll_router(self, router_id: int, traffic_due: bool = True) -> PollResult:
        """Poll one router whose lease this poller holds; never raises."""
        started = time.monotonic()
        result = PollResult(router_id=router_id, owner=self.owner, ok=False, started=started, finished=started)
        try:
            with self.session_factory() as session:
                router = session.get(Router, router_id)
                if router is None:
                    raise RouterError("inactive")
                status = session.get(RouterStatus, router_id)
                previous_ok_at = status.last_ok_at if status is not None else None
                target = self.service.target(router)

            def fetch(conn, deadline):
                info = commands.fetch_status(conn, deadline, count_sessions=False)
                sessions = commands.list_sessions(conn, deadline)
                counters = commands.list_counters(conn, deadline) if traffic_due else None
                return info, sessions, counters

            deadline = time.monotonic() + self.rs.router_poll_deadline
            info, sessions, counters = self.service.run(target, fetch, deadline=deadline)
            fetched = time.monotonic()
            result.fetch_seconds = fetched - started
            now = utcnow()
            info.sessions = len(sessions)
            with self.session_factory() as session:
                store.save_status(session, router_id, now, info=info, source="poller")
                diff = store.apply_online(session, router_id, sessions, now, previous_ok_at)
                if counters is not None:
                    result.samples = store.insert_samples(session, router_id, now, counters)
                store.release_lease(session, router_id, self.owner, traffic_at=now if counters is not None else None)
                result.finished = time.monotonic()  # the lease ends with this commit
                session.commit()
            result.write_seconds = result.finished - fetched
            result.ok = True
            result.sessions = len(sessions)
            result.changed = diff["changed"] + diff["gone"]
        except Exception as exc:  # a poll must always record its outcome
            error = classify(exc)
            if error.code == "internal":
                log.exception("poll of router %s failed", router_id)
            result.error, result.error_code = error.message, error.code
            try:
                with self.session_factory() as session:
                    if session.get(Router, router_id) is not None:
                        store.save_status(session, router_id, utcnow(), error=error, source="poller")
                    store.release_lease(session, router_id, self.owner, traffic_at=None)
                    result.finished = time.monotonic()
                    session.commit()
            except Exception:
                log.exception("could not record the failed poll of router %s", router_id)
        if result.finished == started:
            result.finished = time.monotonic()
        self.history.append(result)
        return result

    def housekeeping(self, *, force: bool = False) -> None:
        now = utcnow()
        with self.session_factory() as session:
            if resolve_overdue_relogins(session, now):
                session.commit()
        if force or time.monotonic() - self._last_prune > 3600:
            self._last_prune = time.monotonic()
            with self.session_factory() as session:
                removed = store.prune_samples(session, now - timedelta(days=self.rs.router_traffic_retention_days))
                session.commit()
            if removed:
                log.info("pruned %d traffic samples", removed)
        self.service.pools.reap_idle()
