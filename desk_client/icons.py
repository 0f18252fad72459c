"""Icons by logical name from the compiled resource file (:/icons/NAME.svg)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from . import resources_rc  # noqa: F401  (registers :/icons)


def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")
