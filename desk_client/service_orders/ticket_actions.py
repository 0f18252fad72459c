""""Agendar O.S." and "Nova tarefa" in the ticket window (seed 000: schedule an O.S. from the ticket):
two buttons added to its actions row; the ticket's history refreshes once saved."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton


def install(window) -> None:
    """`window` is a tickets.ticket_window.TicketWindow (its api, ticket, ui.actionsLayout, reload)."""
    technician = (window.api.user or {}).get("role") == "technician"
    so_button = QPushButton(QCoreApplication.translate("TicketWindow", "&Agendar O.S."), window)
    task_button = QPushButton(QCoreApplication.translate("TicketWindow", "&Incluir tarefa"), window)
    for button in (so_button, task_button):
        button.setAutoDefault(False)
        window.ui.actionsLayout.insertWidget(window.ui.actionsLayout.count() - 1, button)
    so_button.setVisible(not technician)  # a technician's O.S. come from the call center
    so_button.clicked.connect(lambda: _open(window, "service_order"))
    task_button.clicked.connect(lambda: _open(window, "task"))
    window.service_order_button, window.task_button = so_button, task_button


def _open(window, kind: str) -> None:
    if not window.ticket.get("id"):
        return
    if kind == "service_order":
        from .dialog import ServiceOrderDialog

        dialog = ServiceOrderDialog(window.api, ticket=window.ticket, parent=window)
    else:
        from ..tasks.dialog import TaskDialog

        dialog = TaskDialog(window.api, window.ticket, parent=window)
    dialog.saved.connect(lambda _row: window.reload())
    window.side_dialog = dialog
    dialog.open()
