"""Keyboard of the admin list windows beyond the base's Enter: Ins adds a record."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut


class _InsertOnTable(QObject):
    """Ins on the list itself (also when the window is not the active one, where shortcuts sleep)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Insert:
            _add(self.window)
            return True
        return False


def _add(window) -> None:
    if window.ui.addButton.isEnabled() and window.ui.addButton.isVisible():
        window.edit(None)


def insert_adds(window) -> None:
    """Ins anywhere in the window opens "Novo…" (like Enter on a row opens "Editar…")."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), window)
    shortcut.activated.connect(lambda: _add(window))
    window.table().installEventFilter(_InsertOnTable(window))
