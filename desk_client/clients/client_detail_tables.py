"""The client window's tables (Planos, Financeiro, Contatos): their columns and models.

Its texts keep the translation context "ClientDetailWindow" (explicit translate calls) so the
catalogue still matches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..ui import formats
from ..ui.formats import money, show_date, to_decimal
from ..ui.record_table import Column, RecordTableModel, setup_table
from . import rules
from . import search_fields as sf


def _t(text: str) -> str:
    return QCoreApplication.translate(sf.CONTEXT, text)


def _r(text: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, text)


class ClientDetailTables:
    """Mixin of ClientDetailWindow: `_build_tables()` makes the record models of the tabs."""

    def _build_tables(self) -> None:
        def sub_status(r):
            return rules.subscription_status(r)

        self.subscriptions = RecordTableModel(
            [
                Column(QCoreApplication.translate("ClientDetailWindow", "Plano"), lambda r: r.get("plan") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Velocidade"), rules.speed_text, sort=lambda r: r.get("download_mbps") or 0),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Valor"),
                    lambda r: money(r.get("price")) if r.get("price") is not None else "",
                    sort=lambda r: to_decimal(r.get("price")),
                    align_right=True,
                ),
                Column(QCoreApplication.translate("ClientDetailWindow", "Login"), lambda r: r.get("login") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "IP"), lambda r: r.get("ip") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "MAC"), lambda r: rules.mac_text(r.get("mac"))),
                Column(QCoreApplication.translate("ClientDetailWindow", "Ponto de roteamento"), lambda r: r.get("routing_point") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Status"), lambda r: _t(sub_status(r)[0]), status=lambda r: sub_status(r)[1]),
            ],
            self,
        )
        setup_table(self.ui.subscriptionsTable, self.subscriptions)

        self.contracts = RecordTableModel(
            [
                Column(QCoreApplication.translate("ClientDetailWindow", "Número"), lambda r: r.get("number") or ""),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Início"),
                    lambda r: show_date(r.get("start_date")),
                    sort=lambda r: r.get("start_date"),
                ),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Fim"), lambda r: show_date(r.get("end_date")), sort=lambda r: r.get("end_date")
                ),
                Column(QCoreApplication.translate("ClientDetailWindow", "Principal"), lambda r: QCoreApplication.translate("ClientDetailWindow", "Sim") if r.get("is_main") else ""),
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
                Column(QCoreApplication.translate("ClientDetailWindow", "Boleto"), lambda r: r.get("boleto_number") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "NF"), lambda r: r.get("nf_number") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Histórico"), lambda r: r.get("description") or ""),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Vencimento"),
                    lambda r: show_date(r.get("due_date")),
                    sort=lambda r: r.get("due_date"),
                    status=overdue_kind,
                    status_icon=False,
                ),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Valor"),
                    lambda r: money(r.get("amount")),
                    sort=lambda r: to_decimal(r.get("amount")),
                    align_right=True,
                ),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Pago em"),
                    lambda r: show_date(r.get("paid_date")),
                    sort=lambda r: r.get("paid_date"),
                ),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Saldo"),
                    lambda r: money(r.get("balance")),
                    sort=lambda r: to_decimal(r.get("balance")),
                    align_right=True,
                    status=overdue_kind,
                    status_icon=False,
                ),
                Column(
                    QCoreApplication.translate("ClientDetailWindow", "Situação"), lambda r: _r(inv_status(r)[0]), status=lambda r: inv_status(r)[1]
                ),
            ],
            self,
        )
        setup_table(self.ui.invoicesTable, self.invoice_model, stretch_column=2)

        self.contact_model = RecordTableModel(
            [
                Column(QCoreApplication.translate("ClientDetailWindow", "Nome"), lambda r: r.get("name") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Função"), lambda r: r.get("role") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Telefone"), lambda r: formats.format_phone(r.get("phone"))),
                Column(QCoreApplication.translate("ClientDetailWindow", "Celular"), lambda r: formats.format_phone(r.get("mobile"))),
                Column(QCoreApplication.translate("ClientDetailWindow", "E-mail"), lambda r: r.get("email") or ""),
                Column(QCoreApplication.translate("ClientDetailWindow", "Campos extras"), rules.extra_summary),
            ],
            self,
        )
        setup_table(self.ui.contactsTable, self.contact_model)
        self.ui.contactsTable.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_contact_buttons()
        )
