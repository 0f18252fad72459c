"""The Tarefa step (seed 001 §4.2.11): the task is created with the ticket, through the outbox."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..wizard.context import WizardContext
from ..wizard.page import StepPage
from . import rules
from .form import TaskForm


class TaskPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form = TaskForm(ctx.api, rules.data(ctx.state), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.form.changed.connect(lambda: self.ctx.notify("task"))

    def enter(self) -> None:
        self.form.data = rules.data(self.state)
        self.form.show_data()

    def first_field(self):
        return self.form.ui.titleEdit

    def field_for(self, message: str):
        return {rules.WRITE_TITLE: self.form.ui.titleEdit, rules.PICK_ASSIGNEE: self.form.ui.assigneeCombo}.get(message)
