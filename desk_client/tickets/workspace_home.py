"""The main window's home: the operator's queues — Meus atendimentos, Do meu cargo, Todos — each
with its count, refreshed by the change bus (a ticket forwarded to me shows up, with a notice)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ..api import ApiClient, ApiError, tickets
from ..forms.ui_workspace_home import Ui_WorkspaceHome
from ..ui.status import banner_style
from . import rules
from .ticket_list import TicketListWidget

REFRESH_DEBOUNCE_MS = 250  # a burst of changes (a parent closing 30 children) is one refresh
NOTICE_MS = 15_000


class WorkspaceHome(QWidget):
    ticket_activated = Signal(int)

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WorkspaceHome()
        self.ui.setupUi(self)
        self.api = api
        self.lists: dict[str, TicketListWidget] = {}
        self.counts: dict[str, int] = {}
        for key, layout in (("mine", self.ui.mineLayout), ("cargo", self.ui.cargoLayout), ("all", self.ui.allLayout)):
            widget = TicketListWidget(api, self, base_params=rules.QUEUES[key][1])
            widget.ticket_activated.connect(self.ticket_activated)
            layout.addWidget(widget)
            self.lists[key] = widget
        self.ui.noticeLabel.hide()
        self.ui.openButton.clicked.connect(self._open_current)
        self.ui.takeButton.clicked.connect(self.take_current)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.queueTabs.currentChanged.connect(lambda _i: self._update_buttons())
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.take_current)
        self._debounce = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._notice_timer.timeout.connect(self.ui.noticeLabel.hide)
        self._counts_call = None
        self._update_buttons()

    # -- refresh --------------------------------------------------------------------------------
    def refresh(self) -> None:
        for widget in self.lists.values():
            widget.reload()
        if self._counts_call is not None:
            self._counts_call.cancel()
        self._counts_call = tickets.queue_counts(self.api)
        self._counts_call.succeeded.connect(self._counts_arrived)
        self._counts_call.failed.connect(self._counts_failed)

    def schedule_refresh(self, *_args) -> None:
        self._debounce.start()

    def _counts_arrived(self, counts: dict) -> None:
        self._counts_call = None
        self.counts = counts
        titles = {
            "mine": self.tr("&Meus atendimentos (%d)") % counts.get("mine", 0),
            "cargo": self.tr("Do meu &cargo (%d)") % counts.get("my_cargos", 0),
            "all": self.tr("T&odos (%d)") % counts.get("all_open", 0),
        }
        if counts.get("mine_unread"):
            titles["mine"] = self.tr("&Meus atendimentos (%d, %d novos)") % (counts["mine"], counts["mine_unread"])
        for index, key in enumerate(("mine", "cargo", "all")):
            self.ui.queueTabs.setTabText(index, titles[key])
        late = counts.get("late", 0)
        self.ui.updatedLabel.setText(
            (self.tr("%d atrasado(s) — ") % late if late else "")
            + self.tr("atualizado às %s") % datetime.now().strftime("%H:%M:%S"))
        self.ui.updatedLabel.setStyleSheet("color: #c62828; font-weight: 600;" if late else "color: #52606d;")

    def _counts_failed(self, error: ApiError) -> None:
        self._counts_call = None
        self.ui.updatedLabel.setText(self.tr("Sem atualização: %s") % error.message)

    # -- notices --------------------------------------------------------------------------------
    def notify_forwarded(self, change: dict) -> None:
        """A ticket was put in my hands: a visible notice (and the taskbar blinks)."""
        protocol = rules.grouped_protocol((change.get("data") or {}).get("protocol")) or f"nº {change.get('ticket_id')}"
        self.ui.noticeLabel.setText(self.tr("Novo atendimento para você: %s — veja em Meus atendimentos.") % protocol)
        self.ui.noticeLabel.setStyleSheet(banner_style("wait"))
        self.ui.noticeLabel.show()
        self._notice_timer.start()
        QApplication.alert(self.window(), 5000)
        self.schedule_refresh()

    # -- actions --------------------------------------------------------------------------------
    def current_list(self) -> TicketListWidget:
        return self.lists[("mine", "cargo", "all")[self.ui.queueTabs.currentIndex()]]

    def _open_current(self) -> None:
        ticket = self.current_list().current()
        if ticket is not None:
            self.ticket_activated.emit(int(ticket["id"]))

    def take_current(self) -> None:
        ticket = self.current_list().current()
        if ticket is None or not (ticket.get("destination") or {}).get("cargo_id"):
            return
        call = tickets.take(self.api, ticket["id"])
        call.succeeded.connect(lambda _t: self.refresh())
        call.failed.connect(lambda e: self.ui.updatedLabel.setText(e.message))

    def _update_buttons(self) -> None:
        self.ui.takeButton.setVisible(self.ui.queueTabs.currentIndex() == 1)
