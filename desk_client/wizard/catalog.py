"""Lists the wizard needs at hand (ticket types, users, cargos), fetched in the background when the
wizard opens so no step ever waits on the network. Kept per session (one per launcher) and refreshed
on each new wizard; the last good copy stays if a refresh fails."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..api import ApiClient, ApiError, catalog
from ..api.users import USERS

LISTS = {"ticket_types": catalog.ticket_types, "users": USERS.list, "cargos": catalog.cargos,
         "routing_points": catalog.routing_points}
PREFETCH = ("ticket_types", "users", "cargos")


class Catalog(QObject):
    loaded = Signal(str)          # name of the list that arrived
    failed = Signal(str, object)  # name, ApiError

    def __init__(self, api: ApiClient, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.data: dict[str, list[dict] | None] = {name: None for name in LISTS}
        self.errors: dict[str, ApiError | None] = {name: None for name in LISTS}
        self._calls: dict[str, object] = {}

    def refresh(self, names=PREFETCH) -> None:
        for name in names:
            if name in self._calls:
                continue
            call = LISTS[name](self.api, timeout=10, owner=self)
            call.succeeded.connect(lambda body, n=name: self._arrived(n, body))
            call.failed.connect(lambda error, n=name: self._failed(n, error))
            self._calls[name] = call

    def ensure(self, name: str) -> None:
        """Fetch a list once (and again after a failure)."""
        if self.data[name] is None:
            self.refresh((name,))

    def loading(self, name: str) -> bool:
        return name in self._calls

    def ready(self, name: str) -> bool:
        return self.data[name] is not None

    def items(self, name: str) -> list[dict]:
        return list(self.data[name] or [])

    def find(self, name: str, ident: int | None) -> dict | None:
        for item in self.data[name] or []:
            if item.get("id") == ident:
                return item
        return None

    def _arrived(self, name: str, body) -> None:
        self._calls.pop(name, None)
        items = body.get("items", []) if isinstance(body, dict) else []
        self.data[name] = [i for i in items if i.get("active", True)]
        self.errors[name] = None
        self.loaded.emit(name)

    def _failed(self, name: str, error: ApiError) -> None:
        self._calls.pop(name, None)
        self.errors[name] = error
        self.failed.emit(name, error)
