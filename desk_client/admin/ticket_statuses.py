"""Administração → Status de atendimento (supervisors and admins): the statuses operators choose in
"Mudar Status", each with a category that tells the SLA what it means ("Aguardando cliente" pauses
it), an order in the lists, and active. Statuses are deactivated, never deleted."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, catalog
from ..forms.ui_ticket_statuses import Ui_TicketStatusesWindow
from ..forms.ui_ticket_statuses_edit import Ui_TicketStatusEditDialog
from ..ui.admin_list import AdminListWindow, show_status
from .dialog import AdminDialog
from .keys import insert_adds

CATEGORIES = ("open", "in_progress", "waiting_customer", "closed")


def category_label(category: str) -> str:
    translate = QCoreApplication.translate
    labels = {"open": translate("TicketStatusesWindow", "Aberto"),
              "in_progress": translate("TicketStatusesWindow", "Em andamento"),
              "waiting_customer": translate("TicketStatusesWindow", "Aguardando cliente"),
              "closed": translate("TicketStatusesWindow", "Fechado")}
    return labels.get(category, category)


class TicketStatusesWindow(AdminListWindow):
    form_class = Ui_TicketStatusesWindow
    icon_name = "tickets"
    records_attr = "statuses"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        self.statuses: list[dict] = []
        super().__init__(api, parent)
        insert_adds(self)
        self.load()

    def table(self):
        return self.ui.statusesTable

    def headers(self) -> list[str]:
        return [self.tr("Nome"), self.tr("Categoria"), self.tr("Ordem"), self.tr("Situação")]

    def load(self) -> None:
        self.load_lists([(catalog.ticket_statuses, {"include_inactive": "true"}, "statuses")])

    def _fill(self, select_id: int | None = None) -> None:
        shown = sorted((s for s in self.statuses if s.get("active", True) or self.ui.inactiveCheck.isChecked()),
                       key=lambda s: (s.get("position", 0), s["name"].lower()))
        rows = [(s, [s["name"], category_label(s["category"]), str(s.get("position", 0)),
                     self.tr("Ativo") if s.get("active", True) else self.tr("Inativo")]) for s in shown]
        n = len(shown)
        self.show_rows(rows, select_id, self.tr("1 status") if n == 1 else self.tr("%d status") % n)

    def make_dialog(self, record: dict | None) -> TicketStatusDialog:
        return TicketStatusDialog(self.api, record, self)

    def _saved(self, row: dict) -> None:
        self.store(row)
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % row["name"], "ok")


class TicketStatusDialog(AdminDialog):
    saved = Signal(dict)
    form_class = Ui_TicketStatusEditDialog

    def __init__(self, api: ApiClient, record: dict | None, parent: QWidget | None = None):
        super().__init__(api, record, parent)
        self.setWindowTitle(self.tr("Editar status") if record else self.tr("Novo status"))
        for category in CATEGORIES:
            self.ui.categoryCombo.addItem(category_label(category), category)
        if record:
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.categoryCombo.setCurrentIndex(max(self.ui.categoryCombo.findData(record.get("category")), 0))
            self.ui.positionSpin.setValue(int(record.get("position") or 0))
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
        else:
            self.ui.categoryCombo.setCurrentIndex(CATEGORIES.index("in_progress"))
            self.ui.activeCheck.hide()  # a new status is active
        self.ready(self.ui.nameEdit)

    def body(self) -> dict:
        body = {"name": self.ui.nameEdit.text().strip(), "category": self.ui.categoryCombo.currentData(),
                "position": self.ui.positionSpin.value()}
        if self.record:
            body["active"] = self.ui.activeCheck.isChecked()
        return body

    def save(self) -> None:
        if self._call is None and self.name_given(self.tr("Informe o nome (pelo menos 2 letras).")):
            self.save_to(catalog.TICKET_STATUSES, self.body())

    def on_saved(self, row: dict) -> None:
        self.saved.emit(row)
