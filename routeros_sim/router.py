"""Public, synchronous face of one simulated RouterOS device."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Self

from .loop import LoopThread
from .menus import RouterModel, ppp_active_row
from .server import Fault, RouterServer, make_fault
from .sessions import Clock, SessionStore, default_clock


class SimulatedRouter:
    """A RouterOS API endpoint on `host:port` backed by simulated PPPoE sessions.

    Sessions come from `logins` when given (strings, or dicts with name/address/
    caller_id/uptime), otherwise `sessions` of them are generated from `seed`.
    """

    def __init__(
        self,
        identity: str = "MikroTik",
        username: str = "admin",
        password: str = "",
        sessions: int = 100,
        seed: int = 1,
        logins: Iterable[str | Mapping] | None = None,
        version: str = "7.16.1",
        max_sessions: int = 20,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        over_limit: str = "close",
        clock: Clock | None = None,
        loop: LoopThread | None = None,
        taken_logins: set[str] | None = None,
    ) -> None:
        self._clock = clock or default_clock
        self.seed = seed
        self.username = username
        self.password = password
        self._store = SessionStore(seed=seed, clock=self._clock, taken_logins=taken_logins)
        self._store.populate(count=sessions, logins=logins)
        model = RouterModel(identity=identity, version=version, store=self._store, clock=self._clock,
                            seed=seed)
        self._server = RouterServer(model, username=username, password=password,
                                    max_sessions=max_sessions, host=host, port=port,
                                    over_limit=over_limit, seed=seed)
        self._own_loop = loop is None
        self._loop = loop or LoopThread(name=f"routeros-sim-{identity}")
        self._started = False

    # ---- lifecycle ------------------------------------------------------------------------

    def start(self) -> Self:
        if self._started:
            return self
        self._loop.start()
        self._loop.call(self._server.start())
        self._started = True
        return self

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        try:
            if self._loop.running:
                self._loop.call(self._server.stop())
        finally:
            if self._own_loop:
                self._loop.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SimulatedRouter {self.identity!r} {self.host}:{self.port} sessions={self.session_count}>"

    # ---- addressing -----------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._server.host

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def identity(self) -> str:
        return self._server.model.identity

    @identity.setter
    def identity(self, value: str) -> None:
        self._server.model.identity = value

    @property
    def version(self) -> str:
        return self._server.model.version

    @property
    def max_sessions(self) -> int:
        return self._server.max_sessions

    @max_sessions.setter
    def max_sessions(self, value: int) -> None:
        self._server.max_sessions = value

    # ---- faults ---------------------------------------------------------------------------

    def set_fault(self, kind: str | None, **options: object) -> None:
        """Switch the fault mode; `None` restores normal behaviour.

        slow(delay=0.5, per_sentence=False), hang, drop(after=3),
        garbage(mode="prefix"|"random"), wrong_login, refuse,
        max_sessions(limit=N, over_limit="close"|"fatal").
        """
        fault = make_fault(kind, **options)
        if self._started and self._loop.running:
            self._loop.call(self._server.apply_fault(fault))
        else:
            self._server.fault = fault

    @property
    def fault(self) -> Fault | None:
        return self._server.fault

    # ---- sessions -------------------------------------------------------------------------

    def add_session(self, login: str, address: str | None = None, caller_id: str | None = None) -> str:
        """Log `login` in now (a reconnect if already online); returns the new `.id`."""
        return f"*{self._store.add(login, address=address, caller_id=caller_id).sid:X}"

    def remove_session(self, login: str, relogin_after: float | None = None) -> bool:
        """Drop the session; with `relogin_after` the subscriber reconnects that many seconds later."""
        removed = self._store.remove(login)
        if relogin_after is not None:
            self._store.schedule(login, relogin_after)
        return removed

    def schedule_login(self, login: str, delay: float, address: str | None = None,
                       caller_id: str | None = None) -> None:
        self._store.schedule(login, delay, address=address, caller_id=caller_id)

    @property
    def logins(self) -> list[str]:
        return self._store.logins()

    @property
    def session_count(self) -> int:
        return len(self._store)

    def session(self, login: str) -> dict[str, str] | None:
        """The `/ppp/active` row the API would print for `login`, or None if offline."""
        s = self._store.get(login)
        return None if s is None else ppp_active_row(s, self._clock())

    # ---- connection accounting -------------------------------------------------------------

    @property
    def active_connections(self) -> int:
        return len(self._server.connections)

    @property
    def max_seen_connections(self) -> int:
        return self._server.max_seen

    def reset_max_seen_connections(self) -> None:
        self._server.max_seen = len(self._server.connections)

    def wait_for_connections(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until exactly `count` API connections are open (closing is noticed asynchronously)."""
        deadline = time.monotonic() + timeout
        while self.active_connections != count:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True
