"""The windows of one user's session: every window opened from the main window is its descendant
(admin lists, their edit dialogs, client records, the wizard, summaries). When the session ends
(logout, quit, expired token) they all close, so nothing of one user survives into the next login."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget


def user_windows(root: QWidget) -> list[QWidget]:
    """Visible windows below `root`, parents before their own dialogs (Qt's depth-first order)."""
    return [w for w in root.findChildren(QWidget) if w.isWindow() and w.isVisible()]


def keeps_work(window: QWidget) -> bool:
    """A window that can put its work aside (the wizard: `park()` keeps a draft)."""
    return callable(getattr(window, "park", None))


def open_work(root: QWidget) -> list[QWidget]:
    """What a confirmation is about: a wizard in progress or a modal edit dialog."""
    return [w for w in user_windows(root)
            if keeps_work(w) or (isinstance(w, QDialog) and w.windowModality() != Qt.WindowModality.NonModal)]


def close_user_windows(root: QWidget) -> None:
    """Close every window of the session without asking (the question, if any, was asked before)."""
    for window in user_windows(root):
        if not window.isVisible():  # closed with its parent (e.g. the wizard's abandon dialog)
            continue
        if keeps_work(window):
            window.park()
        else:
            window.close()
        if window.isVisible():  # a window that refused (asked something): it goes anyway
            window.hide()
