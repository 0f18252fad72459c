"""The workspace of one session: the catalogue the ticket windows share (statuses, types, users,
cargos, access points — loaded once), the change bus, the home in the main window, the Atendimentos
search (Ctrl+L) and one window per open ticket."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, catalog
from ..api.users import USERS
from ..events import ChangeBus


class TicketCatalog(QObject):
    loaded = Signal()

    def __init__(self, api: ApiClient, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.statuses: list[dict] = []
        self.ticket_types: list[dict] = []
        self.users: list[dict] = []
        self.cargos: list[dict] = []
        self.access_points: list[dict] = []
        self.open_ticket = None  # set by the controller (links between tickets open their window)
        self._calls = []

    def load(self) -> None:
        for request, attr in ((catalog.ticket_statuses, "statuses"), (catalog.ticket_types, "ticket_types"),
                              (USERS.list, "users"), (catalog.cargos, "cargos"),
                              (partial(catalog.routing_points, kind="access_point"), "access_points")):
            call = request(self.api, owner=self)  # not delivered once the session is gone
            call.succeeded.connect(lambda body, a=attr: self._arrived(a, body))
            self._calls.append(call)

    def _arrived(self, attr: str, body) -> None:
        items = body.get("items") if isinstance(body, dict) else body
        setattr(self, attr, [i for i in items or [] if i.get("active", True)])
        self.loaded.emit()

    def destinations(self) -> list[tuple[str, dict]]:
        cargos = [(self.tr("Cargo: %s") % c["name"], {"cargo_id": c["id"]}) for c in self.cargos]
        users = [(u["name"], {"user_id": u["id"]}) for u in self.users]
        return cargos + users


class TicketWindows(QObject):
    def __init__(self, api: ApiClient, host: QWidget, open_client=None):
        super().__init__(host)
        self.api, self.host, self.open_client = api, host, open_client
        self.catalog = TicketCatalog(api, self)
        self.catalog.open_ticket = self.open_ticket
        self.catalog.load()
        self.windows: dict[int, QWidget] = {}
        self.search_window = None
        self.home = None
        self.bus = ChangeBus(api, self)
        self.bus.ticket_changed.connect(self._ticket_changed)

    def make_home(self, parent: QWidget):
        from .workspace_home import WorkspaceHome

        self.home = WorkspaceHome(self.api, parent)
        self.home.ticket_activated.connect(self.open_ticket)
        self.bus.ticket_changed.connect(self.home.schedule_refresh)
        self.bus.forwarded_to_me.connect(self.home.notify_forwarded)
        self.home.refresh()
        return self.home

    def start(self) -> None:
        self.bus.start()

    def stop(self) -> None:
        self.bus.stop()

    def open_search(self):
        from .search_window import TicketSearchWindow

        if self.search_window is None:
            self.search_window = TicketSearchWindow(self.api, self.catalog, self.host)
            self.search_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.search_window.ticket_activated.connect(self.open_ticket)
            self.search_window.destroyed.connect(lambda *_: setattr(self, "search_window", None))
            self.search_window.search()
        self.search_window.show()
        self.search_window.raise_()
        self.search_window.activateWindow()
        return self.search_window

    def open_ticket(self, ticket_id: int):
        from .ticket_window import TicketWindow

        window = self.windows.get(ticket_id)
        if window is None:
            window = TicketWindow(self.api, ticket_id, self.catalog, self.host)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda *_: self.windows.pop(ticket_id, None))
            window.changed.connect(self._changed_here)
            if self.open_client is not None:
                window.open_client.connect(self.open_client)
            self.windows[ticket_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _ticket_changed(self, change: dict) -> None:
        window = self.windows.get(change.get("ticket_id"))
        if window is not None:
            window.notice_change(change)

    def _changed_here(self, _ticket_id: int) -> None:
        if self.home is not None:
            self.home.schedule_refresh()
        if self.search_window is not None:
            self.search_window.list.reload()
