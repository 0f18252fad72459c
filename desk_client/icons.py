"""Icons by logical name from the compiled resource file (:/icons/NAME.svg)."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from . import resources_rc  # noqa: F401  (registers :/icons)


@cache
def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")
