"""Request/response models of the routers area (passwords are accepted, never returned)."""
from __future__ import annotations

import ipaddress
import re
from datetime import datetime

from pydantic import Field, field_validator, model_validator

from .common import DbId, Schema, clean
from .orm import OrmOut

_HOSTNAME = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")
DEFAULT_PORT, DEFAULT_SSL_PORT = 8728, 8729


def _valid_host(value: str) -> str:
    value = value.strip()
    try:
        return str(ipaddress.ip_address(value.strip("[]")))
    except ValueError:
        pass
    if not _HOSTNAME.match(value):
        raise ValueError("endereço inválido: use um IP (ex.: 10.0.0.1) ou um nome (ex.: rb-centro.provedor.net)")
    return value.lower()


_PASSWORD = {"min_length": 1, "max_length": 128, "pattern": r"^[^\x00]*$"}


class RouterCreate(Schema):
    name: clean(2, 80)
    host: clean(1, 253)
    port: int | None = Field(default=None, ge=1, le=65535)
    username: clean(1, 64)
    password: str = Field(**_PASSWORD)
    use_ssl: bool = False
    active: bool = True

    @field_validator("host")
    @classmethod
    def _host(cls, value: str) -> str:
        return _valid_host(value)

    @model_validator(mode="after")
    def _default_port(self):
        if self.port is None:
            self.port = DEFAULT_SSL_PORT if self.use_ssl else DEFAULT_PORT
        return self


class RouterUpdate(Schema):
    name: clean(2, 80) | None = None
    host: clean(1, 253) | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    username: clean(1, 64) | None = None
    password: str | None = Field(default=None, **_PASSWORD)  # absent or null: keep the stored one
    use_ssl: bool | None = None
    active: bool | None = None

    @field_validator("host")
    @classmethod
    def _host(cls, value):
        return None if value is None else _valid_host(value)


class RouterTestIn(Schema):
    """Test connection data typed in the form (before saving). Without a password, `router_id`'s
    stored password is used."""

    host: clean(1, 253)
    port: int | None = Field(default=None, ge=1, le=65535)
    username: clean(1, 64)
    password: str | None = Field(default=None, **_PASSWORD)
    use_ssl: bool = False
    router_id: DbId | None = None

    @field_validator("host")
    @classmethod
    def _host(cls, value: str) -> str:
        return _valid_host(value)


class RouterRef(Schema):
    id: int
    name: str


class RouterStatusOut(OrmOut):
    router_id: int
    name: str | None = None
    reachable: bool | None = None  # None: never checked
    identity: str | None = None
    version: str | None = None
    board_name: str | None = None
    router_uptime_seconds: int | None = None
    sessions: int | None = None
    cpu_load: int | None = None
    latency_ms: float | None = None
    error: str | None = None
    error_code: str | None = None
    checked_at: datetime | None = None
    last_ok_at: datetime | None = None
    source: str | None = None  # "poller" or "live"
    fresh: bool = False
    polled_by: str | None = None
    last_polled_at: datetime | None = None


class RouterOut(OrmOut):
    id: int
    name: str
    host: str
    port: int
    use_ssl: bool
    username: str
    active: bool
    has_password: bool = True
    created_at: datetime | None = None
    updated_at: datetime | None = None
    status: RouterStatusOut | None = None
    routing_points: list[RouterRef] = Field(default_factory=list)


class RouterTestOut(Schema):
    ok: bool
    identity: str | None = None
    version: str | None = None
    board_name: str | None = None
    sessions: int | None = None
    cpu_load: int | None = None
    latency_ms: float | None = None
    connect_ms: float | None = None
    elapsed_ms: float | None = None
    error: str | None = None
    error_code: str | None = None


class RouterErrorOut(Schema):
    code: str
    message: str


class SessionOut(Schema):
    """Live PPPoE session. `online` is null when the router could not be asked (see router_error)."""

    login: str
    online: bool | None
    uptime_seconds: int | None = None
    uptime: str | None = None  # as the router printed it
    connected_at: datetime | None = None
    address: str | None = None
    caller_id: str | None = None
    mac_mismatch: bool | None = None
    registered_mac: str | None = None
    registered_ip: str | None = None
    session_id: str | None = None
    session_ref: str | None = None
    router: RouterRef
    rx_bps: int | None = None  # router side: received = subscriber's upload
    tx_bps: int | None = None  # router side: transmitted = subscriber's download
    download_bps: int | None = None
    upload_bps: int | None = None
    last_seen: datetime | None = None
    checked_at: datetime
    elapsed_ms: float | None = None
    router_error: RouterErrorOut | None = None
    subscription_id: int | None = None
    routing_point: RouterRef | None = None


class OnlineSessionOut(Schema):
    """A row of the poller's table of PPPoE sessions of one router."""

    login: str
    online: bool
    address: str | None = None
    caller_id: str | None = None
    session_id: str | None = None
    connected_at: datetime | None = None
    last_seen: datetime | None = None


class OnlineSessionList(Schema):
    router_id: int
    total: int
    online: int
    as_of: datetime | None = None
    items: list[OnlineSessionOut]


class DisconnectIn(Schema):
    reason: clean(3, 500)
    ticket_id: DbId | None = None


class ReloginOut(Schema):
    status: str | None = None  # pending, reconnected, not_reconnected, unknown
    window_seconds: int | None = None
    after_seconds: float | None = None
    checked_at: datetime | None = None
    text: str | None = None


class RouterActionOut(OrmOut):
    id: int
    action: str
    router: RouterRef
    login: str
    subscription_id: int | None = None
    ticket_id: int | None = None
    reason: str
    user: RouterRef
    at: datetime
    ok: bool
    message: str | None = None
    session_ref: str | None = None
    relogin: ReloginOut


class TrafficPoint(Schema):
    at: datetime
    rx_bps: int
    tx_bps: int
    download_bps: int
    upload_bps: int


class TrafficOut(Schema):
    subscription_id: int
    login: str
    hours: int
    interval_seconds: float
    points: list[TrafficPoint]


class RoutingPointRouterIn(Schema):
    router_id: DbId | None


class RoutingPointOut(Schema):
    id: int
    name: str
    network_id: int | None = None
    router_id: int | None = None
