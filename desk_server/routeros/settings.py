"""Settings of the routers area, read from DESK_* environment variables.

They live here until config.py absorbs them; any attribute of the same name on the server Settings
object wins over the environment (so `Settings(operators_may_disconnect=True)` works once the field
exists there).

| variable | default | meaning |
|---|---|---|
| DESK_OPERATORS_MAY_DISCONNECT | false | operators may disconnect PPPoE sessions (supervisors/admins always may) |
| DESK_ROUTER_POLL_INTERVAL | 60 | seconds between two polls of a router (status + online sessions) |
| DESK_ROUTER_TRAFFIC_INTERVAL | 300 | seconds between two traffic samples of a router (history graphs) |
| DESK_ROUTER_TRAFFIC_RETENTION_DAYS | 7 | traffic samples older than this are pruned |
| DESK_ROUTER_POOL_SIZE | 3 | API connections per router (RouterOS allows 20 by default) |
| DESK_ROUTER_IO_TIMEOUT | 5 | socket timeout of one send/recv |
| DESK_ROUTER_LIVE_DEADLINE | 8 | overall deadline of a live lookup (status, session, disconnect) |
| DESK_ROUTER_POLL_DEADLINE | 25 | overall deadline of one router's poll |
| DESK_ROUTER_POLLER_THREADS | 8 | routers polled at the same time by one server instance |
| DESK_ROUTER_RELOGIN_WINDOW | 30 | seconds to watch for the customer's re-login after a disconnect |
| DESK_ROUTER_STATUS_FRESH_SECONDS | 0 (= 2 × poll interval) | age under which GET .../status answers from the poller's record |
| DESK_ROUTER_MAX_BACKOFF | 30 | longest pause of calls to a router after connection failures |
"""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class RouterSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DESK_", env_file=".env", extra="ignore")

    operators_may_disconnect: bool = False
    router_poll_interval: float = Field(default=60.0, gt=0)
    router_traffic_interval: float = Field(default=300.0, gt=0)
    router_traffic_retention_days: float = Field(default=7.0, gt=0)
    router_pool_size: int = Field(default=3, ge=1, le=10)
    router_io_timeout: float = Field(default=5.0, gt=0)
    router_live_deadline: float = Field(default=8.0, gt=0, le=14)
    router_poll_deadline: float = Field(default=25.0, gt=0)
    router_poller_threads: int = Field(default=8, ge=1, le=64)
    router_relogin_window: float = Field(default=30.0, gt=0, le=600)
    router_status_fresh_seconds: float = Field(default=0.0, ge=0)
    router_max_backoff: float = Field(default=30.0, ge=0)

    @property
    def status_fresh_seconds(self) -> float:
        return self.router_status_fresh_seconds or 2 * self.router_poll_interval

    @property
    def lease_ttl(self) -> float:
        """A lease outlives the longest poll, so a crashed instance's routers come back after it."""
        return self.router_poll_deadline + 30.0

    @classmethod
    def from_settings(cls, settings, **overrides) -> RouterSettings:
        values = {}
        for name in cls.model_fields:
            value = getattr(settings, name, None)
            if value is not None:
                values[name] = value
        values.update(overrides)
        return cls(**values)
