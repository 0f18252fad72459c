"""Database side of the routers area: status rows, poll leases, online sessions, traffic samples.

Written for both engines; bulk paths use executemany (SQLite) / pipelined executemany and COPY
(PostgreSQL). Functions take a Session and leave committing to the caller unless they say otherwise.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models.routers import Router, RouterPollLease, RouterSession, RouterStatus, RouterTrafficSample
from .commands import ActiveSession, StatusInfo
from .errors import RouterError

_CHUNK = 1000


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _insert(session: Session, table):
    return (pg_insert if is_postgres(session) else sqlite_insert)(table)


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- status -------------------------------------------------------------------------------------

def save_status(session: Session, router_id: int, now: datetime, *, info: StatusInfo | None = None,
                error: RouterError | None = None, source: str = "poller") -> RouterStatus:
    row = session.get(RouterStatus, router_id)
    if row is None:
        row = RouterStatus(router_id=router_id, reachable=False, checked_at=now)
        session.add(row)
    row.checked_at = now
    row.source = source
    if info is not None:
        row.reachable = True
        row.identity = info.identity
        row.version = info.version
        row.board_name = info.board_name
        row.cpu_load = info.cpu_load
        row.router_uptime_seconds = info.router_uptime_seconds
        if info.sessions is not None:
            row.sessions = info.sessions
        row.latency_ms = info.latency_ms
        row.error = None
        row.error_code = None
        row.last_ok_at = now
    else:
        row.reachable = False
        row.error = error.message if error else "erro desconhecido"
        row.error_code = error.code if error else "internal"
        row.latency_ms = None
    return row


# -- leases -------------------------------------------------------------------------------------

def ensure_leases(session: Session) -> None:
    missing = list(session.scalars(
        select(Router.id).outerjoin(RouterPollLease, RouterPollLease.router_id == Router.id)
        .where(RouterPollLease.router_id.is_(None))))
    if missing:
        stmt = _insert(session, RouterPollLease.__table__).on_conflict_do_nothing(index_elements=["router_id"])
        session.execute(stmt, [{"router_id": rid, "polls": 0} for rid in missing])
        session.commit()


def claim_due(session: Session, owner: str, now: datetime, *, interval: float, ttl: float,
              traffic_interval: float, force: bool = False, exclude: Iterable[int] = (),
              limit: int | None = None) -> list[tuple[int, bool]]:
    """Take the lease of every router due for a poll; returns [(router_id, traffic_due)] and commits.

    PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED, so concurrent instances split the routers and never
    both take one. SQLite: BEGIN IMMEDIATE already serialises writers (one instance).
    """
    L = RouterPollLease
    query = (select(L.router_id, L.last_traffic_at)
             .join(Router, Router.id == L.router_id)
             .where(Router.active.is_(True), or_(L.expires_at.is_(None), L.expires_at <= now))
             .order_by(L.last_polled_at.asc().nulls_first(), L.router_id))
    if not force:
        query = query.where(or_(L.last_polled_at.is_(None), L.last_polled_at <= now - timedelta(seconds=interval)))
    exclude = set(exclude)
    if exclude:
        query = query.where(L.router_id.not_in(exclude))
    if limit:
        query = query.limit(limit)
    if is_postgres(session):
        query = query.with_for_update(skip_locked=True, of=L)
    rows = session.execute(query).all()
    claimed = []
    if rows:
        ids = [r.router_id for r in rows]
        session.execute(update(L).where(L.router_id.in_(ids))
                        .values(owner=owner, expires_at=now + timedelta(seconds=ttl), last_polled_at=now))
        traffic_before = now - timedelta(seconds=traffic_interval * 0.9)
        claimed = [(r.router_id, force or r.last_traffic_at is None or r.last_traffic_at <= traffic_before)
                   for r in rows]
    session.commit()
    return claimed


def release_lease(session: Session, router_id: int, owner: str, *, traffic_at: datetime | None) -> None:
    L = RouterPollLease
    values = {"expires_at": None, "polls": L.polls + 1}
    if traffic_at is not None:
        values["last_traffic_at"] = traffic_at
    session.execute(update(L).where(L.router_id == router_id, L.owner == owner).values(**values))


# -- online sessions ----------------------------------------------------------------------------

def apply_online(session: Session, router_id: int, sessions: Sequence[ActiveSession], now: datetime,
                 previous_ok_at: datetime | None) -> dict[str, int]:
    """Bring router_sessions in line with the router's /ppp/active: writes only what changed."""
    RS = RouterSession
    existing = {login: (ref, online) for login, ref, online in session.execute(
        select(RS.login, RS.session_ref, RS.online).where(RS.router_id == router_id))}
    current: dict[str, ActiveSession] = {}
    for s in sessions:
        if s.login:
            current[s.login] = s
    upserts = []
    for login, s in current.items():
        prev = existing.get(login)
        if prev is None or not prev[1] or prev[0] != s.ref:
            connected_at = now - timedelta(seconds=s.uptime_seconds) if s.uptime_seconds is not None else None
            upserts.append({"router_id": router_id, "login": login[:64], "online": True,
                            "session_ref": (s.ref or "")[:20] or None, "session_id": (s.session_id or "")[:20] or None,
                            "address": (s.address or "")[:45] or None, "caller_id": (s.caller_id or "")[:40] or None,
                            "connected_at": connected_at, "last_seen": now})
    gone = [login for login, (_ref, online) in existing.items() if online and login not in current]
    if upserts:
        stmt = _insert(session, RS.__table__)
        stmt = stmt.on_conflict_do_update(
            index_elements=["router_id", "login"],
            set_={c: stmt.excluded[c] for c in ("online", "session_ref", "session_id", "address", "caller_id",
                                                 "connected_at", "last_seen")})
        for chunk in _chunks(upserts):
            session.execute(stmt, list(chunk))
    for chunk in _chunks(gone):
        session.execute(update(RS).where(RS.router_id == router_id, RS.login.in_(list(chunk)))
                        .values(online=False, last_seen=previous_ok_at or now))
    return {"changed": len(upserts), "gone": len(gone), "online": len(current)}


def last_seen(session: Session, login: str) -> tuple[bool, datetime | None, int | None]:
    """(online per the poller, last time seen, router id) of a login, over every router."""
    rows = session.execute(
        select(RouterSession.online, RouterSession.last_seen, RouterSession.router_id, RouterStatus.last_ok_at)
        .outerjoin(RouterStatus, RouterStatus.router_id == RouterSession.router_id)
        .where(RouterSession.login == login)).all()
    best: tuple[bool, datetime | None, int | None] = (False, None, None)
    for online, seen, router_id, last_ok in rows:
        when = (last_ok or seen) if online else seen
        if best[1] is None or (when is not None and when > best[1]):
            best = (bool(online), when, router_id)
    return best


# -- traffic ------------------------------------------------------------------------------------

def insert_samples(session: Session, router_id: int, at: datetime,
                   counters: Sequence[tuple[str, int, int]]) -> int:
    if not counters:
        return 0
    if is_postgres(session):
        raw = session.connection().connection.driver_connection
        sql = "COPY router_traffic_samples (login, at, router_id, rx_bytes, tx_bytes) FROM STDIN"
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for login, rx, tx in counters:
                copy.write_row((login[:64], at, router_id, rx, tx))
        return len(counters)
    stmt = sqlite_insert(RouterTrafficSample.__table__).on_conflict_do_nothing()
    rows = [{"login": login[:64], "at": at, "router_id": router_id, "rx_bytes": rx, "tx_bytes": tx}
            for login, rx, tx in counters]
    for chunk in _chunks(rows, 5000):
        session.execute(stmt, list(chunk))
    return len(rows)


def prune_samples(session: Session, before: datetime) -> int:
    result = session.execute(delete(RouterTrafficSample).where(RouterTrafficSample.at < before))
    return result.rowcount or 0


def traffic_history(session: Session, login: str, since: datetime, *, max_gap: float) -> list[dict]:
    """Rates between consecutive samples of a login (bits/s); counter resets and long gaps are skipped."""
    S = RouterTrafficSample
    rows = session.execute(select(S.at, S.router_id, S.rx_bytes, S.tx_bytes)
                           .where(S.login == login, S.at >= since - timedelta(seconds=max_gap))
                           .order_by(S.at)).all()
    points = []
    previous = None
    for row in rows:
        if previous is not None and previous.router_id == row.router_id:
            seconds = (row.at - previous.at).total_seconds()
            d_rx, d_tx = row.rx_bytes - previous.rx_bytes, row.tx_bytes - previous.tx_bytes
            if 0 < seconds <= max_gap and d_rx >= 0 and d_tx >= 0 and row.at >= since:
                rx_bps, tx_bps = d_rx * 8 / seconds, d_tx * 8 / seconds
                points.append({"at": row.at, "rx_bps": round(rx_bps), "tx_bps": round(tx_bps),
                               "download_bps": round(tx_bps), "upload_bps": round(rx_bps)})
        previous = row
    return points


def downsample(points: list[dict], max_points: int) -> list[dict]:
    """Average consecutive points into at most `max_points` (charts need no more)."""
    if len(points) <= max_points:
        return points
    size = -(-len(points) // max_points)
    out = []
    for start in range(0, len(points), size):
        bucket = points[start:start + size]
        avg = {key: round(sum(p[key] for p in bucket) / len(bucket))
               for key in ("rx_bps", "tx_bps", "download_bps", "upload_bps")}
        out.append({"at": bucket[-1]["at"], **avg})
    return out


def count_samples(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(RouterTrafficSample)) or 0
