"""The texts of the Qt-free wizard model, shown in the UI language."""
from __future__ import annotations


def tr_model(text: str) -> str:
    """A text of the Qt-free model (marked QT_TRANSLATE_NOOP("Wizard", ...)) in the UI language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Wizard", text)
