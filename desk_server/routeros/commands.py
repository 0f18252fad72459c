"""The RouterOS commands ISP Desk sends, and how their replies become plain values.

Each function takes a RouterConnection and the call's deadline (time.monotonic()).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from librouteros.exceptions import MultiTrapError, TrapError

from .connection import RouterConnection
from .uptime import parse_uptime_or_none

PPP_FIELDS = ".id,name,address,caller-id,uptime,session-id"
COUNTER_FIELDS = "name,rx-byte,tx-byte"


def interface_name(login: str) -> str:
    """Dynamic interface of a PPPoE server session."""
    return f"<pppoe-{login}>"


def _int(value) -> int | None:
    try:
        return int(str(value).split(".")[0]) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class StatusInfo:
    identity: str | None
    version: str | None
    board_name: str | None
    cpu_load: int | None
    router_uptime_seconds: int | None
    sessions: int | None
    latency_ms: float


def fetch_status(conn: RouterConnection, deadline: float, *, count_sessions: bool = True) -> StatusInfo:
    started = time.perf_counter()
    identity_rows = conn.run("/system/identity/print", deadline=deadline)
    latency_ms = (time.perf_counter() - started) * 1000.0
    resource = conn.run("/system/resource/print", "=.proplist=version,cpu-load,uptime,board-name",
                        deadline=deadline)
    res = resource[0] if resource else {}
    sessions = None
    if count_sessions:
        counted = conn.run("/ppp/active/print", "=count-only=", deadline=deadline)
        sessions = _int(counted[0].get("ret")) if counted else 0
    return StatusInfo(
        identity=(identity_rows[0].get("name") if identity_rows else None),
        version=res.get("version"),
        board_name=res.get("board-name"),
        cpu_load=_int(res.get("cpu-load")),
        router_uptime_seconds=parse_uptime_or_none(res.get("uptime")),
        sessions=sessions,
        latency_ms=round(latency_ms, 2),
    )


@dataclass
class ActiveSession:
    ref: str
    login: str
    address: str | None
    caller_id: str | None
    uptime_seconds: int | None
    session_id: str | None
    uptime_text: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, str]) -> ActiveSession:
        return cls(ref=row.get(".id", ""), login=row.get("name", ""), address=row.get("address") or None,
                   caller_id=row.get("caller-id") or None, uptime_seconds=parse_uptime_or_none(row.get("uptime")),
                   session_id=row.get("session-id") or None, uptime_text=row.get("uptime"))


def find_session(conn: RouterConnection, login: str, deadline: float) -> ActiveSession | None:
    rows = conn.run("/ppp/active/print", f"=.proplist={PPP_FIELDS}", f"?name={login}", deadline=deadline)
    for row in rows:
        if row.get("name") == login:
            return ActiveSession.from_row(row)
    return None


def monitor_traffic(conn: RouterConnection, login: str, deadline: float) -> tuple[int | None, int | None]:
    """(rx bits/s, tx bits/s) of the session's interface, one sample; (None, None) if it is gone.

    On a pppoe-in interface rx is the subscriber's upload and tx their download.
    """
    try:
        rows = conn.run("/interface/monitor-traffic", f"=interface={interface_name(login)}", "=once=",
                        deadline=deadline)
    except (TrapError, MultiTrapError):
        # "no such item": the session ended between the two commands (the reply was read to !done)
        return None, None
    row = rows[0] if rows else {}
    return _int(row.get("rx-bits-per-second")), _int(row.get("tx-bits-per-second"))


def list_sessions(conn: RouterConnection, deadline: float) -> list[ActiveSession]:
    return [ActiveSession.from_row(r) for r in conn.run("/ppp/active/print", f"=.proplist={PPP_FIELDS}",
                                                         deadline=deadline)]


def list_counters(conn: RouterConnection, deadline: float) -> list[tuple[str, int, int]]:
    """(login, rx_bytes, tx_bytes) of every pppoe-in interface."""
    out = []
    for row in conn.run("/interface/print", "?type=pppoe-in", f"=.proplist={COUNTER_FIELDS}", deadline=deadline):
        name = row.get("name", "")
        if name.startswith("<pppoe-") and name.endswith(">"):
            rx, tx = _int(row.get("rx-byte")), _int(row.get("tx-byte"))
            if rx is not None and tx is not None:
                out.append((name[7:-1], rx, tx))
    return out


def remove_session(conn: RouterConnection, ref: str, deadline: float) -> None:
    conn.run("/ppp/active/remove", f"=.id={ref}", deadline=deadline)
