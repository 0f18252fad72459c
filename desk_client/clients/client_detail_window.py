"""Client window: header (name, code, status, warning banner) and the tabs Cadastro, Planos,
Financeiro, Contatos and Atendimentos, all filled from the server off the GUI thread.

    window = ClientDetailWindow(api, client_id, settings, parent)
    window.loaded       # Signal(dict): the client as GET /clients/{id} returned it
    window.mikrotik_host()  # the container the live MikroTik panel goes into (another issue)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from ..api import ApiClient, ApiError
from ..forms.ui_client_detail import Ui_ClientDetailWindow
from ..icons import icon
from ..routers.connection_panel import ConnectionPanel
from ..settings import ClientSettings
from ..style import BAD_RED, status_style
from . import rules
from . import search_fields as sf
from .common import (
    Column,
    RecordTableModel,
    banner_style,
    fit_columns,
    iso_date,
    money,
    set_status_label,
    setup_table,
    show_date,
    show_datetime,
)
from .contact_dialog import ContactDialog

log = logging.getLogger("desk_client.clients.detail")

LOAD_TIMEOUT_S = 15.0
TICKETS_LIMIT = 200
TAB_REGISTRY, TAB_PLANS, TAB_FINANCIAL, TAB_CONTACTS, TAB_TICKETS = range(5)


def _t(text: str) -> str:
    return QCoreApplication.translate(sf.CONTEXT, text)


def _r(text: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, text)


class ClientDetailWindow(QWidget):
    loaded = Signal(dict)  # the client record arrived (or was reloaded)
    invoices_loaded = Signal(dict)  # GET /clients/{id}/invoices answered
    tickets_loaded = Signal(int)  # the Atendimentos tab is filled (number of rows)
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
        self._listed_open = 0

        self._build_tables()
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
        self.reload()

    # -- public ---------------------------------------------------------------------------------
    def mikrotik_host(self) -> QWidget:
        """The container of the live MikroTik panel ("Dados do Servidor Mikrotik")."""
        return self.ui.mikrotikPanelHost

    def reload(self) -> None:
        self._load_client()
        self.load_invoices()
        self.load_tickets()

    def load_invoices(self) -> None:
        start, end = self.ui.fromDate.date(), self.ui.toDate.date()
        params = {"from": iso_date(start), "to": iso_date(end)}
        self.ui.invoicesBusy.setVisible(True)
        self.ui.filterButton.setEnabled(False)
        self._show_inline(self.ui.invoicesMessageLabel, "")
        self._request(
            "invoices",
            f"/clients/{self.client_id}/invoices",
            self._invoices_arrived,
            self._invoices_failed,
            params=params,
        )

    def load_tickets(self) -> None:
        self._show_inline(self.ui.ticketsMessageLabel, self.tr("Carregando atendimentos…"))
        self._request(
            "tickets",
            "/tickets",
            self._tickets_arrived,
            self._tickets_failed,
            params={"client_id": self.client_id, "limit": TICKETS_LIMIT},
        )

    # -- requests -------------------------------------------------------------------------------
    def _request(self, name: str, path: str, ok, fail, params: dict | None = None) -> None:
        previous = self._calls.pop(name, None)
        if previous is not None:
            previous.cancel()
        call = self.api.get(path, params=params, timeout=LOAD_TIMEOUT_S)
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
        self._request("client", f"/clients/{self.client_id}", self._client_arrived, self._client_failed)

    def _client_arrived(self, body: dict) -> None:
        self._set_loading(False)
        self.client = body
        if self._listed_open > int(body.get("open_tickets") or 0):
            body["open_tickets"] = self._listed_open
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
        document = sf.format_document(client.get("document"))
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
        set_text(ui.documentEdit, c.get("document_formatted") or sf.format_document(document))
        ui.documentLabel.setText(self.tr("CNPJ:") if person == "PJ" else self.tr("CPF:"))
        ui.rgIeLabel.setText(self.tr("Inscr. estadual:") if person == "PJ" else self.tr("RG:"))
        ui.birthDateLabel.setText(self.tr("Fundação:") if person == "PJ" else self.tr("Nascimento:"))
        set_text(ui.rgIeEdit, c.get("rg_ie"))
        set_text(ui.birthDateEdit, show_date(c.get("birth_date")))
        set_text(ui.startDateEdit, show_date(c.get("start_date")))
        word, kind = sf.status_label(c.get("status"))
        set_status_label(ui.registryStatusValue, _t(word), kind)
        set_text(ui.phoneEdit, sf.format_phone(c.get("phone")))
        set_text(ui.mobileEdit, sf.format_phone(c.get("mobile")))
        set_text(ui.emailEdit, c.get("email"))
        set_text(ui.addressEdit, sf.address_line(c.get("address") or {}))
        install = sf.address_line(c.get("install_address") or {})
        set_text(ui.installAddressEdit, install or self.tr("o mesmo do endereço"))
        set_text(ui.referenceEdit, c.get("reference"))
        set_text(ui.emailAccountsEdit, ", ".join(a.get("address", "") for a in c.get("email_accounts") or []))
        set_text(ui.domainsEdit, ", ".join(d.get("name", "") for d in c.get("domains") or []))
        set_text(ui.openTicketsEdit, str(c.get("open_tickets", 0)))
        pending = rules.to_decimal(c.get("pending_invoices_total"))
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
    def _build_tables(self) -> None:
        def sub_status(r):
            return rules.subscription_status(r)

        self.subscriptions = RecordTableModel(
            [
                Column(self.tr("Plano"), lambda r: r.get("plan") or ""),
                Column(self.tr("Velocidade"), rules.speed_text, sort=lambda r: r.get("download_mbps") or 0),
                Column(
                    self.tr("Valor"),
                    lambda r: money(r.get("price")) if r.get("price") is not None else "",
                    sort=lambda r: rules.to_decimal(r.get("price")),
                    align_right=True,
                ),
                Column(self.tr("Login"), lambda r: r.get("login") or ""),
                Column(self.tr("IP"), lambda r: r.get("ip") or ""),
                Column(self.tr("MAC"), lambda r: rules.mac_text(r.get("mac"))),
                Column(self.tr("Ponto de roteamento"), lambda r: r.get("routing_point") or ""),
                Column(self.tr("Status"), lambda r: _t(sub_status(r)[0]), status=lambda r: sub_status(r)[1]),
            ],
            self,
        )
        setup_table(self.ui.subscriptionsTable, self.subscriptions)

        self.contracts = RecordTableModel(
            [
                Column(self.tr("Número"), lambda r: r.get("number") or ""),
                Column(
                    self.tr("Início"),
                    lambda r: show_date(r.get("start_date")),
                    sort=lambda r: r.get("start_date"),
                ),
                Column(
                    self.tr("Fim"), lambda r: show_date(r.get("end_date")), sort=lambda r: r.get("end_date")
                ),
                Column(self.tr("Principal"), lambda r: self.tr("Sim") if r.get("is_main") else ""),
            ],
            self,
        )
        setup_table(self.ui.contractsTable, self.contracts)

        def inv_status(r):
            return rules.invoice_status(r)

        def overdue_kind(r):
            return "bad" if rules.invoice_status_key(r) == "overdue" else None

        self.invoice_model = RecordTableModel(
            [
                Column(self.tr("Boleto"), lambda r: r.get("boleto_number") or ""),
                Column(self.tr("NF"), lambda r: r.get("nf_number") or ""),
                Column(self.tr("Histórico"), lambda r: r.get("description") or ""),
                Column(
                    self.tr("Vencimento"),
                    lambda r: show_date(r.get("due_date")),
                    sort=lambda r: r.get("due_date"),
                    status=overdue_kind,
                    status_icon=False,
                ),
                Column(
                    self.tr("Valor"),
                    lambda r: money(r.get("amount")),
                    sort=lambda r: rules.to_decimal(r.get("amount")),
                    align_right=True,
                ),
                Column(
                    self.tr("Pago em"),
                    lambda r: show_date(r.get("paid_date")),
                    sort=lambda r: r.get("paid_date"),
                ),
                Column(
                    self.tr("Saldo"),
                    lambda r: money(r.get("balance")),
                    sort=lambda r: rules.to_decimal(r.get("balance")),
                    align_right=True,
                    status=overdue_kind,
                    status_icon=False,
                ),
                Column(
                    self.tr("Situação"), lambda r: _r(inv_status(r)[0]), status=lambda r: inv_status(r)[1]
                ),
            ],
            self,
        )
        setup_table(self.ui.invoicesTable, self.invoice_model, stretch_column=2)

        self.contact_model = RecordTableModel(
            [
                Column(self.tr("Nome"), lambda r: r.get("name") or ""),
                Column(self.tr("Função"), lambda r: r.get("role") or ""),
                Column(self.tr("Telefone"), lambda r: sf.format_phone(r.get("phone"))),
                Column(self.tr("Celular"), lambda r: sf.format_phone(r.get("mobile"))),
                Column(self.tr("E-mail"), lambda r: r.get("email") or ""),
                Column(self.tr("Campos extras"), rules.extra_summary),
            ],
            self,
        )
        setup_table(self.ui.contactsTable, self.contact_model)
        self.ui.contactsTable.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_contact_buttons()
        )

        def t_status(r):
            return rules.ticket_status(r)

        def t_word(r):
            word, _kind, late = t_status(r)
            return _r(word) + (f" — {_r(rules.LATE)}" if late else "")

        self.ticket_model = RecordTableModel(
            [
                Column(
                    self.tr("Protocolo"),
                    lambda r: r.get("protocol_formatted") or sf.format_protocol(r.get("protocol")),
                ),
                Column(
                    self.tr("Aberto em"),
                    lambda r: show_datetime(r.get("opened_at")),
                    sort=lambda r: r.get("opened_at"),
                ),
                Column(self.tr("Tipo"), lambda r: r.get("ticket_type") or ""),
                Column(self.tr("Situação"), t_word, status=lambda r: t_status(r)[1]),
                Column(self.tr("Destino"), lambda r: (r.get("destination") or {}).get("name") or ""),
                Column(self.tr("Problema"), lambda r: " ".join((r.get("problem") or "").split())),
            ],
            self,
        )
        setup_table(self.ui.ticketsTable, self.ticket_model)

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
        overdue = rules.to_decimal(totals.get("overdue"))
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

    # -- Contatos -------------------------------------------------------------------------------
    def _fill_contacts(self, contacts: list[dict], select_id: int | None = None) -> None:
        table = self.ui.contactsTable
        current = self.selected_contact()
        keep = select_id or (current or {}).get("id")
        self.contact_model.set_rows(contacts)
        fit_columns(table)
        if contacts:
            row = max(0, self.contact_model.row_of(lambda r: r.get("id") == keep))
            table.selectionModel().setCurrentIndex(
                self.contact_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        n = len(contacts)
        self.ui.contactsCountLabel.setText(
            self.tr("nenhum contato")
            if n == 0
            else self.tr("1 contato")
            if n == 1
            else self.tr("%s contatos") % n
        )
        self._show_inline(
            self.ui.contactsMessageLabel,
            "" if contacts else self.tr("Nenhum contato cadastrado. Use Adicionar (Insert) para cadastrar."),
        )
        self._update_contact_buttons()

    def selected_contact(self) -> dict | None:
        index = self.ui.contactsTable.currentIndex()
        return self.contact_model.record(index.row()) if index.isValid() else None

    def _update_contact_buttons(self) -> None:
        has = self.selected_contact() is not None
        self.ui.editContactButton.setEnabled(has)
        self.ui.deleteContactButton.setEnabled(has)

    def add_contact(self) -> ContactDialog:
        return self._open_contact_dialog(None)

    def edit_contact(self) -> ContactDialog | None:
        contact = self.selected_contact()
        return self._open_contact_dialog(contact) if contact else None

    def _open_contact_dialog(self, contact: dict | None) -> ContactDialog:
        if self._contact_dialog is not None:
            self._contact_dialog.close()
        dialog = ContactDialog(self.api, self.client_id, contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.contact_saved.connect(self._contact_saved)
        dialog.contact_deleted.connect(self._contact_deleted)
        dialog.destroyed.connect(lambda *_: setattr(self, "_contact_dialog", None))
        self._contact_dialog = dialog
        dialog.open()
        return dialog

    def _contact_saved(self, contact: dict) -> None:
        rows = [r for r in self.contact_model.rows if r.get("id") != contact.get("id")] + [contact]
        rows.sort(key=lambda r: r.get("id") or 0)
        self._fill_contacts(rows, select_id=contact.get("id"))
        if self.client is not None:
            self.client["contacts"] = rows

    def _contact_deleted(self, contact_id: int) -> None:
        rows = [r for r in self.contact_model.rows if r.get("id") != contact_id]
        self._fill_contacts(rows)
        if self.client is not None:
            self.client["contacts"] = rows

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not self.confirm(self.tr("Apagar o contato “%s”?") % contact.get("name", "")):
            return
        call = self.api.delete(f"/contacts/{contact['id']}", timeout=LOAD_TIMEOUT_S)
        self.ui.deleteContactButton.setEnabled(False)
        call.succeeded.connect(lambda _body, cid=contact["id"]: self._contact_deleted(cid))
        call.failed.connect(
            lambda error: (
                self._show_inline(self.ui.contactsMessageLabel, error.message, True),
                self._update_contact_buttons(),
            )
        )

    def confirm(self, question: str) -> bool:
        """Asks the operator (tests replace it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Confirmar"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- Atendimentos ---------------------------------------------------------------------------
    def _tickets_arrived(self, body) -> None:
        items = (body or {}).get("items", []) if isinstance(body, dict) else []
        self.ticket_model.set_rows(items)
        fit_columns(self.ui.ticketsTable)
        n = len(items)
        self._show_open_tickets(sum(1 for t in items if t.get("status") in ("open", "forwarded")))
        self._show_inline(
            self.ui.ticketsMessageLabel, "" if n else self.tr("Nenhum atendimento deste cliente.")
        )
        self.ui.ticketsCountLabel.setText(
            self.tr("nenhum atendimento")
            if n == 0
            else self.tr("1 atendimento")
            if n == 1
            else self.tr("%s atendimentos") % n
        )
        self.tickets_loaded.emit(n)

    def _show_open_tickets(self, listed_open: int) -> None:
        """The open tickets seen in the list count too (the server's summary may lag behind)."""
        self._listed_open = listed_open
        if self.client is not None and listed_open > int(self.client.get("open_tickets") or 0):
            self.client["open_tickets"] = listed_open
            self._show_header(self.client)
            set_text(self.ui.openTicketsEdit, str(listed_open))

    def _tickets_failed(self, error: ApiError) -> None:
        if error.status in (404, 405):  # the tickets list is not on this server yet: nothing to show
            self._tickets_arrived({"items": []})
            return
        self.ticket_model.set_rows([])
        self.ui.ticketsCountLabel.setText("")
        self._show_inline(self.ui.ticketsMessageLabel, error.message, error=True)
        self.tickets_loaded.emit(0)

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
