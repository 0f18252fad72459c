"""Nova tarefa for an existing ticket (from the ticket window): POST with its own Idempotency-Key."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..api import tasks
from ..forms.ui_task_dialog import Ui_TaskDialog
from ..wizard.model_text import tr_model
from . import rules
from .form import TaskForm


class TaskDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, api, ticket: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self.api, self.ticket, self._call = api, ticket, None
        self.data: dict = {"idempotency_key": str(uuid.uuid4())}
        rules.defaults(self.data)  # the defaults (tomorrow's due date...)
        self.form = TaskForm(api, self.data, self.ui.formHost)
        self.ui.formLayout.addWidget(self.form)
        self.ui.headerLabel.setText(self.tr("Nova tarefa do atendimento %s") % (
            ticket.get("protocol_formatted") or ticket.get("protocol", "")))
        self.ui.errorLabel.hide()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.form.ui.titleEdit.setFocus()

    def save(self) -> None:
        if self._call is not None:
            return
        problems = rules.check(self.data)
        if problems:
            self.ui.errorLabel.setText("\n".join(tr_model(p) for p in problems))
            self.ui.errorLabel.show()
            return
        call = tasks.create(self.api, self.ticket["id"], rules.body(self.data), self.data["idempotency_key"],
                            timeout=15, owner=self)
        self.ui.saveButton.setEnabled(False)
        call.succeeded.connect(self._saved)
        call.failed.connect(self._failed)
        self._call = call

    def _saved(self, task: dict) -> None:
        self._call = None
        self.saved.emit(task)
        self.accept()

    def _failed(self, error) -> None:
        self._call = None
        self.ui.saveButton.setEnabled(True)
        self.ui.errorLabel.setText(error.message)
        self.ui.errorLabel.show()
