"""Administration windows: ticket types and cargos (supervisors and admins), ticket statuses and
municipal holidays (supervisors and admins), users (admins)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize

from ..ui.window_opener import open_single
from ..window_placement import place


def _open(window, api, attr: str, key: str, size: tuple[int, int], module: str, class_name: str) -> None:
    """One window of each kind per main window (its child: it closes at logout), centred on first show."""
    def make():
        from importlib import import_module

        made = getattr(import_module(module, __name__), class_name)(api, window)
        place(made, None, key, QSize(*size))
        return made
    open_single(window, attr, make)


def install(window, api, settings) -> None:
    """Register "ticket_types", "ticket_statuses", "holidays" and "users" (menu Administração)."""
    from .ticket_types import TicketTypesController

    controller = TicketTypesController(api, settings, window)
    window.enable_feature("ticket_types", controller.open)
    window.ticket_types_controller = controller
    for key, attr, size, module, class_name in (
            ("users", "users_window", (980, 540), ".users", "UsersWindow"),
            ("ticket_statuses", "ticket_statuses_window", (760, 500), ".ticket_statuses", "TicketStatusesWindow"),
            ("holidays", "holidays_window", (640, 480), ".holidays", "HolidaysWindow")):
        window.enable_feature(key, partial(_open, window, api, attr, key, size, module, class_name))
