"""Adicionar Plano (seed 004, 4.1.1; supervisors and admins): plan, forma de cobrança, dia de
vencimento, vendedor, with a contract and its number; optionally the PPPoE login, password and
concentrator. Saves with POST /clients/{id}/subscriptions.

    dialog = AddPlanDialog(api, client, parent); dialog.saved  # Signal(dict): the new record
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..api import ApiClient, catalog, clients
from ..api.users import USERS
from ..forms.ui_client_add_plan import Ui_AddPlanDialog
from ..ui.formats import money
from ..ui.saving_dialog import SavingDialog
from . import record_rules as rr

TIMEOUT_S = 15.0


class AddPlanDialog(SavingDialog):
    saved = Signal(dict)
    catalogs_loaded = Signal()

    def __init__(self, api: ApiClient, client: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AddPlanDialog()
        self.ui.setupUi(self)
        self.api = api
        self.client = client
        self.ui.clientLabel.setText(self.tr("Cliente: %s — %s") % (client.get("code", ""), client.get("name", "")))
        for key, word in rr.BILLING_METHODS.items():
            self.ui.billingCombo.addItem(QCoreApplication.translate(rr.CONTEXT, word), key)
        self.ui.sellerCombo.addItem(self.tr("(nenhum)"), None)
        self.ui.routingPointCombo.addItem(self.tr("(definir depois)"), None)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._pending = {"plans", "users", "points"}
        self._load(catalog.plans, "plans", self._plans)
        self._load(USERS.list, "users", self._users)
        self._load(partial(catalog.routing_points, kind="routing_point"), "points", self._points)

    def _load(self, request, name: str, fill) -> None:
        call = request(self.api, timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._loaded, name, fill))
        call.failed.connect(lambda error: self._error(error.message))

    def _loaded(self, name: str, fill, body: dict) -> None:
        fill(body.get("items") or [])
        self._pending.discard(name)
        if not self._pending:
            self.save_button.setEnabled(True)
            self.catalogs_loaded.emit()

    def _plans(self, items: list[dict]) -> None:
        for plan in items:
            self.ui.planCombo.addItem(f"{plan['name']} — {money(plan.get('price'))}", plan["id"])

    def _users(self, items: list[dict]) -> None:
        for user in items:
            if user.get("active", True):
                self.ui.sellerCombo.addItem(user.get("name") or user.get("username"), user["id"])

    def _points(self, items: list[dict]) -> None:
        for point in items:
            self.ui.routingPointCombo.addItem(point["name"], point["id"])

    def form(self) -> dict:
        ui = self.ui
        return {"plan_id": ui.planCombo.currentData(), "billing_method": ui.billingCombo.currentData(),
                "due_day": ui.dueDaySpin.value(), "seller_id": ui.sellerCombo.currentData(),
                "routing_point_id": ui.routingPointCombo.currentData(), "login": ui.loginEdit.text(),
                "pppoe_password": ui.passwordEdit.text(), "contract": ui.contractEdit.text()}

    def save(self) -> None:
        body, problem = rr.new_subscription_body(self.form())
        if body is None:
            self._error(QCoreApplication.translate(rr.CONTEXT, problem))
            return
        self.submit(clients.add_subscription(self.api, self.client["id"], body, timeout=TIMEOUT_S))

    def on_saved(self, record: dict) -> None:
        self.saved.emit(record)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

