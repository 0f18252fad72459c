"""Routers (MikroTik concentrators), what the poller learns about them, and router actions.

- `routers`: connection data; the password is stored Fernet-encrypted (desk_server.routeros.crypto)
  and never leaves the server.
- `router_status`: one row per router, the latest check (poller or on-demand).
- `router_poll_leases`: one row per router; an instance polls a router only while it holds the lease
  (claimed with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL), so several server instances share
  the polling without polling the same router twice at once.
- `router_sessions`: PPPoE sessions seen by the poller, one row per (router, login); rows of logins
  that went away stay with online=false and `last_seen` ("visto por último").
- `router_traffic_samples`: raw byte counters of the `<pppoe-LOGIN>` interfaces; rates are the deltas
  between consecutive samples (computed when read), pruned after N days.
- `router_actions`: audit of actions on routers (disconnect) and the re-login check result.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, CreatedAtMixin, UTCDateTime, utcnow

RELOGIN_STATES = ("pending", "reconnected", "not_reconnected", "unknown")


class Router(CreatedAtMixin, Base):
    __tablename__ = "routers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    host: Mapped[str] = mapped_column(String(253), nullable=False)
    port: Mapped[int] = mapped_column(Integer, nullable=False)
    use_ssl: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    password_encrypted: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)


class RouterStatus(Base):
    __tablename__ = "router_status"

    router_id: Mapped[int] = mapped_column(ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True)
    reachable: Mapped[bool] = mapped_column(Boolean, nullable=False)
    identity: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[str | None] = mapped_column(String(60))
    board_name: Mapped[str | None] = mapped_column(String(80))
    router_uptime_seconds: Mapped[int | None] = mapped_column(BigInteger)
    sessions: Mapped[int | None] = mapped_column(Integer)
    cpu_load: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    error_code: Mapped[str | None] = mapped_column(String(30))
    error: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(10), default="poller", nullable=False)  # poller | live


class RouterPollLease(Base):
    __tablename__ = "router_poll_leases"

    router_id: Mapped[int] = mapped_column(ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True)
    owner: Mapped[str | None] = mapped_column(String(120))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_traffic_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    polls: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)


class RouterSession(Base):
    __tablename__ = "router_sessions"
    __table_args__ = (Index("ix_router_sessions_login", "login"),)

    router_id: Mapped[int] = mapped_column(ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True)
    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    online: Mapped[bool] = mapped_column(Boolean, nullable=False)
    session_ref: Mapped[str | None] = mapped_column(String(20))  # the /ppp/active .id, e.g. *1A3
    session_id: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(45))
    caller_id: Mapped[str | None] = mapped_column(String(40))
    connected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # For online rows the router's last successful poll is the "last seen"; this column holds the
    # last poll that saw the session, written when it goes offline (and on the first sighting).
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class RouterTrafficSample(Base):
    __tablename__ = "router_traffic_samples"
    __table_args__ = (Index("ix_router_traffic_samples_at", "at"),)

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    router_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rx_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)  # router receives = upload
    tx_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)  # router transmits = download


class RouterAction(Base):
    __tablename__ = "router_actions"
    __table_args__ = (Index("ix_router_actions_login_at", "login", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    router_id: Mapped[int] = mapped_column(ForeignKey("routers.id"), nullable=False, index=True)
    subscription_id: Mapped[int | None] = mapped_column(Integer, index=True)
    ticket_id: Mapped[int | None] = mapped_column(Integer, index=True)
    login: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # disconnect
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    message: Mapped[str | None] = mapped_column(Text)
    session_ref: Mapped[str | None] = mapped_column(String(20))
    relogin_status: Mapped[str | None] = mapped_column(String(20))  # RELOGIN_STATES
    relogin_window_seconds: Mapped[int | None] = mapped_column(Integer)
    relogin_after_seconds: Mapped[float | None] = mapped_column(Float)
    relogin_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
