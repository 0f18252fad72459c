"""Callbacks of background requests must not run on a window that was closed meanwhile."""
from __future__ import annotations

from shiboken6 import isValid


def alive(owner, fn):
    """`fn`, called only while the Qt object `owner` still exists (a lambda connected to an ApiCall
    is not disconnected when its window is deleted, unlike a bound method)."""
    def run(*args):
        if isValid(owner):
            fn(*args)
    return run


def tr_model(text: str) -> str:
    """A text of the Qt-free model (marked QT_TRANSLATE_NOOP("Wizard", ...)) in the UI language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Wizard", text)
