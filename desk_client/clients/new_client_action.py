"""Atendimento → "Novo cliente…" (supervisors and admins): the create dialog, then the new client's
record opens."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from ..permissions import ADMIN, SUPERVISOR
from .client_edit_dialog import ClientEditDialog


class NewClientAction(QObject):
    def __init__(self, window, api):
        super().__init__(window)
        self.window, self.api = window, api
        self.dialog: ClientEditDialog | None = None
        self.action = QAction(QCoreApplication.translate("MainWindow", "Novo &cliente…"), window)
        self.action.setObjectName("actionNewClient")
        window.ui.menuAttendance.addAction(self.action)
        self.action.triggered.connect(self.open)

    def open(self, *_args) -> ClientEditDialog:
        self.dialog = ClientEditDialog(self.api, None, self.window)
        self.dialog.saved.connect(self._created)
        self.dialog.open()
        return self.dialog

    def _created(self, client: dict) -> None:
        windows = getattr(self.window, "client_windows", None)
        if windows is not None:
            windows.open_client(client["id"], client)


def install(window, api, settings) -> NewClientAction | None:
    if (api.user or {}).get("role") not in (SUPERVISOR, ADMIN):
        return None
    return NewClientAction(window, api)
