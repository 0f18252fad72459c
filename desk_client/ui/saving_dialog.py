"""Base of the small edit dialogs that save with one API call."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..api import ApiCall, ApiError
from ..api.collection import Collection


class SavingDialog(QDialog):
    """Busy while the call runs, the server's message inline when it fails, closed when it saved.

    Subclasses provide `on_saved(record)`. By default the form's `busyBar` shows while busy, its
    `saveButton` is disabled meanwhile and the message lands in its `errorLabel`; a dialog whose
    form differs overrides `_busy(bool)` / `_error(str)`.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._call: ApiCall | None = None

    def submit(self, call: ApiCall) -> None:
        self._call = call
        call.succeeded.connect(self._submitted)
        call.failed.connect(self._submit_failed)
        self._busy(True)
        self._error("")

    def on_saved(self, record: dict) -> None:
        raise NotImplementedError

    def name_given(self, message: str) -> bool:
        """The form's `nameEdit` holds at least 2 letters; otherwise `message` is shown there."""
        if len(self.ui.nameEdit.text().strip()) >= 2:
            return True
        self._error(message)
        self.ui.nameEdit.setFocus()
        return False

    def save_to(self, collection: Collection, body: dict) -> None:
        """Change the record being edited (`self.record`), or add a new one to `collection`
        (a desk_client.api Collection, e.g. catalog.CARGOS)."""
        if self.record:
            self.submit(collection.update(self.api, self.record["id"], body, timeout=10))
        else:
            self.submit(collection.create(self.api, body, timeout=10))

    def _busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.saveButton.setEnabled(not busy)

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _submitted(self, record: dict) -> None:
        self._call = None
        self._busy(False)
        self.on_saved(record)
        self.accept()

    def _submit_failed(self, error: ApiError) -> None:
        self._call = None
        self._busy(False)
        self._error(error.message)

    def reject(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        super().reject()
