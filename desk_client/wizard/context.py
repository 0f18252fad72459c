"""What every page of the wizard shares: the state, the API, the prefetched catalog, and the
background loads the wizard starts (the protocol, through its ProtocolReservation, and the chosen
client's record)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import ApiClient, ApiError, CallSlot, clients
from .catalog import Catalog
from .protocol_reservation import RETRY_MS, ProtocolReservation
from .registry import StepRegistry
from .state import WizardState

log = logging.getLogger("desk_client.wizard")

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
        # the protocol number: reserved, retried and owned by this object; copied into the state here
        self.reservation = ProtocolReservation(
            api, lambda: {"kind": self.state.kind, "channel": self.state.channel}, number=state.protocol,
            parent=self)
        self.reservation.reserved.connect(self._reserved)
        self.reservation.changed.connect(lambda: self.changed.emit("protocol"))
        self.client_status = "idle"    # idle/loading/ok/failed
        self.client_error: str = ""
        self._client_load = CallSlot(api, self)  # the record of the client chosen last
        # the Dados Atend. MikroTik panel's last answer (GET /subscriptions/{id}/connection): the
        # script step preselects options from it (changed("live_session") when it changes)
        self.live_session: dict | None = None
        # After an outage the wizard recovers by itself: what failed is asked again as soon as
        # the server answers (and every few seconds meanwhile), never waiting for a button. The
        # protocol's retries are the reservation's own.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.recover)
        api.connection_changed.connect(self._connection_changed)

    def _connection_changed(self, online: bool) -> None:
        if online:
            self.recover()

    def recover(self) -> None:
        """Ask again for what an outage left undone (the client's record, the lists)."""
        owner = self.parent()
        if owner is not None and hasattr(owner, "isVisible") and not owner.isVisible():
            return  # the wizard was closed (parked or finished): nothing to recover for
        if self.client_status == "failed":
            self.load_client()
        failed_lists = tuple(n for n, e in self.catalog.errors.items() if e is not None)
        if failed_lists:
            self.catalog.refresh(failed_lists)

    def notify(self, what: str) -> None:
        self.state.touch()
        self.changed.emit(what)

    # -- protocol (see ProtocolReservation) ------------------------------------------------------
    @property
    def protocol_status(self) -> str:
        """idle / reserving / ok / failed"""
        return self.reservation.status

    @property
    def protocol_error(self) -> str:
        return self.reservation.error

    def reserve_protocol(self) -> None:
        if not self.state.protocol:
            self.reservation.reserve()

    def _reserved(self, number: str) -> None:
        self.state.protocol = number
        self.notify("protocol")

    # -- the chosen client's record ---------------------------------------------------------------
    def load_client(self) -> None:
        client_id = self.state.client_id
        if client_id is None:
            return
        self.client_status, self.client_error = "loading", ""
        call = self._client_load.run(clients.client, client_id, timeout=CLIENT_TIMEOUT_S)
        call.succeeded.connect(lambda body, cid=client_id: self._client_loaded(cid, body))
        call.failed.connect(lambda error, cid=client_id: self._client_failed(cid, error))
        self.changed.emit("client_status")

    def client_detailed(self) -> bool:
        """The state holds the full record (contacts, subscriptions), not only the search row."""
        return bool(self.state.client) and "subscriptions" in self.state.client

    def _client_loaded(self, client_id: int, body: dict) -> None:
        if client_id != self.state.client_id:
            return
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
        self.client_status, self.client_error = "failed", error.message
        self._retry.start()
        self.changed.emit("client_status")
