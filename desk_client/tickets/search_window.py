"""Atendimentos (Ctrl+L): search tickets by protocol (with or without dashes) or client, situation
(several), opening period, type, destination, city, access point and SLA state; paginated and
sorted on the server, with the count; Enter or a double click opens the ticket."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..api import ApiClient
from ..forms.ui_workspace_search import Ui_TicketSearchWindow
from ..ui.formats import iso_date
from .rules import SearchFilters
from .ticket_list import TicketListWidget

SLA_CHOICES = (("", "Qualquer"), ("late", "Atrasado"), ("warning", "Vence logo"), ("ok", "No prazo"),
               ("paused", "Pausado"))


class TicketSearchWindow(QWidget):
    ticket_activated = Signal(int)

    def __init__(self, api: ApiClient, catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_TicketSearchWindow()
        self.ui.setupUi(self)
        self.api, self.catalog = api, catalog
        self.list = TicketListWidget(api, self)
        self.list.ticket_activated.connect(self.ticket_activated)
        self.ui.listHost.addWidget(self.list)
        ui = self.ui
        self.status_checks = {"open": ui.openCheck, "forwarded": ui.forwardedCheck, "closed_done": ui.doneCheck,
                              "closed_unsolved": ui.unsolvedCheck, "cancelled": ui.cancelledCheck}
        ui.openCheck.setChecked(True)
        ui.forwardedCheck.setChecked(True)
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addDays(-30))
        ui.toDate.setDate(today)
        ui.periodCheck.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        for value, text in SLA_CHOICES:
            ui.slaCombo.addItem(self.tr(text), value)
        from PySide6.QtWidgets import QCheckBox  # the protocol in writing (issue 12)

        self.receipt_check = QCheckBox(self.tr("Protocolo por escrito atrasado (24 h)"), self)
        ui.statusLayout.addWidget(self.receipt_check)
        ui.searchButton.clicked.connect(self.search)
        ui.clearButton.clicked.connect(self.clear)
        ui.textEdit.returnPressed.connect(self.search)
        ui.cityEdit.returnPressed.connect(self.search)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=ui.textEdit.setFocus)
        self.list.loaded.connect(lambda total: self.setWindowTitle(self.tr("Atendimentos — %d encontrados") % total))
        catalog.loaded.connect(self._fill_catalog)
        self._fill_catalog()
        self.resize(1100, 680)
        ui.textEdit.setFocus()

    def _fill_catalog(self) -> None:
        ui = self.ui
        for combo, rows in ((ui.typeCombo, [(t["name"], t["id"]) for t in self.catalog.ticket_types]),
                            (ui.destinationCombo, [(text, (("user", d["user_id"]) if "user_id" in d
                                                          else ("cargo", d["cargo_id"])))
                                                   for text, d in self.catalog.destinations()]),
                            (ui.pointCombo, [(p["name"], p["id"]) for p in self.catalog.access_points])):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Qualquer"), None)
            for text, data in rows:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(keep)))

    def _period_toggled(self, on: bool) -> None:
        self.ui.fromDate.setEnabled(on)
        self.ui.toDate.setEnabled(on)

    def filters(self) -> SearchFilters:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        return SearchFilters(
            text=ui.textEdit.text(), statuses=[k for k, box in self.status_checks.items() if box.isChecked()],
            opened_from=iso_date(ui.fromDate.date()) if period else None,
            opened_to=iso_date(ui.toDate.date()) if period else None,
            type_id=ui.typeCombo.currentData(), destination=ui.destinationCombo.currentData(),
            city=ui.cityEdit.text(), access_point_id=ui.pointCombo.currentData(), sla=ui.slaCombo.currentData() or None,
            receipt="late" if self.receipt_check.isChecked() else None)

    def search(self) -> None:
        self.list.set_filters(self.filters().params())
        self.list.ui.ticketsTable.setFocus()

    def clear(self) -> None:
        ui = self.ui
        ui.textEdit.clear()
        ui.cityEdit.clear()
        for key, box in self.status_checks.items():
            box.setChecked(key in ("open", "forwarded"))
        ui.periodCheck.setChecked(False)
        self.receipt_check.setChecked(False)
        for combo in (ui.typeCombo, ui.destinationCombo, ui.pointCombo, ui.slaCombo):
            combo.setCurrentIndex(0)
        ui.textEdit.setFocus()
