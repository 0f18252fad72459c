"""3 Dados do Cliente: read-only summary (address, status, pending invoices, open tickets; a
suspended or overdue customer stands out in red, with words) and the contact: "Nome Contato" fills
phone and e-mail, "Adicionar" opens Novo Contato."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...api import ApiError, tickets
from ...forms.ui_wizard_client import Ui_WizardClientPage
from ...style import BAD_RED, status_style
from ...ui.formats import format_document, format_phone, format_protocol, money, to_decimal
from ...ui.status import set_status_label
from ..context import WizardContext
from ..page import StepPage
from .client_text import address_text

log = logging.getLogger("desk_client.wizard.client")

ALERT_STYLE = (f"QLabel {{ background: #fdecea; color: {BAD_RED}; border: 1px solid {BAD_RED}; "
               "border-radius: 6px; padding: 8px; font-size: 11pt; font-weight: 700; }")


def make_contact_dialog(api, client_id: int, parent):
    try:
        from ...clients.contact_dialog import ContactDialog
    except ImportError:  # pragma: no cover - only before the clients area landed
        return None
    return ContactDialog(api, client_id, None, parent)


def is_account_holder(contact: dict, client: dict) -> bool:
    """A contact that is the account holder themself (role "Titular" or the client's own name)."""
    if (contact.get("role") or "").strip().lower() == "titular":
        return True
    name = (contact.get("name") or "").strip().lower()
    return bool(name) and name == (client.get("name") or "").strip().lower()


class ClientDataPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardClientPage()
        self.ui.setupUi(self)
        self._tickets_call = None
        self._tickets_for: int | None = None
        self._open_tickets: list[dict] | None = None
        self._dialog = None
        self.ui.alertLabel.setStyleSheet(ALERT_STYLE)
        self.ui.alertLabel.hide()
        self.ui.addContactButton.setAutoDefault(True)
        self.ui.addContactButton.clicked.connect(self.add_contact)
        self.ui.contactCombo.currentIndexChanged.connect(self._contact_chosen)
        self.ui.loadingLabel.linkActivated.connect(lambda _link: ctx.load_client())
        try:
            import desk_client.clients.contact_dialog  # noqa: F401
        except ImportError:
            self.ui.addContactButton.setEnabled(False)
            self.ui.addContactButton.setToolTip(self.tr("Cadastro de contatos: em breve"))
        ctx.changed.connect(self._changed)

    def first_field(self):
        return self.ui.contactCombo

    def enter(self) -> None:
        if self.state.client_id and not self.ctx.client_detailed() and self.ctx.client_status != "loading":
            self.ctx.load_client()
        self.show_client()

    def _changed(self, what: str) -> None:
        if what in ("client", "client_status") and self.isVisible():
            self.show_client()

    def alerts(self, client: dict) -> list[str]:
        """Why this customer needs care, in words (empty when all is well)."""
        alerts = []
        status = client.get("status")
        if status == "suspenso":
            alerts.append(self.tr("Cliente SUSPENSO"))
        elif status == "cancelado":
            alerts.append(self.tr("Cliente CANCELADO"))
        overdue = int(client.get("overdue_invoices") or 0)
        if overdue:
            alerts.append(self.tr("1 fatura vencida") if overdue == 1 else self.tr("%d faturas vencidas") % overdue)
        return alerts

    # -- showing ------------------------------------------------------------------------------------
    def show_client(self) -> None:
        ui, ctx = self.ui, self.ctx
        client = self.state.client or {}
        if ctx.client_status == "loading":
            ui.loadingLabel.setText(self.tr("carregando dados do cliente…"))
            ui.loadingLabel.setStyleSheet(status_style("wait"))
        elif ctx.client_status == "failed":
            ui.loadingLabel.setText(self.tr("Não foi possível carregar os dados do cliente: %s "
                                            "<a href='retry'>Tentar novamente</a>") % ctx.client_error)
            ui.loadingLabel.setStyleSheet(status_style("bad"))
        ui.loadingLabel.setVisible(ctx.client_status in ("loading", "failed"))

        ui.nameValue.setText(client.get("name") or "")
        if client.get("trade_name"):
            ui.nameValue.setText(f"{client['name']} ({client['trade_name']})")
        ui.codeValue.setText(str(client.get("code") or ""))
        ui.documentValue.setText(client.get("document_formatted") or format_document(client.get("document")))
        address = address_text(client.get("address"))
        install = address_text(client.get("install_address"))
        if install and install != address:
            address = f"{address}\n{self.tr('Instalação:')} {install}" if address else install
        ui.addressValue.setText(address or (client.get("city") or ""))

        status = client.get("status")
        kind = {"ativo": "ok", "suspenso": "bad", "cancelado": "bad"}.get(status, "")
        word = {"ativo": self.tr("Ativo"), "suspenso": self.tr("Suspenso"),
                "cancelado": self.tr("Cancelado")}.get(status, status or "")
        if word:
            set_status_label(ui.statusValue, word, kind)
        else:
            ui.statusValue.setText("")

        detailed = ctx.client_detailed()
        overdue = int(client.get("overdue_invoices") or 0)
        pending = to_decimal(client.get("pending_invoices_total"))
        if not detailed:
            ui.invoicesValue.setText("")
        elif overdue:
            set_status_label(ui.invoicesValue,
                             (self.tr("1 fatura vencida") if overdue == 1 else
                              self.tr("%d faturas vencidas") % overdue)
                             + " — " + self.tr("%s em aberto") % money(pending), "bad")
        elif pending > 0:
            set_status_label(ui.invoicesValue, self.tr("%s em aberto, nenhuma vencida") % money(pending), "wait")
        else:
            set_status_label(ui.invoicesValue, self.tr("Nenhuma fatura pendente"), "ok")

        alerts = self.alerts(client)
        ui.alertLabel.setVisible(bool(alerts))
        if alerts:
            ui.alertLabel.setText("<img src=':/icons/status_bad.svg' width='18' height='18'>&nbsp; "
                                  + " · ".join(alerts)
                                  + (" — " + self.tr("%s em aberto") % money(pending) if pending > 0 else ""))
        self._show_tickets()
        self._fill_contacts()

    def _show_tickets(self) -> None:
        client = self.state.client or {}
        count = client.get("open_tickets")
        cid = self.state.client_id
        if cid is not None and self._tickets_for != cid and self.ctx.client_detailed():
            self._load_tickets(cid)
        if count is None and self._open_tickets is None:
            self.ui.ticketsValue.setText("")
            return
        open_rows = self._open_tickets or []
        count = len(open_rows) if self._open_tickets is not None else int(count or 0)
        if not count:
            self.ui.ticketsValue.setText(self.tr("Nenhum"))
            self.ui.ticketsValue.setStyleSheet("")
            return
        lines = [f"{format_protocol(t.get('protocol'))} — {t.get('ticket_type', '')} ({t.get('status_label', '')})"
                 for t in open_rows[:4]]
        head = self.tr("1 atendimento aberto") if count == 1 else self.tr("%d atendimentos abertos") % count
        self.ui.ticketsValue.setText("\n".join([head] + lines))
        self.ui.ticketsValue.setStyleSheet(status_style("wait"))

    def _load_tickets(self, client_id: int) -> None:
        if self._tickets_call is not None:
            self._tickets_call.cancel()
        self._tickets_for = client_id
        self._open_tickets = None
        call = tickets.listing(self.ctx.api, params={"client_id": client_id, "status": "open,forwarded",
                                                     "limit": 20}, timeout=10, owner=self)
        call.succeeded.connect(lambda body, cid=client_id: self._tickets_arrived(cid, body))
        call.failed.connect(lambda error, cid=client_id: self._tickets_failed(cid, error))
        self._tickets_call = call

    def _tickets_arrived(self, client_id: int, body) -> None:
        if client_id != self.state.client_id:
            return
        self._tickets_call = None
        self._open_tickets = list((body or {}).get("items", []))
        self._show_tickets()

    def _tickets_failed(self, client_id: int, error: ApiError) -> None:
        self._tickets_call = None
        log.info("open tickets of client %s not loaded: %s", client_id, error.message)

    # -- contact ------------------------------------------------------------------------------------
    def _fill_contacts(self) -> None:
        client = self.state.client or {}
        combo = self.ui.contactCombo
        contacts = list(client.get("contacts") or [])
        holder = next((c for c in contacts if is_account_holder(c, client)), None)
        with self.filling():
            combo.clear()
            if holder is None:  # the holder is listed once: as their contact when they have one
                combo.addItem(self.tr("(o próprio titular)"), None)
            else:
                contacts.remove(holder)
                contacts.insert(0, holder)
            for contact in contacts:
                text = contact.get("name", "")
                if contact.get("role"):
                    text += f" — {contact['role']}"
                combo.addItem(text, contact)
            index = 0
            chosen = self.state.contact_id
            for i in range(combo.count()):
                if isinstance(combo.itemData(i), dict) and combo.itemData(i).get("id") == chosen:
                    index = i
            combo.setCurrentIndex(index)
        data = combo.itemData(index)
        if isinstance(data, dict) and data.get("id") != self.state.contact_id:
            self._contact_chosen(index)  # preselected: most calls come from the first contact
            return
        self._show_contact()

    def _contact_chosen(self, index: int) -> None:
        if self._filling:
            return
        data = self.ui.contactCombo.itemData(index)
        self.state.contact = dict(data) if isinstance(data, dict) else None
        self.ctx.notify("contact")
        self._show_contact()

    def _show_contact(self) -> None:
        source = self.state.contact or self.state.client or {}
        self.ui.phoneValue.setText(format_phone(source.get("phone")))
        self.ui.mobileValue.setText(format_phone(source.get("mobile")))
        self.ui.emailValue.setText(source.get("email") or "")

    def add_contact(self) -> None:
        client_id = self.state.client_id
        if client_id is None:
            return
        dialog = make_contact_dialog(self.ctx.api, client_id, self)
        if dialog is None:
            return
        dialog.contact_saved.connect(self._contact_saved)
        dialog.finished.connect(lambda _result: self.refocus(self.ui.contactCombo))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._dialog = dialog

    def _contact_saved(self, contact: dict) -> None:
        client = dict(self.state.client or {})
        contacts = [c for c in client.get("contacts") or [] if c.get("id") != contact.get("id")]
        contacts.append(contact)
        client["contacts"] = contacts
        self.state.client = client
        self.state.contact = dict(contact)
        self.ctx.notify("contact")
        self._fill_contacts()
