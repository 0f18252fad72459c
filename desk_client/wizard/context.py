"""What every page of the wizard shares: the state, the API, the prefetched catalog, and the
background loads the wizard starts (protocol reservation, the chosen client's record)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ..api import ApiClient, ApiError
from .catalog import Catalog
from .qt_util import alive
from .registry import StepRegistry
from .state import WizardState

log = logging.getLogger("desk_client.wizard")

RESERVE_TIMEOUT_S = 8.0
CLIENT_TIMEOUT_S = 10.0


class WizardContext(QObject):
    """Pages read and edit `state`, then call `notify(what)`: the window autosaves the draft and
    every page interested in `what` refreshes ("protocol", "kind", "client", "contact",
    "subscription", "ticket_type", "destination", "parent", "text"...)."""

    changed = Signal(str)

    def __init__(self, api: ApiClient, state: WizardState, catalog: Catalog, user: dict,
                 registry: StepRegistry, parent: QObject | None = None):
        super().__init__(parent)
        self.api = api
        self.registry = registry
        self.state = state
        self.catalog = catalog
        self.user = user
        self.protocol_status = "ok" if state.protocol else "idle"  # idle/reserving/ok/failed
        self.protocol_error: str = ""
        self.client_status = "idle"    # idle/loading/ok/failed
        self.client_error: str = ""
        self._reserve_call = None
        self._client_call = None

    def notify(self, what: str) -> None:
        self.state.touch()
        self.changed.emit(what)

    # -- protocol ---------------------------------------------------------------------------------
    def reserve_protocol(self) -> None:
        if self.state.protocol or self._reserve_call is not None:
            return
        self.protocol_status, self.protocol_error = "reserving", ""
        call = self.api.post("/protocols", {"kind": self.state.kind, "channel": self.state.channel},
                             timeout=RESERVE_TIMEOUT_S)
        call.succeeded.connect(self._reserved)
        call.failed.connect(self._reserve_failed)
        self._reserve_call = call
        self.changed.emit("protocol")

    @property
    def reserve_call(self):
        return self._reserve_call

    def _reserved(self, body: dict) -> None:
        self._reserve_call = None
        self.state.protocol = body["number"]
        self.protocol_status = "ok"
        log.info("protocol %s reserved", body["number"])
        self.notify("protocol")

    def _reserve_failed(self, error: ApiError) -> None:
        self._reserve_call = None
        self.protocol_status, self.protocol_error = "failed", error.message
        log.warning("protocol reservation failed: %s", error.message)
        self.changed.emit("protocol")

    # -- the chosen client's record ---------------------------------------------------------------
    def load_client(self) -> None:
        client_id = self.state.client_id
        if client_id is None:
            return
        if self._client_call is not None:
            self._client_call.cancel()
        self.client_status, self.client_error = "loading", ""
        call = self.api.get(f"/clients/{client_id}", timeout=CLIENT_TIMEOUT_S)
        call.succeeded.connect(alive(self, lambda body, cid=client_id: self._client_loaded(cid, body)))
        call.failed.connect(alive(self, lambda error, cid=client_id: self._client_failed(cid, error)))
        self._client_call = call
        self.changed.emit("client_status")

    def client_detailed(self) -> bool:
        """The state holds the full record (contacts, subscriptions), not only the search row."""
        return bool(self.state.client) and "subscriptions" in self.state.client

    def _client_loaded(self, client_id: int, body: dict) -> None:
        if client_id != self.state.client_id:
            return
        self._client_call = None
        self.client_status = "ok"
        merged = dict(self.state.client or {})
        merged.update(body)
        self.state.client = merged
        # keep the chosen contact/plan in step with the fresh record
        for key, field in (("contacts", "contact"), ("subscriptions", "subscription")):
            chosen = getattr(self.state, field)
            if chosen:
                fresh = next((x for x in body.get(key) or [] if x.get("id") == chosen.get("id")), None)
                setattr(self.state, field, fresh)
        self.notify("client")

    def _client_failed(self, client_id: int, error: ApiError) -> None:
        if client_id != self.state.client_id:
            return
        self._client_call = None
        self.client_status, self.client_error = "failed", error.message
        self.changed.emit("client_status")
