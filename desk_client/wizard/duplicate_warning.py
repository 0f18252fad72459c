"""The duplicate-caller warning of Prim. Contato: before Finalizar, the wizard says when this client
already has an open ticket of the chosen type, or got a protocol in the last hour (the server's
GET /tickets/duplicate-check). It only warns: the operator may still open the ticket."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ..api import tickets
from ..ui.status import banner_style


class DuplicateWarning(QObject):
    def __init__(self, page, banner_after: QLabel):
        super().__init__(page)
        self.page = page
        self.banner = QLabel(page)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Possível ligação repetida"))
        self.banner.setStyleSheet(banner_style("wait"))
        self.banner.hide()
        layout = banner_after.parentWidget().layout() if banner_after.parentWidget() else None
        if layout is not None and layout.indexOf(banner_after) >= 0:
            layout.insertWidget(layout.indexOf(banner_after) + 1, self.banner)
        self._key = None
        self._call = None
        self.message: str | None = None

    def check(self, client_id: int | None, ticket_type_id: int | None) -> None:
        key = (client_id, ticket_type_id)
        if key == self._key:
            return
        self._key = key
        if self._call is not None:
            self._call.cancel()
            self._call = None
        if client_id is None:
            self._show(None)
            return
        params = {"client_id": client_id}
        if ticket_type_id:
            params["ticket_type_id"] = ticket_type_id
        self._call = tickets.duplicate_check(self.page.ctx.api, params=params, timeout=8, owner=self.banner)
        # the wizard may be closed before the answer comes: then its banner is gone too
        self._call.succeeded.connect(lambda body, k=key: self._answer(k, body))
        self._call.failed.connect(lambda _error: setattr(self, "_key", None))  # ask again

    def _answer(self, key, body: dict) -> None:
        if key != self._key:
            return
        self._call = None
        self._show((body or {}).get("message"))

    def _show(self, message: str | None) -> None:
        self.message = message
        self.banner.setText(self.tr("Atenção — possível ligação repetida: %s") % message if message else "")
        self.banner.setVisible(bool(message))
