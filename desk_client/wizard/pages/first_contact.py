"""5 Prim. Contato: contact channel, ticket type (fills the default user or cargo, changeable),
destination (Usuário or Cargo), "Verificações realizadas neste contato", "Atendimento Resolvido"
with the solution; the parent ticket this one will be linked to is announced before finishing."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from ...api import ApiError
from ...clients.common import show_datetime
from ...forms.ui_wizard_first_contact import Ui_WizardFirstContactPage
from ..context import WizardContext
from ..page import StepPage
from ..qt_util import alive, tr_model
from ..state import CHANNELS, format_protocol

log = logging.getLogger("desk_client.wizard.first_contact")


class FirstContactPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardFirstContactPage()
        self.ui.setupUi(self)
        self._link_seq = 0
        self._link_call = None
        self._link_key = None
        for value, label in CHANNELS:
            self.ui.channelCombo.addItem(tr_model(label), value)
        self.ui.parentBanner.hide()
        self.ui.channelCombo.currentIndexChanged.connect(self._channel_chosen)
        self.ui.ticketTypeCombo.currentIndexChanged.connect(self._type_chosen)
        self.ui.userRadio.toggled.connect(self._destination_kind_toggled)
        self.ui.destinationCombo.currentIndexChanged.connect(self._destination_chosen)
        self.ui.checksEdit.textChanged.connect(self._checks_edited)
        self.ui.resolvedCheck.toggled.connect(self._resolved_toggled)
        self.ui.solutionEdit.textChanged.connect(self._solution_edited)
        for button in (self.ui.attachButton, self.ui.serviceOrderButton, self.ui.taskButton, self.ui.emailButton):
            button.setToolTip(self.tr("Em breve: esta opção chega numa próxima versão."))
        ctx.catalog.loaded.connect(self._catalog_loaded)
        ctx.catalog.failed.connect(self._catalog_loaded)
        ctx.changed.connect(self._changed)

    def first_field(self):
        return self.ui.channelCombo

    def enter(self) -> None:
        catalog = self.ctx.catalog
        for name in ("ticket_types", "users", "cargos"):
            if not catalog.ready(name) and not catalog.loading(name):
                catalog.refresh((name,))
        self.show_state()
        self.check_link()

    def show_state(self) -> None:
        state, ui = self.state, self.ui
        with self.filling():
            ui.channelCombo.setCurrentIndex(max(0, ui.channelCombo.findData(state.channel)))
            self._fill_types()
            self._fill_destination()
            if ui.checksEdit.toPlainText() != state.checks:
                ui.checksEdit.setPlainText(state.checks)
            ui.resolvedCheck.setChecked(state.resolved)
            if ui.solutionEdit.toPlainText() != state.solution:
                ui.solutionEdit.setPlainText(state.solution)
            ui.solutionEdit.setEnabled(state.resolved)
            ui.solutionLabel.setEnabled(state.resolved)
        self._show_parent()

    def _changed(self, what: str) -> None:
        if what in ("subscription", "access_point", "kind") and self.isVisible():
            self.check_link()

    def _catalog_loaded(self, name: str, *_error) -> None:
        if name in ("ticket_types", "users", "cargos"):
            with self.filling():
                self._fill_types()
                self._fill_destination()

    # -- channel and ticket type --------------------------------------------------------------------
    def _channel_chosen(self, index: int) -> None:
        if self._filling:
            return
        self.state.channel = self.ui.channelCombo.itemData(index)
        self.ctx.notify("channel")

    def _fill_types(self) -> None:
        combo, catalog = self.ui.ticketTypeCombo, self.ctx.catalog
        combo.clear()
        if catalog.ready("ticket_types"):
            combo.addItem(self.tr("(escolha o tipo de atendimento)"), None)
        elif catalog.errors["ticket_types"] is not None:
            combo.addItem(self.tr("(tipos indisponíveis: servidor não respondeu)"), None)
        else:
            combo.addItem(self.tr("(carregando tipos…)"), None)
        types = catalog.items("ticket_types")
        chosen = self.state.ticket_type
        if chosen and not any(t.get("id") == chosen.get("id") for t in types):
            types.append(chosen)  # resumed offline: keep what was chosen
        index = 0
        for tt in types:
            combo.addItem(tt.get("name", ""), tt)
            if chosen and tt.get("id") == chosen.get("id"):
                index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _type_chosen(self, index: int) -> None:
        if self._filling:
            return
        data = self.ui.ticketTypeCombo.itemData(index)
        self.state.apply_ticket_type(dict(data) if isinstance(data, dict) else None)
        self.ctx.notify("ticket_type")
        with self.filling():
            self._fill_destination()
        self.check_link()

    # -- destination --------------------------------------------------------------------------------
    def _fill_destination(self) -> None:
        state, ui, catalog = self.state, self.ui, self.ctx.catalog
        kind = state.destination["kind"] if state.destination else ("user" if ui.userRadio.isChecked() else "cargo")
        (ui.userRadio if kind == "user" else ui.cargoRadio).setChecked(True)
        name = "users" if kind == "user" else "cargos"
        combo = ui.destinationCombo
        combo.clear()
        combo.addItem(self.tr("(escolha o usuário)") if kind == "user" else self.tr("(escolha o cargo)"), None)
        items = catalog.items(name)
        chosen = state.destination if state.destination and state.destination["kind"] == kind else None
        if chosen and not any(i.get("id") == chosen["id"] for i in items):
            items.append({"id": chosen["id"], "name": chosen.get("name") or f"#{chosen['id']}"})
        index = 0
        for item in items:
            label = item.get("name", "")
            if kind == "user" and item.get("username"):
                label += f" ({item['username']})"
            combo.addItem(label, item)
            if chosen and item.get("id") == chosen["id"]:
                index = combo.count() - 1
        combo.setCurrentIndex(index)
        hint = ""
        if state.destination_from_type and state.ticket_type:
            hint = self.tr("Destino padrão do tipo “%s”; pode ser alterado.") % state.ticket_type.get("name", "")
        combo.setToolTip(hint)

    def _destination_kind_toggled(self, _on: bool) -> None:
        if self._filling:
            return
        self.state.set_destination(None, None)
        self.ctx.notify("destination")
        with self.filling():
            self._fill_destination()

    def _destination_chosen(self, index: int) -> None:
        if self._filling:
            return
        data = self.ui.destinationCombo.itemData(index)
        kind = "user" if self.ui.userRadio.isChecked() else "cargo"
        if isinstance(data, dict):
            self.state.set_destination(kind, data["id"], data.get("name", ""))
        else:
            self.state.set_destination(None, None)
        self.ui.destinationCombo.setToolTip("")
        self.ctx.notify("destination")

    # -- texts --------------------------------------------------------------------------------------
    def _checks_edited(self) -> None:
        if not self._filling:
            self.state.checks = self.ui.checksEdit.toPlainText()
            self.ctx.notify("text")

    def _resolved_toggled(self, on: bool) -> None:
        self.ui.solutionEdit.setEnabled(on)
        self.ui.solutionLabel.setEnabled(on)
        if not self._filling:
            self.state.resolved = on
            self.ctx.notify("resolved")
            if on:
                self.ui.solutionEdit.setFocus()

    def _solution_edited(self) -> None:
        if not self._filling:
            self.state.solution = self.ui.solutionEdit.toPlainText()
            self.ctx.notify("text")

    # -- parent ticket ------------------------------------------------------------------------------
    def check_link(self) -> None:
        """Ask the server which open ticket this one would be linked to (announced before Finalizar)."""
        state = self.state
        params = {}
        if state.kind == "client" and state.subscription_id:
            params["subscription_id"] = state.subscription_id
        elif state.kind == "access_point" and state.access_point_id:
            params["access_point_id"] = state.access_point_id
        if state.ticket_type_id:
            params["ticket_type_id"] = state.ticket_type_id
        key = tuple(sorted(params.items()))
        if "subscription_id" not in params and "access_point_id" not in params:
            self._set_parent(None)
            return
        if key == self._link_key:
            return
        if self._link_call is not None:
            self._link_call.cancel()
        self._link_seq += 1
        seq = self._link_seq
        self._link_key = key
        call = self.ctx.api.get("/tickets/link-candidate", params=params, timeout=8)
        call.succeeded.connect(alive(self, lambda body, s=seq: self._link_answer(s, body)))
        call.failed.connect(alive(self, lambda error, s=seq: self._link_failed(s, error)))
        self._link_call = call

    def _link_answer(self, seq: int, body) -> None:
        if seq != self._link_seq:
            return
        self._link_call = None
        self._set_parent((body or {}).get("parent"))

    def _link_failed(self, seq: int, error: ApiError) -> None:
        if seq != self._link_seq:
            return
        self._link_call = None
        self._link_key = None  # ask again next time
        log.info("link candidate unknown: %s", error.message)

    def _set_parent(self, parent: dict | None) -> None:
        if parent != self.state.parent:
            self.state.parent = parent
            self.ctx.notify("parent")
        self._show_parent()

    def _show_parent(self) -> None:
        parent = self.state.parent
        banner = self.ui.parentBanner
        banner.setVisible(bool(parent))
        if parent:
            formatted = parent.get("formatted") or format_protocol(parent.get("protocol"))
            detail = parent.get("type") or ""
            if parent.get("opened_at"):
                detail += (", " if detail else "") + self.tr("aberto em %s") % show_datetime(parent["opened_at"])
            banner.setText(
                "<img src=':/icons/tickets.svg' width='20' height='20'>&nbsp; "
                + self.tr("Este atendimento será vinculado ao atendimento pai %s") % formatted
                + (f"<br><span style='font-size: 10pt; font-weight: 400;'>{detail}</span>" if detail else ""))
