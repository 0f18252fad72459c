"""Client window: header (name, code, status, warning banner) and the tabs Cadastro, Planos,
Financeiro, Contatos and Atendimentos, all filled from the server off the GUI thread.

    window = ClientDetailWindow(api, client_id, settings, parent)
    window.loaded       # Signal(dict): the client as GET /clients/{id} returned it
    window.mikrotik_host()  # the container the live MikroTik panel goes into (another issue)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..api import ApiClient, ApiError, clients
from ..forms.ui_client_detail import Ui_ClientDetailWindow
from ..icons import icon
from ..routers.connection_panel import ConnectionPanel
from ..settings import ClientSettings
from ..style import BAD_RED, status_style
from ..ui import formats
from ..ui.formats import iso_date, money, show_date, to_decimal
from ..ui.record_table import fit_columns
from ..ui.status import banner_style, set_status_label
from . import rules
from . import search_fields as sf
from .client_contacts_tab import LOAD_TIMEOUT_S, ClientContactsTab
from .client_detail_tables import ClientDetailTables, _t
from .client_record_hooks import install as install_record_hooks
from .client_tickets_tab import ClientTicketsTab
from .contact_dialog import ContactDialog

log = logging.getLogger("desk_client.clients.detail")

TAB_REGISTRY, TAB_PLANS, TAB_FINANCIAL, TAB_CONTACTS, TAB_TICKETS = range(5)


class ClientDetailWindow(ClientDetailTables, ClientContactsTab, ClientTicketsTab, QWidget):
    loaded = Signal(dict)  # the client record arrived (or was reloaded)
    invoices_loaded = Signal(dict)  # GET /clients/{id}/invoices answered
    tickets_loaded = Signal(int)  # the Atendimentos list arrived (how many tickets the client has)
    ticket_requested = Signal(int)  # open this ticket's window
    load_failed = Signal(str)

    def __init__(
        self,
        api: ApiClient,
        client_id: int,
        settings: ClientSettings | None = None,
        parent: QWidget | None = None,
        summary: dict | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ClientDetailWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowIcon(icon("find_client"))
        self.api = api
        self.client_id = int(client_id)
        self.settings = settings
        self.client: dict | None = None
        self.invoices: dict | None = None
        self._calls: dict[str, object] = {}
        self._contact_dialog: ContactDialog | None = None

        self._build_tables()
        self._build_tickets_tab()
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addMonths(-12))
        self.ui.toDate.setDate(today.addMonths(2))
        self.ui.filterButton.clicked.connect(self.load_invoices)
        self.ui.reloadButton.clicked.connect(self.reload)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.addContactButton.clicked.connect(self.add_contact)
        self.ui.editContactButton.clicked.connect(self.edit_contact)
        self.ui.deleteContactButton.clicked.connect(self.delete_contact)
        self.ui.contactsTable.doubleClicked.connect(lambda _index: self.edit_contact())
        self.ui.contactsTable.activated.connect(lambda _index: self.edit_contact())
        from .history_requests import install as install_history_requests  # Pedido de histórico (issue 16)
        self.history_requests = install_history_requests(self)
        self.ui.subscriptionsTable.selectionModel().currentRowChanged.connect(self._subscription_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.reload)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        QShortcut(
            QKeySequence("Insert"),
            self.ui.contactsTab,
            activated=self.add_contact,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.ui.contactsTable,
            activated=self.delete_contact,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.connection_panel = ConnectionPanel(api, self.ui.mikrotikPanelHost)
        self.ui.mikrotikPanelLayout.addWidget(self.connection_panel)
        self.ui.mikrotikPlaceholderLabel.setVisible(False)

        self.ui.bannerLabel.setVisible(False)
        self._set_loading(False)
        self._show_header(summary or {"id": self.client_id})
        self._update_contact_buttons()
        if settings is not None:
            geometry = settings.geometry("client_detail")
            if geometry is not None:
                self.restoreGeometry(geometry)
        self.record_hooks = install_record_hooks(self)  # issue 13: contract panel, Adicionar plano, Financeiro
        self.reload()

    # -- public ---------------------------------------------------------------------------------
    def mikrotik_host(self) -> QWidget:
        """The container of the live MikroTik panel ("Dados do Servidor Mikrotik")."""
        return self.ui.mikrotikPanelHost

    def reload(self) -> None:
        self._load_client()
        self.load_invoices()
        self.tickets.reload()

    def load_invoices(self) -> None:
        start, end = self.ui.fromDate.date(), self.ui.toDate.date()
        params = {"from": iso_date(start), "to": iso_date(end)}
        self.ui.invoicesBusy.setVisible(True)
        self.ui.filterButton.setEnabled(False)
        self._show_inline(self.ui.invoicesMessageLabel, "")
        self._request("invoices", self._invoices_arrived, self._invoices_failed, clients.invoices, self.client_id,
                      params=params)

    # -- requests -------------------------------------------------------------------------------
    def _request(self, name: str, ok, fail, request, *args, params: dict | None = None) -> None:
        """`request(api, *args)`, a desk_client.api function; a newer request of `name` drops this one."""
        previous = self._calls.pop(name, None)
        if previous is not None:
            previous.cancel()
        call = request(self.api, *args, params=params, timeout=LOAD_TIMEOUT_S)
        self._calls[name] = call

        def succeeded(body, call=call):
            if self._calls.get(name) is call:
                del self._calls[name]
                ok(body)

        def failed(error, call=call):
            if self._calls.get(name) is call:
                del self._calls[name]
                fail(error)

        call.succeeded.connect(succeeded)
        call.failed.connect(failed)

    def _load_client(self) -> None:
        self._set_loading(True, self.tr("Carregando dados do cliente…"))
        self._request("client", self._client_arrived, self._client_failed, clients.client, self.client_id)

    def _client_arrived(self, body: dict) -> None:
        self._set_loading(False)
        self.client = body
        self._show_header(body)
        self._fill_registry(body)
        self._fill_plans(body)
        self._fill_contacts(body.get("contacts") or [])
        self.loaded.emit(body)

    def _client_failed(self, error: ApiError) -> None:
        self._set_loading(False)
        message = error.message
        if error.status == 404:
            message = self.tr(
                "Cliente não encontrado: ele pode ter sido removido. Feche esta janela e pesquise de novo."
            )
        self._set_loading(False, message, error=True)
        self.load_failed.emit(message)

    def _set_loading(self, busy: bool, message: str = "", error: bool = False) -> None:
        self.ui.loadBusy.setVisible(busy)
        label = self.ui.loadMessageLabel
        label.setText(message)
        label.setStyleSheet(status_style("bad") if error else "color: #52606d;")
        label.setVisible(bool(message))
        self.ui.reloadButton.setEnabled(not busy)

    # -- header ---------------------------------------------------------------------------------
    def _show_header(self, client: dict) -> None:
        name = client.get("name") or self.tr("Cliente %s") % client.get("id", "")
        code = client.get("code") or ""
        self.ui.nameLabel.setText(name)
        self.setWindowTitle(self.tr("%s — Cliente %s") % (name, code) if code else name)
        bits = []
        if code:
            bits.append(self.tr("Código %s") % code)
        document = formats.format_document(client.get("document"))
        if document:
            bits.append(f"{sf.document_kind(client.get('document'))} {document}")
        city = (client.get("address") or {}).get("city") or client.get("city")
        if city:
            bits.append(city)
        if client.get("open_tickets"):
            n = int(client["open_tickets"])
            bits.append(self.tr("1 atendimento aberto") if n == 1 else self.tr("%s atendimentos abertos") % n)
        self.ui.subtitleLabel.setText("  ·  ".join(bits))
        word, kind = sf.status_label(client.get("status"))
        if word:
            set_status_label(self.ui.statusLabel, _t(word).upper(), kind)
            self.ui.statusLabel.setStyleSheet(status_style(kind) + " font-size: 13pt;")
        else:
            self.ui.statusLabel.clear()
        self._show_banner(client)

    def _show_banner(self, client: dict) -> None:
        alert = rules.client_alert(client) if "status" in client else None
        banner = self.ui.bannerLabel
        if alert is None:
            banner.setVisible(False)
            banner.clear()
            return
        parts = []
        if alert.suspended:
            parts.append(self.tr("CLIENTE SUSPENSO"))
        elif alert.cancelled:
            parts.append(self.tr("CLIENTE CANCELADO: sem serviço ativo"))
        if alert.overdue_count:
            count = (
                self.tr("1 fatura vencida")
                if alert.overdue_count == 1
                else self.tr("%s faturas vencidas") % alert.overdue_count
            )
            parts.append(self.tr("%s — %s em aberto") % (count, money(alert.pending_total)))
        text = " · ".join(parts)
        if alert.suspended:
            text += self.tr(". Sem internet? Confira o Financeiro antes de tratar como problema técnico.")
        banner.setText(f"<span style='font-size: 13pt'>⚠</span>&nbsp; {_html(text)}")
        banner.setStyleSheet(banner_style(alert.kind))
        banner.setVisible(True)

    # -- Cadastro -------------------------------------------------------------------------------
    def _fill_registry(self, c: dict) -> None:
        ui = self.ui
        person = c.get("person_type")
        set_text(ui.codeEdit, c.get("code"))
        set_text(
            ui.personTypeEdit,
            self.tr("Pessoa física")
            if person == "PF"
            else self.tr("Pessoa jurídica")
            if person == "PJ"
            else "",
        )
        set_text(ui.nameEdit, c.get("name"))
        set_text(ui.tradeNameEdit, c.get("trade_name"))
        document = c.get("document")
        set_text(ui.documentEdit, c.get("document_formatted") or formats.format_document(document))
        ui.documentLabel.setText(self.tr("CNPJ:") if person == "PJ" else self.tr("CPF:"))
        ui.rgIeLabel.setText(self.tr("Inscr. estadual:") if person == "PJ" else self.tr("RG:"))
        ui.birthDateLabel.setText(self.tr("Fundação:") if person == "PJ" else self.tr("Nascimento:"))
        set_text(ui.rgIeEdit, c.get("rg_ie"))
        set_text(ui.birthDateEdit, show_date(c.get("birth_date")))
        set_text(ui.startDateEdit, show_date(c.get("start_date")))
        word, kind = sf.status_label(c.get("status"))
        set_status_label(ui.registryStatusValue, _t(word), kind)
        set_text(ui.phoneEdit, formats.format_phone(c.get("phone")))
        set_text(ui.mobileEdit, formats.format_phone(c.get("mobile")))
        set_text(ui.emailEdit, c.get("email"))
        set_text(ui.addressEdit, sf.address_line(c.get("address") or {}))
        install = sf.address_line(c.get("install_address") or {})
        set_text(ui.installAddressEdit, install or self.tr("o mesmo do endereço"))
        set_text(ui.referenceEdit, c.get("reference"))
        set_text(ui.emailAccountsEdit, ", ".join(a.get("address", "") for a in c.get("email_accounts") or []))
        set_text(ui.domainsEdit, ", ".join(d.get("name", "") for d in c.get("domains") or []))
        set_text(ui.openTicketsEdit, str(c.get("open_tickets", 0)))
        pending = to_decimal(c.get("pending_invoices_total"))
        overdue = int(c.get("overdue_invoices") or 0)
        if overdue:
            text = self.tr("%s (%s vencida(s))") % (money(pending), overdue)
            set_status_label(ui.pendingValue, text, "bad")
        elif pending > 0:
            set_status_label(ui.pendingValue, self.tr("%s a vencer") % money(pending), "wait")
        else:
            set_status_label(ui.pendingValue, self.tr("nada em aberto"), "ok")
        ui.notesEdit.setPlainText(c.get("notes") or "")

    # -- Planos ---------------------------------------------------------------------------------
    def _fill_plans(self, c: dict) -> None:
        subs = c.get("subscriptions") or []
        self.subscriptions.set_rows(subs)
        fit_columns(self.ui.subscriptionsTable)
        if subs:
            self._show_inline(
                self.ui.plansMessageLabel,
                self.tr("1 plano") if len(subs) == 1 else self.tr("%s planos") % len(subs),
            )
            self.ui.subscriptionsTable.selectionModel().setCurrentIndex(
                self.subscriptions.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_inline(self.ui.plansMessageLabel, self.tr("Este cliente não tem planos ativos."))
            self._show_connection(None)

    def _subscription_changed(self, current, _previous) -> None:
        self._show_connection(self.subscriptions.record(current.row()) if current.isValid() else None)

    def _show_connection(self, sub: dict | None) -> None:
        ui = self.ui
        sub = sub or {}
        set_text(ui.connLoginEdit, sub.get("login"))
        set_text(ui.connIpEdit, sub.get("ip"))
        set_text(ui.connMacEdit, rules.mac_text(sub.get("mac")))
        set_text(ui.connMac2Edit, rules.mac_text(sub.get("mac2")))
        set_text(ui.connMacOnuEdit, rules.mac_text(sub.get("mac_onu")))
        set_text(ui.connRoutingPointEdit, sub.get("routing_point"))
        set_text(ui.connNetworkEdit, sub.get("network"))
        plan = sub.get("plan") or ""
        speed = rules.speed_text(sub) if sub else ""
        set_text(ui.connPlanEdit, f"{plan} ({speed})" if plan and speed else plan)
        serial = " / ".join(v for v in (sub.get("serial_number"), sub.get("circuit_number")) if v)
        set_text(ui.connSerialEdit, serial)
        set_text(ui.connInstallEdit, sf.address_line(sub.get("install_address") or {}))
        self.contracts.set_rows(sub.get("contracts") or [])
        fit_columns(self.ui.contractsTable)
        title = self.tr("Conexão — %s") % sub["login"] if sub.get("login") else self.tr("Conexão")
        ui.connectionGroup.setTitle(title)
        self.connection_panel.set_subscription(sub.get("id") if sub.get("login") else None)

    # -- Financeiro -----------------------------------------------------------------------------
    def _invoices_arrived(self, body: dict) -> None:
        self.ui.invoicesBusy.setVisible(False)
        self.ui.filterButton.setEnabled(True)
        self.invoices = body
        items = body.get("items") or []
        self.invoice_model.set_rows(items)
        fit_columns(self.ui.invoicesTable)
        totals = body.get("totals") or rules.invoice_totals(items)
        n = len(items)
        self.ui.invoicesCountLabel.setText(
            self.tr("nenhuma fatura no período")
            if n == 0
            else self.tr("1 fatura")
            if n == 1
            else self.tr("%s faturas") % n
        )
        self.ui.totalLabel.setText(self.tr("Total: %s") % money(totals.get("total")))
        self.ui.paidLabel.setText(self.tr("Pago: %s") % money(totals.get("paid")))
        self.ui.openLabel.setText(self.tr("Em aberto: %s") % money(totals.get("open")))
        overdue = to_decimal(totals.get("overdue"))
        if overdue > 0:
            set_status_label(self.ui.overdueLabel, self.tr("Vencido: %s") % money(overdue), "bad")
        else:
            self.ui.overdueLabel.setStyleSheet("")
            self.ui.overdueLabel.setTextFormat(Qt.TextFormat.PlainText)
            self.ui.overdueLabel.setText(self.tr("Vencido: %s") % money(0))
        self.invoices_loaded.emit(body)

    def _invoices_failed(self, error: ApiError) -> None:
        self.ui.invoicesBusy.setVisible(False)
        self.ui.filterButton.setEnabled(True)
        self._show_inline(self.ui.invoicesMessageLabel, error.message, error=True)

    # -- helpers --------------------------------------------------------------------------------
    def _show_inline(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;" if error else "color: #52606d;")
        label.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        for call in self._calls.values():
            call.cancel()
        self._calls.clear()
        if self.settings is not None:
            self.settings.set_geometry("client_detail", self.saveGeometry())
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def set_text(edit: QLineEdit, value) -> None:
    text = "" if value is None else str(value)
    edit.setText(text)
    edit.setCursorPosition(0)
    edit.setToolTip(text if len(text) > 40 else "")
