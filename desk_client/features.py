"""Wires each capability's window into the main window. Each feature gets only what it needs
(the API client and the settings), never the main window or a god object."""
from __future__ import annotations

from .api import ApiClient
from .main_window import MainWindow
from .settings import ClientSettings


def install(window: MainWindow, api: ApiClient, settings: ClientSettings) -> None:
    """Called once per main window; later issues add their windows here."""
    from .clients.find_client_window import ClientWindows  # Localizar Cliente (F3) and client windows
    window.client_windows = ClientWindows(api, settings, window)
    window.enable_feature("find_client", window.client_windows.open_find)
    # Novo Atendimento (F2): wizard, outbox indicator in the status bar, resume a draft left behind
    from .wizard.launcher import install as install_wizard
    window.wizard_launcher = install_wizard(window, api, settings)
    # Administration: ticket types (and cargos) for supervisors and admins
    from .admin import install as install_admin
    install_admin(window, api, settings)
    # Roteadores (supervisors and admins): MikroTik concentrators, status, "Testar conexão"
    from .routers import install as install_routers
    install_routers(window, api, settings)
