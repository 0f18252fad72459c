"""Routers area of the client: the live "Dados do Servidor Mikrotik" panel and the Roteadores window.

    from desk_client.routers.connection_panel import ConnectionPanel
    panel = ConnectionPanel(api, parent); panel.set_subscription(subscription_id | None)
"""
from __future__ import annotations


def install(window, api, settings) -> None:
    """Register the "routers" feature (menu Administração → Roteadores, supervisors and admins)."""
    from .routers_window import RoutersController

    controller = RoutersController(api, settings, window)
    window.enable_feature("routers", controller.open)
    window.routers_controller = controller
