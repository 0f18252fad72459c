"""Seed 002's "Abre Atendimento ao abrir o cadastro do cliente", per user: when set, opening a client's
record (Localizar Cliente → Abrir) also opens Novo Atendimento with that client already chosen.

The option is a checkable entry of the Atendimento menu, stored in the client settings under the
user's name (two operators sharing a computer keep their own choice).

    install(window, api, settings)   # after the client windows and the wizard launcher exist
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

KEY = "users/{username}/open_ticket_with_client"


def is_enabled(settings, username: str) -> bool:
    value = settings.value(KEY.format(username=username), False) if settings is not None else False
    return value is True or str(value).lower() in ("true", "1")


def set_enabled(settings, username: str, on: bool) -> None:
    settings.set_value(KEY.format(username=username), bool(on))
    settings.sync()


class OpenTicketOption(QObject):
    def __init__(self, window, api, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.username = (api.user or {}).get("username", "")
        self.action = QAction(QCoreApplication.translate(
            "MainWindow", "Abrir Atendimento ao abrir o ca&dastro do cliente"), window)
        self.action.setObjectName("actionOpenTicketWithClient")
        self.action.setCheckable(True)
        self.action.setChecked(is_enabled(settings, self.username))
        self.action.toggled.connect(self._toggled)
        window.ui.menuAttendance.addSeparator()
        window.ui.menuAttendance.addAction(self.action)
        windows = window.client_windows
        self._open_client = windows.open_client
        windows.open_client = self.open_client  # every way of opening a record goes through here

    def _toggled(self, on: bool) -> None:
        set_enabled(self.settings, self.username, on)

    def open_client(self, client_id: int, summary: dict | None = None):
        detail = self._open_client(client_id, summary)
        launcher = getattr(self.window, "wizard_launcher", None)
        if self.action.isChecked() and launcher is not None and self.window.ui.actionNewTicket.isVisible():
            self.open_ticket(launcher, summary or {"id": client_id})
        return detail

    def open_ticket(self, launcher, client: dict):
        from ..wizard.state import WizardState

        if launcher.wizard is not None:
            return launcher.open_new()  # one wizard at a time: the one in progress comes forward
        state = WizardState(username=launcher.username)
        state.set_client(dict(client))
        return launcher.resume(state)


def install(window, api, settings) -> OpenTicketOption | None:
    if getattr(window, "client_windows", None) is None:
        return None
    return OpenTicketOption(window, api, settings)
