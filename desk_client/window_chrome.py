"""What every secondary window has (issue 9): Esc closes it, like a dialog, and a Fechar button
(QDialogButtonBox, so its place follows the platform like every dialog's buttons)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def closable(window: QWidget, close_box: QDialogButtonBox | None = None) -> QShortcut:
    """Esc (anywhere in the window, unless a child used it: an open combo list, an edit dialog)
    and the box's Fechar close the window."""
    if close_box is not None:
        close_box.rejected.connect(window.close)
        button = close_box.button(QDialogButtonBox.StandardButton.Close)
        if button is not None:
            button.setText(QCoreApplication.translate("WindowChrome", "&Fechar"))
            button.setAutoDefault(False)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(window.close)
    return shortcut
