"""Server settings, read from DESK_* environment variables (and an optional .env file)."""
from __future__ import annotations

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
    max_attachment_bytes: int = 10 * 1024 * 1024

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except Exception as exc:  # ZoneInfoNotFoundError or ValueError for odd strings
            raise ValueError(f"fuso horário desconhecido: {value!r}") from exc
        return value

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
