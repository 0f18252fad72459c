"""Base of the admin edit dialogs: a Designer form with Salvar / Cancelar saving one record."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..ui.saving_dialog import SavingDialog


class AdminDialog(SavingDialog):
    """`form_class` is the generated Ui_ class (nameEdit, saveButton, cancelButton, busyBar, errorLabel).
    Subclasses call `super().__init__(api, record, parent)`, fill the form, then `self.ready(focus)`."""

    form_class: type

    def __init__(self, api, record: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.api = api
        self.record = record
        self._call = None

    def ready(self, focus: QWidget) -> None:
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._busy(False)
        self._error("")
        focus.setFocus()

    def save(self) -> None:
        raise NotImplementedError
