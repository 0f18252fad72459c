"""Wires each capability's window into the main window. Each feature gets only what it needs
(the API client and the settings), never the main window or a god object."""
from __future__ import annotations

from .api import ApiClient
from .main_window import MainWindow
from .settings import ClientSettings


def install(window: MainWindow, api: ApiClient, settings: ClientSettings) -> None:
    """Called once per main window; later issues add their windows here."""
    return None
