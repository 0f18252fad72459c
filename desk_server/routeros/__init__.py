"""MikroTik RouterOS: connection pool, live session queries, poller (DESIGN §6).

    connection.py  librouteros with a buffered, deadline-bound transport
    pool.py        per-router connection pools with back-off
    commands.py    the RouterOS commands we send and their parsing
    service.py     RouterService (app.state.routeros): live status/session/disconnect, re-login watch
    worker.py      make_poller: the worker factory create_app lists
    poller.py      RouterPoller: leases, status, online sessions, traffic samples
    store.py       database side (bulk writes, leases, history)
    uptime.py      RouterOS duration parser
    crypto.py      router passwords at rest (Fernet, key derived from the server secret)
    settings.py    DESK_ROUTER_* / DESK_OPERATORS_MAY_DISCONNECT settings
"""
from __future__ import annotations

from .connection import RouterTarget
from .errors import RouterError
from .poller import RouterPoller
from .service import RouterService, service_for
from .settings import RouterSettings
from .uptime import parse_uptime

__all__ = ["RouterError", "RouterPoller", "RouterService", "RouterSettings", "RouterTarget", "parse_uptime",
           "service_for"]
