"""Base of the small edit dialogs that save with one API call."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from .api import ApiCall, ApiError


class SavingDialog(QDialog):
    """Busy while the call runs, the server's message inline when it fails, closed when it saved.

    Subclasses provide `_busy(bool)`, `_error(str)` and `on_saved(record)`.
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
