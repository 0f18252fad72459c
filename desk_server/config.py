"""Server settings, read from DESK_* environment variables (and an optional .env file)."""
from __future__ import annotations

import ipaddress
import os
import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Keys that people copy from tutorials; refusing them outside demo mode keeps a production
# server from signing tokens / encrypting router passwords with a public value.
_KNOWN_WEAK_KEYS = {"", "changeme", "change-me", "secret", "default", "demo", "test", "please-change"}
MIN_SECRET_LENGTH = 32


class ConfigError(RuntimeError):
    """A setting that makes it unsafe or impossible to start."""


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("isp-desk-server", "ISP Desk"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DESK_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    secret_key: SecretStr | None = None
    demo: bool = False
    timezone: str = "America/Sao_Paulo"

    token_ttl_minutes: int = Field(default=12 * 60, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_lock_seconds: int = Field(default=300, ge=1)
    # Wrong passwords beyond the allowance only slow the next try of that user from that address
    # (doubling up to this cap) instead of locking the account for everyone.
    login_max_delay_seconds: int = Field(default=300, ge=1)
    # A guess spread over many addresses slows down too: past this many wrong passwords for one user
    # from all addresses together, every try of that user waits login_user_lock_seconds, doubling
    # (up to login_max_delay_seconds) per wrong password after the wait. No lock for good.
    login_max_failures_per_user: int = Field(default=50, ge=1)
    login_user_lock_seconds: int = Field(default=30, ge=1)
    # Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated, e.g.
    # "127.0.0.1, 10.0.0.0/24"). Empty: the header is ignored and the peer is the client address.
    # The one mechanism: uvicorn's own proxy headers are off (cli.py), see api/deps.client_address.
    trusted_proxies: str = ""

    # Load shedding (issue 15): at most this many requests touch the database at once (all the server's
    # processes together, see request_slots); the others
    # wait up to queue_wait_seconds in a queue of at most max_queued_requests, then get 503 with
    # Retry-After. The pool has room for those requests plus health checks and the workers.
    max_concurrent_requests: int = Field(default=8, ge=1)
    # Server processes (`serve --workers` overrides it). None: one per core up to 4 on PostgreSQL,
    # where a burst is bound by Python's CPU and one process uses one core; 1 on SQLite, whose
    # single writer gains nothing from more processes.
    processes: int | None = Field(default=None, ge=1)
    queue_wait_seconds: float = Field(default=4.0, gt=0)
    max_queued_requests: int = Field(default=1000, ge=0)
    db_pool_timeout_seconds: float = Field(default=8.0, gt=0)
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    max_json_body_bytes: int = Field(default=1024 * 1024, ge=1024)

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "atendimento@localhost"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_tls: Literal["none", "starttls", "ssl"] = "none"

    # Background workers (router poller, mail sender) can be switched off for tests and for
    # extra server instances that should only answer HTTP.
    run_workers: bool = True
    # Operators may disconnect a customer's PPPoE session (supervisors and admins always may).
    # The router area's own tuning knobs (DESK_ROUTER_*) live in desk_server/routeros/settings.py.
    operators_may_disconnect: bool = False
    # Workspace (issue 16): SLA business hours ("seg-sex 08:00-18:00; sab 08:00-12:00", empty = 24×7),
    # the state whose holidays count besides the national ones (e.g. "SP"), and how long after closing
    # a supervisor may still reopen a ticket.
    business_hours: str = ""
    holiday_state: str | None = None
    reopen_days: int = Field(default=7, ge=0, le=365)
    # Attachments and e-mail (issue 12): the upload limit in MiB (checked by the client before the
    # upload and by the server), the sender's retry backoff (doubling from the first delay up to the
    # cap) and its lease: the one instance holding it is the deployment's only SMTP sender.
    attachment_max_mb: int = Field(default=20, ge=1, le=2048)
    smtp_timeout_seconds: float = Field(default=20.0, gt=0)
    smtp_retry_first_seconds: float = Field(default=2.0, gt=0)
    smtp_retry_max_seconds: float = Field(default=60.0, gt=0, le=60.0)
    mail_lease_seconds: float = Field(default=30.0, ge=2)
    mail_poll_seconds: float = Field(default=1.0, gt=0)

    @property
    def attachment_max_bytes(self) -> int:
        return self.attachment_max_mb * 1024 * 1024

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except Exception as exc:  # ZoneInfoNotFoundError or ValueError for odd strings
            raise ValueError(f"fuso horário desconhecido: {value!r}") from exc
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_proxies(cls, value: str) -> str:
        for entry in _split(value):
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError as exc:
                raise ValueError(f"DESK_TRUSTED_PROXIES: {entry!r} não é um endereço IP nem uma rede") from exc
        return value

    @cached_property
    def trusted_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in _split(self.trusted_proxies))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'isp-desk.db').as_posix()}"

    @property
    def is_embedded_sqlite(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")

    @cached_property
    def resolved_secret_key(self) -> str:
        """The secret used for tokens and router-password encryption.

        Demo mode without a key gets a random one persisted in the data folder, so router
        passwords stored in the demo database stay readable across restarts.
        """
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if key and key.strip().lower() not in _KNOWN_WEAK_KEYS and len(key) >= MIN_SECRET_LENGTH:
            return key
        if not self.demo:
            raise ConfigError(
                "DESK_SECRET_KEY ausente ou fraca: defina uma chave aleatória de pelo menos "
                f"{MIN_SECRET_LENGTH} caracteres (ex.: python -c \"import secrets; "
                "print(secrets.token_urlsafe(48))\") ou use DESK_DEMO=1 apenas para demonstração."
            )
        path = self.data_dir / "demo-secret.key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        generated = secrets.token_urlsafe(48)
        path.write_text(generated)
        path.chmod(0o600)
        return generated

    def database_kind(self) -> str:
        return "sqlite" if self.is_embedded_sqlite else "postgresql"

    def request_slots(self) -> int:
        """Requests one process admits at once: `max_concurrent_requests` is the server's total, shared
        by its processes (`processes` is set for each of them by `serve`). Fewer Python threads per
        process also contend less for the interpreter lock under a burst."""
        return max(1, -(-self.max_concurrent_requests // (self.processes or 1)))

    def server_processes(self) -> int:
        """How many processes `serve` runs when --workers is not given (see `processes`)."""
        if self.processes is not None:
            return self.processes
        return 1 if self.database_kind() == "sqlite" else max(1, min(os.cpu_count() or 1, 4))
