"""One look: Fusion with a calm palette; status colours shared by every window."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

OK_GREEN = "#1e7d32"
WAIT_AMBER = "#b26a00"
BAD_RED = "#c62828"
DISABLED_TEXT = "#9aa5b1"


def apply(app) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f8"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f6"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e9edf2"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2b6cb0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8794"))
    # setColor(role, …) above paints every colour group, the disabled one too: without these a
    # disabled button or check box is drawn in normal text and looks available (issue 9).
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#f0f2f5"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#f4f6f8"))
    app.setPalette(palette)


def status_style(kind: str) -> str:
    """Stylesheet for a status label: 'ok', 'wait' or 'bad' (always paired with a word/icon)."""
    colour = {"ok": OK_GREEN, "wait": WAIT_AMBER, "bad": BAD_RED}.get(kind, "#52606d")
    return f"color: {colour}; font-weight: 600;"
