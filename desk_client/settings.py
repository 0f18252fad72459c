"""Client preferences in QSettings: server URL, last username, window geometry, language.
Defaults come from the installation's preset (preset.py) when there is one."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .paths import settings_file
from .preset import Preset, read_preset

DEFAULT_SERVER_URL = "http://127.0.0.1:8470"


class ClientSettings:
    def __init__(self, path: Path | None = None, preset: Preset | None = None):
        path = path or settings_file()
        self._qs = QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings()
        self.preset = preset if preset is not None else read_preset()

    def _get(self, key: str, default=""):
        value = self._qs.value(key, default)
        return default if value is None else value

    @property
    def server_url(self) -> str:
        if self.preset.server_url and self.preset.force_server:
            return self.preset.server_url
        return str(self._get("connection/server_url", "")) or self.preset.server_url or DEFAULT_SERVER_URL

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._qs.setValue("connection/server_url", value.strip())

    @property
    def last_username(self) -> str:
        return str(self._get("connection/last_username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._qs.setValue("connection/last_username", value.strip())

    @property
    def language(self) -> str:
        return str(self._get("ui/language", "")) or self.preset.language or "pt_BR"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{name}", value)

    def value(self, key: str, default=None):
        return self._get(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
