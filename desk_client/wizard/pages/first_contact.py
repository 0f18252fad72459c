"""5 Prim. Contato: contact channel, ticket type (fills the default user or cargo, changeable),
destination (Usuário or Cargo), "Verificações realizadas neste contato", "Atendimento Resolvido"
with the solution; the parent ticket this one will be linked to is announced before finishing."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...api import ApiError, CallSlot, tickets
from ...forms.ui_wizard_first_contact import Ui_WizardFirstContactPage
from ...ui.formats import format_protocol, show_datetime
from ..context import WizardContext
from ..model_text import tr_model
from ..page import StepPage
from ..state import CHANNELS
from ..validation import DESCRIBE_SOLUTION, PICK_CHANNEL, PICK_DESTINATION, PICK_TYPE

log = logging.getLogger("desk_client.wizard.first_contact")


class FirstContactPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardFirstContactPage()
        self.ui.setupUi(self)
        self._link = CallSlot(ctx.api, self)  # the link candidate for the latest choices
        self._link_key = None
        for value, label in CHANNELS:
            self.ui.channelCombo.addItem(tr_model(label), value)
        self.ui.parentBanner.hide()
        from ..duplicate_warning import DuplicateWarning  # issue 16: a client calling again
        self.duplicates = DuplicateWarning(self, self.ui.parentBanner)
        # Alt+U / Alt+G switch the kind; Tab goes from the type straight to the responsible
        for radio in (self.ui.userRadio, self.ui.cargoRadio):
            radio.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._remembered: dict[str, dict] = {}  # per kind, the operator's last choice
        self.ui.channelCombo.currentIndexChanged.connect(self._channel_chosen)
        self.ui.ticketTypeCombo.currentIndexChanged.connect(self._type_chosen)
        self.ui.userRadio.toggled.connect(self._destination_kind_toggled)
        self.ui.destinationCombo.currentIndexChanged.connect(self._destination_chosen)
        self.ui.checksEdit.textChanged.connect(self._checks_edited)
        self.ui.resolvedCheck.toggled.connect(self._resolved_toggled)
        self.ui.solutionEdit.textChanged.connect(self._solution_edited)
        self._option_buttons = {"attachment": self.ui.attachButton, "service_order": self.ui.serviceOrderButton,
                                "task": self.ui.taskButton, "email": self.ui.emailButton}
        self._setup_options()
        ctx.catalog.loaded.connect(self._catalog_loaded)
        ctx.catalog.failed.connect(self._catalog_loaded)
        ctx.changed.connect(self._changed)

    def first_field(self):
        # the channel is already set (telephone by default): the type is what the operator picks
        if self.state.channel and self.ui.ticketTypeCombo.isEnabled():
            return self.ui.ticketTypeCombo
        return self.ui.channelCombo

    def field_for(self, message: str):
        return {PICK_CHANNEL: self.ui.channelCombo, PICK_TYPE: self.ui.ticketTypeCombo,
                PICK_DESTINATION: self.ui.destinationCombo, DESCRIBE_SOLUTION: self.ui.solutionEdit}.get(message)

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
            for key, button in self._option_buttons.items():
                button.setChecked(bool(state.options.get(key)))
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
            empty = kind == "cargo" and "member_ids" in item and not item["member_ids"]
            if empty:  # routing there reaches nobody: say so where it is chosen
                label += self.tr(" — sem membros: ninguém receberá")
            combo.addItem(label, item)
            if empty:
                combo.setItemData(combo.count() - 1, self.tr("Este cargo não tem membros."),
                                  Qt.ItemDataRole.ToolTipRole)
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
        # switching Usuário/Cargo keeps what was chosen for that kind (or the type's default)
        kind = "user" if self.ui.userRadio.isChecked() else "cargo"
        kept, default = self._remembered.get(kind), self._type_default(kind)
        if kept or default:
            chosen = kept or default
            self.state.set_destination(kind, chosen["id"], chosen.get("name", ""), from_type=not kept)
        else:
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
            self._remembered[kind] = data
        else:
            self.state.set_destination(None, None)
        self.ui.destinationCombo.setToolTip("")
        self.ctx.notify("destination")

    def _type_default(self, kind: str) -> dict | None:
        tt = self.state.ticket_type or {}
        key = "default_user" if kind == "user" else "default_cargo"
        if tt.get(f"{key}_id"):
            return {"id": tt[f"{key}_id"], "name": tt.get(f"{key}_name") or ""}
        return None

    # -- options (Pedir O.S., Tarefa, Anexo, E-mail) -------------------------------------------------
    def _setup_options(self) -> None:
        """An option button turns on the wizard step registered under its key (the step's `applies`
        reads state.options[key]); an option without a step stays disabled and says so."""
        labels = {"service_order": self.tr("Pedir &O.S."), "task": self.tr("Tar&efa"),
                  "attachment": self.tr("Adicionar &Anexo"), "email": self.tr("Enviar E-&mail")}
        for key, button in self._option_buttons.items():
            if key not in self.ctx.registry:
                button.setToolTip(self.tr("Em breve: esta opção chega numa próxima versão."))
                continue
            button.setEnabled(True)
            button.setCheckable(True)
            button.setToolTip(self.tr("Marque para incluir a etapa “%s” no atendimento.")
                              % tr_model(self.ctx.registry.get(key).title))
            if key in labels:
                button.setText(labels[key])
            button.toggled.connect(lambda on, k=key: self._option_toggled(k, on))
        self.ui.soonLabel.setVisible(not all(k in self.ctx.registry for k in self._option_buttons))

    def _option_toggled(self, key: str, on: bool) -> None:
        if self._filling:
            return
        options = self.state.options
        if bool(options.get(key)) != on:
            options[key] = on
            self.ctx.notify("options")

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
        self.duplicates.check(state.client_id if state.kind == "client" else None, state.ticket_type_id)
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
        self._link_key = key
        call = self._link.run(tickets.link_candidate, params=params, timeout=8)
        call.succeeded.connect(self._link_answer)
        call.failed.connect(self._link_failed)

    def _link_answer(self, body) -> None:
        self._set_parent((body or {}).get("parent"))

    def _link_failed(self, error: ApiError) -> None:
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
