"""The client window's Atendimentos tab: the shared ticket list (tickets/ticket_list.py) with the
client as its base filter — its count, the pager, sorting on the server, unread rows bold, late ones
red; Enter or a double click opens the ticket window. A change of one of the client's tickets on the
change bus (events.py, `ticket_changed`) refreshes the list and the open count of the header."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from ..api import tickets
from ..tickets.ticket_list import TicketListWidget

REFRESH_DEBOUNCE_MS = 250  # a burst of changes (a parent closing its children) is one refresh
CLIENT_COLUMNS = (2, 7)  # Cliente and Cidade: the same on every row of one client's list
OPEN_STATUSES = "open,forwarded"  # as the server counts the client's open tickets


class ClientTicketsTab:
    """Mixin of ClientDetailWindow (its `ui`, `api`, `client_id`, `client` and `_request`)."""

    def _build_tickets_tab(self) -> None:
        self.tickets = TicketListWidget(self.api, self.ui.ticketsTab, base_params={"client_id": self.client_id})
        for column in CLIENT_COLUMNS:
            self.tickets.ui.ticketsTable.setColumnHidden(column, True)
        self.tickets.ticket_activated.connect(self.ticket_requested)
        self.tickets.loaded.connect(self.tickets_loaded)
        self._letter_pager()
        self.ui.ticketsLayout.addWidget(self.tickets)
        self._tickets_debounce = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._tickets_debounce.timeout.connect(self._refresh_tickets)

    def _letter_pager(self) -> None:
        """The window's tabs take P (&Planos, &Plans): here the pager underlines other letters."""
        ui, translate = self.tickets.ui, QCoreApplication.translate  # the mixin's texts: the window's context
        ui.prevButton.setText(translate("ClientDetailWindow", "< A&nterior"))
        ui.prevButton.setToolTip(translate("ClientDetailWindow", "Página anterior (Alt+N)"))
        ui.nextButton.setText(translate("ClientDetailWindow", "Pró&xima >"))
        ui.nextButton.setToolTip(translate("ClientDetailWindow", "Próxima página (Alt+X)"))

    def ticket_changed(self, change: dict) -> None:
        """A change from the bus: one of this client's tickets → its list and open count again."""
        if change.get("client_id") == self.client_id:
            self._tickets_debounce.start()

    def _refresh_tickets(self) -> None:
        self.tickets.reload()
        self._request("open_tickets", self._open_count_arrived, lambda _error: None, tickets.listing,
                      params={"client_id": self.client_id, "status": OPEN_STATUSES, "limit": 1})

    def _open_count_arrived(self, body: dict) -> None:
        if self.client is None:
            return
        self.client["open_tickets"] = int((body or {}).get("total") or 0)
        self._show_header(self.client)
        from .client_detail_window import set_text  # (the window module imports this one)

        set_text(self.ui.openTicketsEdit, str(self.client["open_tickets"]))
