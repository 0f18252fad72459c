"""Where the client keeps things, aware of a PyInstaller bundle and of test overrides.

ISP_DESK_HOME moves every per-user folder (settings, logs, drafts) under one directory,
which tests and portable installs use.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "isp-desk"
ORG_NAME = "ISP Desk"


def bundle_dir() -> Path:
    """The folder holding the client package (inside a PyInstaller bundle, _MEIPASS)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "desk_client"
    return Path(__file__).resolve().parent


def translations_dir() -> Path:
    return bundle_dir() / "i18n"


def _home_override() -> Path | None:
    value = os.environ.get("ISP_DESK_HOME")
    return Path(value) if value else None


def _user_dir(sub: str, platform_dir: str) -> Path:
    override = _home_override()
    if override:
        path = override / sub
    else:
        import platformdirs  # only when needed: keeps it off the start-up path under ISP_DESK_HOME
        path = Path(getattr(platformdirs, platform_dir)(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _user_dir("data", "user_data_dir")


def log_dir() -> Path:
    return _user_dir("logs", "user_log_dir")


def settings_file() -> Path | None:
    """An INI file under ISP_DESK_HOME, or None for the platform's native settings store."""
    override = _home_override()
    return override / "settings.ini" if override else None
