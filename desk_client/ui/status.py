"""A status shown as icon + coloured word (never colour alone, DESIGN §9), and the coloured banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..style import BAD_RED, OK_GREEN, WAIT_AMBER, status_style

STATUS_COLOURS = {"ok": OK_GREEN, "wait": WAIT_AMBER, "bad": BAD_RED}
STATUS_ICONS = {"ok": "status_ok", "wait": "status_wait", "bad": "status_bad"}
NEUTRAL = "#52606d"


def set_status_label(label: QLabel, word: str, kind: str) -> None:
    """A status as icon + coloured word (never colour alone, DESIGN §9)."""
    name = STATUS_ICONS.get(kind)
    image = f"<img src=':/icons/{name}.svg' width='14' height='14'>&nbsp;" if name else ""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"{image}{word}")
    label.setStyleSheet(status_style(kind))
    label.setToolTip(word)


def banner_style(kind: str) -> str:
    colour = STATUS_COLOURS.get(kind, NEUTRAL)
    return f"background: {colour}; color: white; font-weight: 600; padding: 6px 10px; border-radius: 4px;"


