"""What issue 13 adds to the client window, hooked in from outside so client_detail_window.py stays
as it was: the contract panel (Detalhes, Eventos, Serviços, Conexão with "Mostrar") under the
connection of the chosen plan, "Adicionar plano…" and "Editar cadastro…" (supervisors and admins),
Financeiro with the seed's columns (Data Venc., Histórico, V. Lançado, Dt. Baixa, Saldo) and a click
that opens the invoice's details.

    hooks = install(window)   # once, from ClientDetailWindow.__init__
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton

from ..permissions import ADMIN, SUPERVISOR
from ..ui.formats import money, show_date, to_decimal
from ..ui.record_table import Column, fit_columns
from . import record_rules as rr
from . import rules
from .add_plan_dialog import AddPlanDialog
from .client_edit_dialog import ClientEditDialog
from .contract_panel import ContractPanel
from .invoice_details_dialog import InvoiceDetailsDialog

MANAGERS = (SUPERVISOR, ADMIN)


def _t(text: str) -> str:
    return QCoreApplication.translate(rr.CONTEXT, text)


def seed_invoice_columns() -> list[Column]:
    """Financeiro as seed 004 names it, then the boleto/NF numbers and the status word."""
    def overdue(r):
        return "bad" if rules.invoice_status_key(r) == "overdue" else None

    def status(r):
        return rules.invoice_status(r)

    return [
        Column(_t("Data Venc."), lambda r: show_date(r.get("due_date")), sort=lambda r: r.get("due_date"),
               status=overdue, status_icon=False),
        Column(_t("Histórico"), lambda r: r.get("description") or ""),
        Column(_t("V. Lançado"), lambda r: money(r.get("amount")), sort=lambda r: to_decimal(r.get("amount")),
               align_right=True),
        Column(_t("Dt. Baixa"), lambda r: show_date(r.get("paid_date")), sort=lambda r: r.get("paid_date")),
        Column(_t("Saldo"), lambda r: money(r.get("balance")), sort=lambda r: to_decimal(r.get("balance")),
               align_right=True, status=overdue, status_icon=False),
        Column(_t("Situação"), lambda r: QCoreApplication.translate(rules.CONTEXT, status(r)[0]),
               status=lambda r: status(r)[1]),
        Column(_t("Boleto"), lambda r: r.get("boleto_number") or ""),
        Column(_t("NF"), lambda r: r.get("nf_number") or ""),
    ]


class ClientRecordHooks(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.panel = ContractPanel(window.api, ui.connectionGroup)
        ui.connectionForm.addRow(self.panel)
        ui.subscriptionsTable.selectionModel().currentRowChanged.connect(self._plan_chosen)
        window.loaded.connect(self._client_loaded)

        manager = (window.api.user or {}).get("role") in MANAGERS
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_plan_button = QPushButton(
            QCoreApplication.translate("ClientRecord", "Ad&icionar plano…"), ui.plansTab)
        self.add_plan_button.setObjectName("addPlanButton")
        self.edit_client_button = QPushButton(
            QCoreApplication.translate("ClientRecord", "&Editar cadastro…"), ui.registryTab)
        self.edit_client_button.setObjectName("editClientButton")
        for button in (self.add_plan_button, self.edit_client_button):
            button.setVisible(manager)
            button.setEnabled(False)  # until the client arrived
        row.addWidget(self.add_plan_button)
        ui.plansLayout.insertLayout(0, row)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_client_button)
        ui.registryLayout.insertLayout(0, edit_row)
        self.add_plan_button.clicked.connect(self.add_plan)
        self.edit_client_button.clicked.connect(self.edit_client)

        window.invoice_model.set_columns(seed_invoice_columns())
        header = ui.invoicesTable.horizontalHeader()  # Histórico (column 1) is the one that stretches now
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.invoicesTable.clicked.connect(self.open_invoice)
        ui.invoicesTable.activated.connect(self.open_invoice)
        self.dialog = None

    def _plan_chosen(self, current, _previous) -> None:
        sub = self.window.subscriptions.record(current.row()) if current.isValid() else None
        self.panel.set_subscription(sub.get("id") if sub else None)

    def _client_loaded(self, client: dict) -> None:
        self.add_plan_button.setEnabled(True)
        self.edit_client_button.setEnabled(True)
        if not client.get("subscriptions"):
            self.panel.set_subscription(None)

    def add_plan(self) -> AddPlanDialog | None:
        if not self.window.client:
            return None
        self.dialog = AddPlanDialog(self.window.api, self.window.client, self.window)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def edit_client(self) -> ClientEditDialog | None:
        if not self.window.client:
            return None
        self.dialog = ClientEditDialog(self.window.api, self.window.client, self.window)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, _record: dict) -> None:
        self.window.reload()

    def open_invoice(self, index) -> InvoiceDetailsDialog | None:
        invoice = self.window.invoice_model.record(index.row()) if index.isValid() else None
        if invoice is None:
            return None
        self.dialog = InvoiceDetailsDialog(invoice, self.window)
        self.dialog.open()
        return self.dialog


def install(window) -> ClientRecordHooks:
    hooks = ClientRecordHooks(window)
    fit_columns(window.ui.invoicesTable)
    return hooks
