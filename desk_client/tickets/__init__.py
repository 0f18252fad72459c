"""The ticket workspace (issue 16): home queues in the main window, Atendimentos search (Ctrl+L),
the ticket window and its actions, fed by the server's change feed (desk_client/events.py)."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence


def install(window, api, settings) -> None:
    """Make the main window's central page the workspace and enable Atendimentos (Ctrl+L)."""
    from .controller import TicketWindows

    clients = getattr(window, "client_windows", None)
    controller = TicketWindows(api, window, open_client=clients.open_client if clients is not None else None)
    window.ticket_windows = controller
    if clients is not None:
        clients.ticket_opener = controller.open_ticket  # the client's Atendimentos tab opens tickets
        clients.ticket_bus = controller.bus  # ... and refreshes when one of the client's tickets changes
    home = controller.make_home(window.ui.homePage)
    window.ui.homeLayout.insertWidget(0, home, 1)
    window.ui.actionTickets.setShortcut(QKeySequence("Ctrl+L"))
    window.enable_feature("tickets", controller.open_search)
    window.ui.shortcutsLabel.setText(window._shortcuts_html())
    window.logout_requested.connect(controller.stop)
    window.quit_requested.connect(controller.stop)
    controller.start()
