"""Administration windows of supervisors and admins: ticket types and cargos."""
from __future__ import annotations


def install(window, api, settings) -> None:
    """Register "ticket_types" (menu Administração → Tipos de atendimento)."""
    from .ticket_types import TicketTypesController

    controller = TicketTypesController(api, settings, window)
    window.enable_feature("ticket_types", controller.open)
    window.ticket_types_controller = controller
