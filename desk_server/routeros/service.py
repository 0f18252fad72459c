"""RouterService: what the API and the poller ask of routers, over the shared connection pools.

One per app (app.state.routeros). Every call has a deadline, so an HTTP request that touches a router
answers in bounded time whatever the router does.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..models.base import utcnow
from ..models.routers import Router, RouterAction
from ..models.tickets import TicketEvent
from . import commands
from .connection import RouterConnection, RouterTarget, open_connection
from .crypto import PasswordUnreadable, decrypt_password
from .errors import RouterError, classify
from .pool import PoolRegistry
from .settings import RouterSettings

log = logging.getLogger("desk_server.routeros")


def normalise_mac(value: str | None) -> str | None:
    """12 lowercase hex digits, or None when the text is not a MAC (caller-id may be an IP)."""
    if not value:
        return None
    text = value.strip()
    if not re.fullmatch(r"[0-9A-Fa-f:.\- ]+", text):
        return None
    digits = re.sub(r"[:.\- ]", "", text).lower()
    return digits if len(digits) == 12 else None


def format_mac(value: str | None) -> str | None:
    mac = normalise_mac(value)
    return ":".join(mac[i:i + 2] for i in range(0, 12, 2)).upper() if mac else None


def target_for(router: Router, secret: str) -> RouterTarget:
    try:
        password = decrypt_password(secret, router.password_encrypted)
    except PasswordUnreadable:
        raise RouterError("password_unreadable") from None
    return RouterTarget(id=router.id, name=router.name, host=router.host, port=router.port,
                        username=router.username, password=password, use_ssl=router.use_ssl)


@dataclass
class LiveSession:
    online: bool
    session: commands.ActiveSession | None
    rx_bps: int | None
    tx_bps: int | None
    checked_at: datetime
    elapsed_ms: float


class RouterService:
    def __init__(self, session_factory: sessionmaker[Session], settings, rsettings: RouterSettings | None = None):
        self.session_factory = session_factory
        self.settings = settings
        self.rsettings = rsettings or RouterSettings.from_settings(settings)
        rs = self.rsettings
        self.pools = PoolRegistry(size=rs.router_pool_size, io_timeout=rs.router_io_timeout,
                                  max_backoff=rs.router_max_backoff)
        self._watchers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="router-relogin")
        self._closed = threading.Event()
        self.poller = None  # set by the poller worker; stopped by close()

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        if self.poller is not None:
            self.poller.stop()
        self._watchers.shutdown(wait=False, cancel_futures=True)
        self.pools.close()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    # -- helpers --------------------------------------------------------------------------------
    @property
    def secret(self) -> str:
        return self.settings.resolved_secret_key

    def target(self, router: Router) -> RouterTarget:
        return target_for(router, self.secret)

    def deadline(self, seconds: float | None = None) -> float:
        return time.monotonic() + (seconds or self.rsettings.router_live_deadline)

    def run(self, target: RouterTarget, fn, *, deadline: float | None = None):
        """fn(connection, deadline) on a pooled connection; RouterError on any failure."""
        deadline = deadline or self.deadline()
        pool = self.pools.get(target)
        return pool.execute(lambda conn: fn(conn, deadline), deadline=deadline)

    # -- operations -----------------------------------------------------------------------------
    def live_status(self, target: RouterTarget, *, deadline: float | None = None) -> commands.StatusInfo:
        return self.run(target, commands.fetch_status, deadline=deadline)

    def lookup(self, target: RouterTarget, login: str, *, deadline: float | None = None) -> LiveSession:
        started = time.perf_counter()

        def both(conn: RouterConnection, dl: float):
            found = commands.find_session(conn, login, dl)
            rx = tx = None
            if found is not None:
                rx, tx = commands.monitor_traffic(conn, login, dl)
            return found, rx, tx

        found, rx, tx = self.run(target, both, deadline=deadline)
        return LiveSession(online=found is not None, session=found, rx_bps=rx, tx_bps=tx, checked_at=utcnow(),
                           elapsed_ms=round((time.perf_counter() - started) * 1000, 1))

    def remove(self, target: RouterTarget, login: str, *, deadline: float | None = None
               ) -> commands.ActiveSession | None:
        """Disconnect the login's session(s); returns the removed session or None if it was offline."""

        def go(conn: RouterConnection, dl: float):
            found = commands.find_session(conn, login, dl)
            if found is not None:
                commands.remove_session(conn, found.ref, dl)
            return found

        return self.run(target, go, deadline=deadline)

    def test(self, target: RouterTarget, *, deadline: float | None = None) -> dict:
        """'Testar conexão': a fresh connection (never a pooled one), identity, version and latency."""
        deadline = deadline or self.deadline()
        started = time.perf_counter()
        conn = None
        try:
            conn = open_connection(target, io_timeout=self.rsettings.router_io_timeout, deadline=deadline)
            connect_ms = (time.perf_counter() - started) * 1000
            info = commands.fetch_status(conn, deadline)
        except Exception as exc:  # noqa: BLE001 - every failure is the test's answer
            error = classify(exc)
            return {"ok": False, "error": error.message, "error_code": error.code,
                    "elapsed_ms": round((time.perf_counter() - started) * 1000, 1)}
        finally:
            if conn is not None:
                conn.close()
        pool = self.pools.peek(target.id)
        if pool is not None:
            pool.note_success()
        return {"ok": True, "identity": info.identity, "version": info.version, "board_name": info.board_name,
                "sessions": info.sessions, "cpu_load": info.cpu_load, "latency_ms": info.latency_ms,
                "connect_ms": round(connect_ms, 1), "error": None, "error_code": None,
                "elapsed_ms": round((time.perf_counter() - started) * 1000, 1)}

    # -- re-login watch after a disconnect --------------------------------------------------------
    def watch_relogin(self, action_id: int, target: RouterTarget, login: str, disconnected_at: datetime,
                      window: float, *, poll_every: float = 1.0) -> None:
        if self.closed:
            return
        self._watchers.submit(self._watch, action_id, target, login, disconnected_at, window, poll_every)

    def _watch(self, action_id, target, login, disconnected_at, window, poll_every) -> None:
        end = time.monotonic() + window
        reached = False
        result: tuple[str, float | None] | None = None
        while not self.closed:
            try:
                live = self.lookup(target, login, deadline=self.deadline(min(5.0, max(1.0, end - time.monotonic()))))
                reached = True
                if live.online and live.session is not None:
                    uptime = live.session.uptime_seconds or 0
                    back_at = live.checked_at - timedelta(seconds=uptime)
                    after = max(0.0, (back_at - disconnected_at).total_seconds())
                    result = ("reconnected", round(after, 1))
                    break
            except RouterError as exc:
                log.info("relogin watch of %s on %s: %s", login, target.name, exc.message)
            except Exception:
                log.exception("relogin watch of %s crashed", login)
            if time.monotonic() >= end:
                break
            time.sleep(min(poll_every, max(0.0, end - time.monotonic())))
        if self.closed and result is None:
            return  # the poller of any instance resolves it later from router_sessions
        if result is None:
            result = ("not_reconnected", None) if reached else ("unknown", None)
        try:
            with self.session_factory() as session:
                record_relogin(session, action_id, result[0], result[1])
                session.commit()
        except Exception:
            log.exception("could not record the relogin check of action %s", action_id)


def relogin_text(status: str, after: float | None, window: int | None) -> str:
    if status == "reconnected":
        return f"cliente reconectou após {round(after or 0)} s"
    if status == "not_reconnected":
        return f"cliente não reconectou em {window or 0} s"
    if status == "unknown":
        return f"não foi possível verificar a reconexão em {window or 0} s (roteador sem resposta)"
    return "verificando reconexão…"


def record_relogin(session: Session, action_id: int, status: str, after: float | None) -> RouterAction | None:
    action = session.get(RouterAction, action_id)
    if action is None or action.relogin_status not in (None, "pending"):
        return action
    action.relogin_status = status
    action.relogin_after_seconds = after
    action.relogin_checked_at = utcnow()
    if action.ticket_id is not None:
        add_ticket_event(session, action.ticket_id, action.user_id, "router_relogin_check",
                         f"{action.login}: {relogin_text(status, after, action.relogin_window_seconds)}",
                         {"router_action_id": action.id, "relogin_status": status, "relogin_after_seconds": after})
    return action


def resolve_overdue_relogins(session: Session, now: datetime, grace: float = 30.0) -> int:
    """Pending re-login checks whose watcher died (instance restart): decide from the poller's table."""
    from ..models.routers import RouterSession

    rows = list(session.scalars(select(RouterAction).where(RouterAction.relogin_status == "pending")))
    done = 0
    for action in rows:
        window = action.relogin_window_seconds or 30
        if action.at + timedelta(seconds=window + grace) > now:
            continue
        seen = session.execute(select(RouterSession.online, RouterSession.connected_at)
                               .where(RouterSession.router_id == action.router_id,
                                      RouterSession.login == action.login)).first()
        if seen and seen.online and seen.connected_at and seen.connected_at > action.at:
            after = (seen.connected_at - action.at).total_seconds()
            status = "reconnected" if after <= window else "not_reconnected"
            record_relogin(session, action.id, status, round(after, 1) if status == "reconnected" else None)
        else:
            record_relogin(session, action.id, "not_reconnected" if seen else "unknown", None)
        done += 1
    return done


def add_ticket_event(session: Session, ticket_id: int, user_id: int, kind: str, text: str, data: dict) -> None:
    """An entry in the ticket's history."""
    session.add(TicketEvent(ticket_id=ticket_id, kind=kind, user_id=user_id, at=utcnow(), text=text, data=data))


def service_for(state) -> RouterService:
    """The app's RouterService, created on first use (API dependency and poller worker share it)."""
    service = getattr(state, "routeros", None)
    if service is None or service.closed:
        lock = _state_lock(state)
        with lock:
            service = getattr(state, "routeros", None)
            if service is None or service.closed:
                rsettings = getattr(state, "router_settings", None)
                service = RouterService(state.session_factory, state.settings, rsettings)
                state.routeros = service
    return service


_locks_guard = threading.Lock()


def _state_lock(state) -> threading.Lock:
    with _locks_guard:
        lock = getattr(state, "_routeros_lock", None)
        if lock is None:
            lock = threading.Lock()
            state._routeros_lock = lock
        return lock
