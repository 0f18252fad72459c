"""The list of tickets used everywhere (workspace queues, Atendimentos search, the client's tab):
paginated and sorted on the server, with the count; unread rows bold, late ones red with the word;
Enter or a double click opens the ticket."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, ApiError, CallSlot, tickets
from ..forms.ui_ticket_list import Ui_TicketList
from ..ui.formats import show_datetime
from ..ui.record_table import Column, RecordTableModel, fit_columns, setup_table
from . import rules

PAGE_SIZE = 50


class ServerSortedModel(RecordTableModel):
    """Sorting asks the server again (the whole result is sorted, not just the page); unread rows bold."""

    sort_requested = Signal(str)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = rules.ORDER_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(key if order == Qt.SortOrder.AscendingOrder else f"-{key}")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        value = super().data(index, role)
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            record = self.rows[index.row()]
            if record.get("read") is False:
                font = value if isinstance(value, QFont) else QFont()
                font.setBold(True)
                return font
        return value


def ticket_columns() -> list[Column]:
    def situation(r):
        return rules.status_word(r)[0]

    def sla(r):
        return rules.sla_text(r)[0]

    def sla_kind(r):
        state = rules.sla_state(r)
        return rules.SLA_KINDS.get(state) if state else None

    translate = QCoreApplication.translate  # a class-less helper: the context is named
    # The SLA right after the protocol: what the operator reads first in a queue (never cut).
    return [
        Column(translate("TicketList", "Protocolo"), lambda r: r.get("protocol_formatted") or r.get("protocol") or ""),
        Column(translate("TicketList", "SLA"), sla, status=sla_kind),
        Column(translate("TicketList", "Cliente"), lambda r: r.get("client_name") or ""),
        Column(translate("TicketList", "Tipo"), lambda r: r.get("ticket_type") or ""),
        Column(translate("TicketList", "Situação"), situation, status=lambda r: rules.status_word(r)[1]),
        Column(translate("TicketList", "Destino"), rules.destination_text),
        Column(translate("TicketList", "Aberto em"), lambda r: show_datetime(r.get("opened_at"))),
        Column(translate("TicketList", "Cidade"), lambda r: r.get("city") or ""),
    ]


class TicketListWidget(QWidget):
    ticket_activated = Signal(int)  # a ticket id: open its window
    loaded = Signal(int)  # the total that matched

    def __init__(self, api: ApiClient, parent: QWidget | None = None, *, base_params: dict | None = None):
        super().__init__(parent)
        self.ui = Ui_TicketList()
        self.ui.setupUi(self)
        self.api = api
        self.base_params = dict(base_params or {})
        self.filters: dict = {}
        self.order = self.base_params.pop("order", "-opened_at")
        self.offset = 0
        self.total = 0
        self._page_load = CallSlot(api, self)  # a newer page/sort/filter replaces the one on its way
        self.model = ServerSortedModel(ticket_columns(), self)
        self.model.sort_requested.connect(self._sort)
        setup_table(self.ui.ticketsTable, self.model)
        self.ui.ticketsTable.doubleClicked.connect(self._activate_index)
        self.ui.ticketsTable.installEventFilter(self)
        self.ui.countLabel.setMinimumWidth(self.fontMetrics().horizontalAdvance("000–000 de 0000000 atendimentos"))
        self.ui.prevButton.clicked.connect(lambda: self._page(-1))
        self.ui.nextButton.clicked.connect(lambda: self._page(+1))
        self._update_pager()

    # -- public ---------------------------------------------------------------------------------
    def set_filters(self, params: dict) -> None:
        self.filters = dict(params)
        self.offset = 0
        self.reload()

    def reload(self) -> None:
        params = {**self.base_params, **self.filters, "order": self.order, "limit": PAGE_SIZE,
                  "offset": self.offset}
        self.ui.countLabel.setText(self.tr("Carregando…"))
        call = self._page_load.run(tickets.listing, params=params)
        call.succeeded.connect(self._arrived)
        call.failed.connect(self._failed)

    def current(self) -> dict | None:
        index = self.ui.ticketsTable.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_first(self) -> None:
        if self.model.rowCount():
            self.ui.ticketsTable.selectRow(0)

    # -- answers --------------------------------------------------------------------------------
    def _arrived(self, body: dict) -> None:
        current = self.current()
        items = body.get("items") or []
        self.total = int(body.get("total") or 0)
        self.model.set_rows(items)
        fit_columns(self.ui.ticketsTable)
        self._fit_bold()
        if current is not None:
            row = self.model.row_of(lambda r: r.get("id") == current.get("id"))
            if row >= 0:
                self.ui.ticketsTable.selectRow(row)
        self.ui.countLabel.setText(rules.page_text(self.offset, len(items), self.total))
        self._update_pager()
        self.loaded.emit(self.total)

    def _fit_bold(self) -> None:
        """Unread rows are bold: the columns read first (protocol, date, SLA) are never cut (DESIGN §11)."""
        font = QFont(self.ui.ticketsTable.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        header = self.ui.ticketsTable.horizontalHeader()
        for column in (0, 1, 2, 4, 6):
            texts = [self.model.columns[column].text(r) for r in self.model.rows] + [self.model.columns[column].title]
            wanted = max(metrics.horizontalAdvance(t) for t in texts) + 34  # padding and the status icon
            wanted = min(wanted, 340) if column == 2 else wanted  # a very long name: tooltip
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def _failed(self, error: ApiError) -> None:
        self.ui.countLabel.setText(self.tr("Não foi possível carregar: %s") % error.message)

    # -- paging, sorting, opening ---------------------------------------------------------------
    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.reload()

    def _sort(self, order: str) -> None:
        self.order, self.offset = order, 0
        self.reload()

    def _update_pager(self) -> None:
        self.ui.prevButton.setEnabled(self.offset > 0)
        self.ui.nextButton.setEnabled(self.offset + PAGE_SIZE < self.total)

    def _activate_index(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is not None:
            self.ticket_activated.emit(int(record["id"]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.ticketsTable and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate_index(self.ui.ticketsTable.currentIndex())
            return True
        return super().eventFilter(watched, event)
