"""2 Localizar: the client search (the clients area's ClientSearchWidget), or pick/create a
prospect, or pick an access point (P. Acesso), according to the kind chosen on step 1."""
from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import ApiError, prospects
from ...forms.ui_wizard_locate import Ui_WizardLocatePage
from ...style import status_style
from ...ui.formats import format_phone
from ..context import WizardContext
from ..page import StepPage
from .client_text import describe_client

log = logging.getLogger("desk_client.wizard.locate")

PROSPECT_STATUS = {"novo": "Novo", "em_negociacao": "Em negociação", "convertido": "Convertido",
                   "perdido": "Perdido"}
POINT_KINDS = {"access_point": "Ponto de acesso", "routing_point": "Ponto de roteamento"}


def make_client_search(api, parent):
    """The clients area's search widget, or None if this build does not have it yet."""
    try:
        from ...clients.search_widget import ClientSearchWidget
    except ImportError:  # pragma: no cover - only before the clients area landed
        log.warning("ClientSearchWidget not available")
        return None
    return ClientSearchWidget(api, parent)


class LocatePage(StepPage):
    MODES: ClassVar[dict[str, int]] = {"client": 0, "prospect": 1, "access_point": 2}

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardLocatePage()
        self.ui.setupUi(self)
        self.search = None
        self._prospects: list[dict] = []
        self._created: list[dict] = []  # prospects registered from this wizard stay listed
        self._prospect_query = ""         # the text the listed prospects were searched with
        self._prospect_call = None
        self._prospect_dialog = None
        for table, headers in ((self.ui.prospectTable, [self.tr("Nome"), self.tr("Tipo"), self.tr("Telefone"),
                                                        self.tr("E-mail"), self.tr("Cidade"), self.tr("Situação")]),
                               (self.ui.accessPointTable, [self.tr("Nome"), self.tr("Tipo"), self.tr("Rede")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # the name takes what is left, so the last column ("Situação") is never the one cut
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setStretchLastSection(False)
        self.ui.newProspectButton.setAutoDefault(True)
        self.ui.prospectTable.itemSelectionChanged.connect(self._prospect_selected)
        self.ui.prospectTable.itemDoubleClicked.connect(lambda _item: self.advance.emit())
        self.ui.accessPointTable.itemSelectionChanged.connect(self._point_selected)
        self.ui.accessPointTable.itemDoubleClicked.connect(lambda _item: self.advance.emit())
        self.ui.accessPointFilterEdit.textChanged.connect(self._fill_points)
        self._prospect_timer = QTimer(self)
        self._prospect_timer.setSingleShot(True)
        self._prospect_timer.setInterval(300)
        self._prospect_timer.timeout.connect(self.load_prospects)
        self.ui.prospectSearchEdit.textEdited.connect(lambda _t: self._prospect_timer.start())
        self.ui.newProspectButton.clicked.connect(self.new_prospect)
        self.ui.prospectSearchEdit.installEventFilter(self)
        self.ui.accessPointFilterEdit.installEventFilter(self)
        ctx.catalog.loaded.connect(self._catalog_loaded)
        ctx.catalog.failed.connect(self._catalog_failed)
        ctx.changed.connect(self._changed)

    def eventFilter(self, watched, event) -> bool:
        # Enter in an empty search box with a client already chosen (a resumed wizard): go on.
        if (self.search is not None and watched is self.search.ui.searchEdit
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self.search.ui.searchEdit.text().strip() and self.state.client_id is not None):
            self.advance.emit()
            return True
        # ↓ from a filter box goes to its table
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            table = {self.ui.prospectSearchEdit: self.ui.prospectTable,
                     self.ui.accessPointFilterEdit: self.ui.accessPointTable}.get(watched)
            if table is not None and table.rowCount():
                table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not table.selectionModel().selectedRows():
                    table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- step ---------------------------------------------------------------------------------------
    def first_field(self):
        kind = self.state.kind
        if kind == "client":
            return self.search
        if kind == "prospect":
            return self.ui.prospectSearchEdit
        return self.ui.accessPointFilterEdit

    def focus_first(self) -> None:
        if self.state.kind == "client" and self.search is not None:
            self.search.focus_search()
        else:
            super().focus_first()

    def enter(self) -> None:
        kind = self.state.kind
        self.ui.modeStack.setCurrentIndex(self.MODES[kind])
        if kind == "client":
            self._ensure_search()
        elif kind == "prospect":
            if not self._prospects and self._prospect_call is None:
                self.load_prospects()
        else:
            self.ctx.catalog.ensure("routing_points")
            self._fill_points()
        self._show_chosen()

    def leave(self) -> None:
        if self.state.kind == "client" and self.state.client_id and not self.ctx.client_detailed():
            self.ctx.load_client()

    def _changed(self, what: str) -> None:
        if what == "kind":
            self.ui.modeStack.setCurrentIndex(self.MODES[self.state.kind])

    def _show_chosen(self) -> None:
        state = self.state
        if state.kind == "client" and state.client:
            text = self.tr("Cliente selecionado: %s") % describe_client(state.client)
        elif state.kind == "prospect" and state.prospect:
            text = self.tr("Prospecto selecionado: %s") % state.prospect.get("name", "")
        elif state.kind == "access_point" and state.access_point:
            text = self.tr("Ponto de acesso selecionado: %s") % state.access_point.get("name", "")
        else:
            text = ""
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(text)

    def _error(self, text: str) -> None:
        self.ui.statusLabel.setStyleSheet(status_style("bad"))
        self.ui.statusLabel.setText(text)

    # -- clients ------------------------------------------------------------------------------------
    def _ensure_search(self) -> None:
        if self.search is not None:
            return
        layout = self.ui.clientSearchHost.layout() or QVBoxLayout(self.ui.clientSearchHost)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = make_client_search(self.ctx.api, self.ui.clientSearchHost)
        if self.search is None:
            layout.addWidget(QLabel(self.tr("A pesquisa de clientes não está disponível nesta versão.")))
            return
        layout.addWidget(self.search)
        self.search.ui.searchEdit.installEventFilter(self)  # runs before the widget's own filter
        self.search.selection_changed.connect(self._client_highlighted)
        self.search.client_chosen.connect(self._client_chosen)

    def _client_highlighted(self, row: dict | None) -> None:
        if row is None and self.state.client is not None and self.search is not None and not self.search.results:
            return  # a new search emptied the table: keep what was chosen until another row is picked
        self.state.set_client(dict(row) if row else None)
        self.ctx.notify("client")
        self._show_chosen()

    def _client_chosen(self, row: dict) -> None:
        self.state.set_client(dict(row))
        self.ctx.notify("client")
        self._show_chosen()
        self.advance.emit()

    # -- prospects ----------------------------------------------------------------------------------
    def load_prospects(self) -> None:
        if self._prospect_call is not None:
            self._prospect_call.cancel()
        text = self.ui.prospectSearchEdit.text().strip()
        params = {"limit": 100}
        if text:
            params["q"] = text
        call = prospects.listing(self.ctx.api, params=params, timeout=10)
        self._prospect_query = text
        call.succeeded.connect(self._prospects_arrived)
        call.failed.connect(self._prospects_failed)
        self._prospect_call = call
        self.ui.prospectCountLabel.setText(self.tr("carregando prospectos…"))

    def _prospects_arrived(self, body) -> None:
        self._prospect_call = None
        items = list((body or {}).get("items", [])) if isinstance(body, dict) else []
        ids = {p.get("id") for p in items}
        self._prospects = [p for p in self._created if p.get("id") not in ids] + items
        self._fill_prospects()

    def _prospects_failed(self, error: ApiError) -> None:
        self._prospect_call = None
        self.ui.prospectCountLabel.setText("")
        self._error(self.tr("Não foi possível carregar os prospectos: %s") % error.message)

    def _fill_prospects(self, select_id: int | None = None) -> None:
        table = self.ui.prospectTable
        select_id = select_id or self.state.prospect_id
        with self.filling():
            table.setSortingEnabled(False)
            table.setRowCount(len(self._prospects))
            for row, p in enumerate(self._prospects):
                values = [p.get("name") or "", p.get("kind_label") or p.get("kind") or "",
                          format_phone(p.get("phone")), p.get("email") or "", p.get("city") or "",
                          PROSPECT_STATUS.get(p.get("status"), p.get("status") or "")]
                for col, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, p)
                    item.setToolTip(value)  # a long cell is readable in full
                    table.setItem(row, col, item)
            table.setSortingEnabled(True)
        n = len(self._prospects)
        self.ui.prospectCountLabel.setText(self.tr("1 prospecto") if n == 1 else self.tr("%d prospectos") % n)
        self._select_after_fill(table, [p.get("id") for p in self._prospects], select_id,
                                bool(self._prospect_query))

    def _select_row(self, table: QTableWidget, ident: int | None) -> None:
        for row in range(table.rowCount()):
            record = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if ident is not None and record.get("id") == ident:
                table.selectionModel().setCurrentIndex(
                    table.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return

    @staticmethod
    def _current_record(table: QTableWidget) -> dict | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _prospect_selected(self) -> None:
        if self._filling:
            return
        record = self._current_record(self.ui.prospectTable)
        if record is not None:
            self.state.prospect = dict(record)
            self.ctx.notify("prospect")
            self._show_chosen()

    def new_prospect(self) -> None:
        from ..prospect_dialog import ProspectDialog

        dialog = ProspectDialog(self.ctx.api, self.ui.prospectSearchEdit.text().strip(), self)
        dialog.prospect_saved.connect(self._prospect_created)
        dialog.finished.connect(lambda result: self.refocus(
            self.ui.prospectTable if result == QDialog.DialogCode.Accepted else self.ui.prospectSearchEdit))
        dialog.open()
        self._prospect_dialog = dialog

    def _prospect_created(self, prospect: dict) -> None:
        self._prospect_timer.stop()
        if self._prospect_call is not None:  # an older search must not replace the list
            self._prospect_call.cancel()
            self._prospect_call = None
        self._created.insert(0, prospect)
        self._prospects.insert(0, prospect)
        self.state.prospect = dict(prospect)
        self.ctx.notify("prospect")
        self._fill_prospects(select_id=prospect.get("id"))
        self._show_chosen()

    # -- access points ------------------------------------------------------------------------------
    def _catalog_loaded(self, name: str) -> None:
        if name == "routing_points":
            self._fill_points()

    def _catalog_failed(self, name: str, error: ApiError) -> None:
        if name == "routing_points" and self.state.kind == "access_point":
            self._error(self.tr("Não foi possível carregar os pontos de acesso: %s") % error.message)

    def _fill_points(self, *_args) -> None:
        catalog = self.ctx.catalog
        table = self.ui.accessPointTable
        if not catalog.ready("routing_points"):
            self.ui.accessPointCountLabel.setText(self.tr("carregando pontos de acesso…")
                                                  if catalog.loading("routing_points") else "")
            return
        needle = self.ui.accessPointFilterEdit.text().strip().lower()
        points = [p for p in catalog.items("routing_points")
                  if not needle or needle in f"{p.get('name', '')} {p.get('network', '')}".lower()]
        points.sort(key=lambda p: (p.get("kind") != "access_point", str(p.get("name", "")).lower()))
        with self.filling():
            table.setSortingEnabled(False)
            table.setRowCount(len(points))
            for row, p in enumerate(points):
                values = [p.get("name") or "", POINT_KINDS.get(p.get("kind"), p.get("kind") or ""),
                          p.get("network") or ""]
                for col, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, p)
                    item.setToolTip(value)  # a long cell is readable in full
                    table.setItem(row, col, item)
        n = len(points)
        self.ui.accessPointCountLabel.setText(self.tr("1 ponto") if n == 1 else self.tr("%d pontos") % n)
        self._select_after_fill(table, [p.get("id") for p in points], self.state.access_point_id, bool(needle))

    def _select_after_fill(self, table: QTableWidget, ids: list, chosen: int | None, filtered: bool) -> None:
        """Show what is chosen; when the operator filtered and nothing is chosen among the rows, the
        first row is highlighted (and so chosen), as in the client search: Enter takes it."""
        if chosen in ids:
            with self.filling():
                self._select_row(table, chosen)
        elif filtered and ids:
            with self.filling():
                table.clearSelection()
                self._select_row(table, ids[0])
            # the same row index may hold another record now: choose explicitly, not by signal
            (self._prospect_selected if table is self.ui.prospectTable else self._point_selected)()

    def _point_selected(self) -> None:
        if self._filling:
            return
        record = self._current_record(self.ui.accessPointTable)
        if record is not None:
            self.state.access_point = dict(record)
            self.state.parent = None
            self.ctx.notify("access_point")
            self._show_chosen()
