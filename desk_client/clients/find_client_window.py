"""The standalone "Localizar Cliente" window (F3) and the launcher that keeps one search window
and one detail window per client open for the main window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from ..api import ApiClient
from ..forms.ui_client_find import Ui_FindClientWindow
from ..icons import icon
from ..settings import ClientSettings
from . import search_fields as sf
from .client_detail_window import ClientDetailWindow
from .search_widget import ClientSearchWidget

log = logging.getLogger("desk_client.clients.find")


class FindClientWindow(QDialog):
    """Search widget + "Abrir": Enter or double-click on a result asks to open the client."""

    open_client = Signal(dict)  # the chosen search row

    def __init__(self, api: ApiClient, settings: ClientSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindClientWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowIcon(icon("find_client"))
        self.setModal(False)
        self.api = api
        self.settings = settings
        self.search = ClientSearchWidget(api, self.ui.searchHost)
        self.ui.searchHostLayout.addWidget(self.search)

        if settings is not None:
            field = str(settings.value("clients/search_field", sf.DEFAULT_FIELD) or sf.DEFAULT_FIELD)
            if field in sf.FIELDS_BY_KEY:
                self.search.set_field(field)
            try:
                self.search.ui.limitSpin.setValue(
                    int(settings.value("clients/search_limit", sf.DEFAULT_LIMIT))
                )
            except (TypeError, ValueError):
                pass
            geometry = settings.geometry("find_client")
            if geometry is not None:
                self.restoreGeometry(geometry)

        self.search.client_chosen.connect(self.open_client)
        self.search.selection_changed.connect(lambda row: self.ui.openButton.setEnabled(row is not None))
        self.ui.openButton.clicked.connect(self.search.choose_current)
        self.ui.openButton.setEnabled(False)
        self.ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.search.focus_search)
        self.search.focus_search()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.search.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc with an empty box closes (QDialog.reject → done)
        self._remember()
        super().done(result)

    def _remember(self) -> None:
        if self.settings is None:
            return
        self.settings.set_value("clients/search_field", self.search.field_key)
        self.settings.set_value("clients/search_limit", self.search.ui.limitSpin.value())
        self.settings.set_geometry("find_client", self.saveGeometry())


class ClientWindows(QObject):
    """Opens the search window (one) and the client windows (one per client), children of `host`
    so they close with the main window at logout."""

    def __init__(self, api: ApiClient, settings: ClientSettings | None, host: QWidget):
        super().__init__(host)
        self.api = api
        self.settings = settings
        self.host = host
        self.find_window: FindClientWindow | None = None
        self.detail_windows: dict[int, ClientDetailWindow] = {}
        self.ticket_opener = None  # set by the ticket workspace: opens a ticket window by id
        self.ticket_bus = None  # set by the ticket workspace: its change bus (events.ChangeBus)

    def open_find(self) -> FindClientWindow:
        if self.find_window is None:
            self.find_window = FindClientWindow(self.api, self.settings, self.host)
            self.find_window.open_client.connect(lambda row: self.open_client(row["id"], row))
            self.find_window.destroyed.connect(lambda: setattr(self, "find_window", None))
        self.find_window.show()
        self.find_window.raise_()
        self.find_window.activateWindow()
        self.find_window.search.focus_search()
        return self.find_window

    def open_client(self, client_id: int, summary: dict | None = None) -> ClientDetailWindow:
        window = self.detail_windows.get(client_id)
        if window is None:
            window = ClientDetailWindow(self.api, client_id, self.settings, parent=self.host, summary=summary)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda *_: self.detail_windows.pop(client_id, None))
            window.ticket_requested.connect(self._open_ticket)
            if self.ticket_bus is not None:  # a ticket of the client changed: its Atendimentos tab again
                self.ticket_bus.ticket_changed.connect(window.ticket_changed)
            self.detail_windows[client_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _open_ticket(self, ticket_id: int) -> None:
        if self.ticket_opener is not None:
            self.ticket_opener(ticket_id)
