"""7 O.S. / Agenda (seed 001 §4.2.6–4.2.7): the O.S. form beside the technician's day. The O.S. is
sent with the ticket, through the outbox (see rules.follow_ups)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..wizard.context import WizardContext
from ..wizard.page import StepPage
from . import rules
from .form import ServiceOrderForm


class ServiceOrderPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form = ServiceOrderForm(ctx.api, rules.data(ctx.state), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.form.changed.connect(self._changed)
        self.form.agenda_requested.connect(self._open_agenda)

    def enter(self) -> None:
        self.form.data = rules.data(self.state)
        self.form.show_data()
        self.form.load_day()

    def _changed(self) -> None:
        self.ctx.notify("service_order")

    def first_field(self):
        return self.form.ui.technicianCombo

    def field_for(self, message: str):
        ui = self.form.ui
        return {rules.PICK_TECHNICIAN: ui.technicianCombo, rules.PICK_TYPE: ui.typeCombo,
                rules.BAD_START: ui.startEdit, rules.BAD_DURATION: ui.durationSpin, rules.BAD_DATE: ui.dateEdit,
                rules.PAST_MIDNIGHT: ui.startEdit, rules.OCCUPIED: ui.startEdit}.get(message)

    def _open_agenda(self) -> None:
        from .agenda_window import AgendaWindow

        d = self.form.data
        window = AgendaWindow(self.ctx.api, self.ctx.user, parent=self, day=d.get("date"),
                              technician_id=d.get("technician_id"), pick_mode=True)
        window.slot_picked.connect(self._slot_picked)
        window.show()

    def _slot_picked(self, technician_id: int, technician_name: str, day: str, start: int) -> None:
        self.form.data["technician_id"], self.form.data["technician_name"] = technician_id, technician_name
        self.form.set_slot(day, start)
        with self.form._guard():
            self.form.ui.technicianCombo.setCurrentIndex(max(0, self.form.ui.technicianCombo.findData(technician_id)))
        self.refocus(self.form.ui.typeCombo)
