"""4 Dados Atend.: the client's plan ("Plano": Ponto de Roteamento and Login fill in), the MikroTik
panel (the routers area's ConnectionPanel when this build has it), the problem described by the
client and "Criar Script Atendimento"."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QSizePolicy, QVBoxLayout, QWidget

from ...forms.ui_wizard_service import Ui_WizardServicePage
from ..context import WizardContext
from ..page import StepPage
from ..validation import DESCRIBE_PROBLEM, PICK_PLAN, active_subscriptions
from .client_text import name_of

log = logging.getLogger("desk_client.wizard.service")

SUBSCRIPTION_STATUS = {"ativo": "ativo", "suspenso": "SUSPENSO", "cancelado": "cancelado"}


def make_connection_panel(api, parent):
    """The routers area's live session panel, or None if this build does not have it yet."""
    try:
        from ...routers.connection_panel import ConnectionPanel
    except ImportError:
        return None
    try:
        return ConnectionPanel(api, parent)
    except Exception:  # a broken panel must not take the wizard down
        log.exception("ConnectionPanel failed to start")
        return None


def subscription_text(sub: dict) -> str:
    parts = [name_of(sub.get("plan")) or "Plano"]
    if sub.get("login"):
        parts.append(f"login {sub['login']}")
    status = sub.get("status")
    text = " — ".join(parts)
    if status and status != "ativo":
        text += f" ({SUBSCRIPTION_STATUS.get(status, status)})"
    return text


class ServicePage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardServicePage()
        self.ui.setupUi(self)
        self.panel = None
        self._panel_tried = False
        # Two columns of fixed shares: the plan's texts get half the page, and neither column
        # changes width when a plan or a panel tab with other content is chosen.
        self.ui.mainLayout.setStretch(0, 1)
        self.ui.mainLayout.setStretch(1, 1)
        policy = self.ui.mikrotikGroup.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.ui.mikrotikGroup.setSizePolicy(policy)
        self.ui.subscriptionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.subscriptionCombo.setMinimumContentsLength(24)
        self.ui.subscriptionCombo.currentIndexChanged.connect(self._subscription_chosen)
        self.ui.problemEdit.textChanged.connect(self._problem_edited)
        self.ui.createScriptCheck.toggled.connect(self._script_toggled)
        ctx.changed.connect(self._changed)

    def first_field(self):
        # the plan only when one must still be chosen: with it preselected, the problem is next
        if self.state.kind == "client" and self.state.subscription is None and self.ui.subscriptionCombo.count() > 1:
            return self.ui.subscriptionCombo
        return self.ui.problemEdit

    def field_for(self, message: str):
        return {PICK_PLAN: self.ui.subscriptionCombo, DESCRIBE_PROBLEM: self.ui.problemEdit}.get(message)

    def enter(self) -> None:
        state = self.state
        is_client = state.kind == "client"
        self.ui.planGroup.setTitle(self.tr("Plano") if state.kind != "access_point" else self.tr("Ponto de acesso"))
        self.ui.subscriptionLabel.setVisible(is_client)
        self.ui.subscriptionCombo.setVisible(is_client)
        self.ui.loginCaption.setVisible(is_client)
        self.ui.loginEdit.setVisible(is_client)
        self.ui.planGroup.setVisible(state.kind != "prospect")
        self.ui.mikrotikGroup.setVisible(is_client)
        self._script_available()
        with self.filling():
            if self.ui.problemEdit.toPlainText() != state.problem:
                self.ui.problemEdit.setPlainText(state.problem)
            self.ui.createScriptCheck.setChecked(state.create_script)
        if is_client:
            self._fill_subscriptions()
            self._ensure_panel()
        elif state.kind == "access_point":
            point = state.access_point or {}
            network = name_of(point.get("network"))
            self.ui.routingPointEdit.setText(name_of(point) + (f" — {network}" if network else ""))
            self.ui.routingPointEdit.setCursorPosition(0)  # show the name's start, not its end
        self.ui.routingPointCaption.setText(self.tr("Ponto de acesso:") if state.kind == "access_point"
                                            else self.tr("Ponto de Roteamento:"))

    def _changed(self, what: str) -> None:
        if what == "client" and self.isVisible():
            self._fill_subscriptions()

    # -- plan ---------------------------------------------------------------------------------------
    def _fill_subscriptions(self) -> None:
        combo = self.ui.subscriptionCombo
        subs = active_subscriptions(self.state.client)
        with self.filling():
            combo.clear()
            combo.addItem(self.tr("(escolha o plano)") if subs else
                          (self.tr("(o cliente não tem planos ativos)") if self.ctx.client_detailed()
                           else self.tr("(carregando planos…)")), None)
            index = 0
            for sub in subs:
                combo.addItem(subscription_text(sub), sub)
                if sub.get("id") == self.state.subscription_id:
                    index = combo.count() - 1
            if index == 0 and len(subs) == 1 and self.state.subscription is None:
                index = 1  # a single plan is the one the call is about
            combo.setCurrentIndex(index)
        if index and self.state.subscription_id != (combo.itemData(index) or {}).get("id"):
            self._subscription_chosen(index)
        else:
            self._show_subscription()

    def _subscription_chosen(self, index: int) -> None:
        if self._filling:
            return
        data = self.ui.subscriptionCombo.itemData(index)
        self.state.subscription = dict(data) if isinstance(data, dict) else None
        self.state.parent = None
        self.ctx.notify("subscription")
        self._show_subscription()

    def _show_subscription(self) -> None:
        sub = self.state.subscription or {}
        point = sub.get("routing_point")
        text = name_of(point)
        if text and sub.get("network"):
            text += f" — {name_of(sub.get('network'))}"
        self.ui.routingPointEdit.setText(text)
        self.ui.routingPointEdit.setCursorPosition(0)  # show the name's start, not its end
        self.ui.routingPointEdit.setToolTip(text)      # and all of it on hover
        self.ui.loginEdit.setText(sub.get("login") or "")
        self.ui.subscriptionCombo.setToolTip(self.ui.subscriptionCombo.currentText())
        if self.panel is not None and hasattr(self.panel, "set_subscription"):
            try:
                self.panel.set_subscription(sub.get("id"))
            except Exception:
                log.exception("ConnectionPanel.set_subscription failed")

    def _ensure_panel(self) -> None:
        if self._panel_tried:
            return
        self._panel_tried = True
        self.panel = make_connection_panel(self.ctx.api, self.ui.mikrotikPanelHost)
        if self.panel is not None:
            layout = self.ui.mikrotikPanelHost.layout() or QVBoxLayout(self.ui.mikrotikPanelHost)
            self.ui.mikrotikPlaceholderLabel.hide()
            self.ui.mikrotikGroup.setTitle("")  # the panel has its own "Dados do Servidor Mikrotik" title
            layout.addWidget(self.panel)
            if hasattr(self.panel, "state_changed"):
                self.panel.state_changed.connect(self._live_session_changed)
            self._show_subscription()

    def _live_session_changed(self, _state: str) -> None:
        """Share the panel's last answer with the script step (its options' `when` read it)."""
        body = getattr(self.panel, "last_body", None)
        if isinstance(body, dict):
            self.ctx.live_session = {**body, "subscription_id": self.panel.subscription_id}
            self.ctx.changed.emit("live_session")

    # -- problem and script -------------------------------------------------------------------------
    def _problem_edited(self) -> None:
        if self._filling:
            return
        self.state.problem = self.ui.problemEdit.toPlainText()
        self.ctx.notify("text")

    def _script_available(self) -> None:
        available = "script" in self.ctx.registry
        self.ui.createScriptCheck.setEnabled(available)
        self.ui.createScriptCheck.setToolTip(
            self.tr("Abre o script de atendimento na próxima etapa") if available else
            self.tr("Scripts de atendimento: disponível em breve"))

    def _script_toggled(self, on: bool) -> None:
        if self._filling:
            return
        self.state.create_script = on
        self.ctx.notify("create_script")
