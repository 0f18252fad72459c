"""Where a window opens: its remembered geometry, or a size that fits the screen it opens on
(1366×768 is the most common call-center screen), centred over its parent window or the screen,
never stacked at the top-left corner."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_MARGIN = 24  # room for the window frame and a taskbar


def fitted_size(preferred: QSize, available: QRect) -> QSize:
    """`preferred`, shrunk to the available screen area minus a margin (plain arithmetic)."""
    return QSize(min(preferred.width(), available.width() - SCREEN_MARGIN),
                 min(preferred.height(), available.height() - 2 * SCREEN_MARGIN))


def place(window: QWidget, settings, name: str, preferred: QSize) -> None:
    """Restore the window's remembered geometry, else open it at `preferred` (fitted) centred."""
    geometry = settings.geometry(name) if settings is not None else None
    if geometry is not None and window.restoreGeometry(geometry):
        return
    anchor = window.parentWidget().window() if window.parentWidget() is not None else None
    screen = (anchor.screen() if anchor is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
    size = fitted_size(preferred, available).expandedTo(window.minimumSizeHint()).boundedTo(available.size())
    window.resize(size)
    centre = anchor.frameGeometry().center() if anchor is not None and anchor.isVisible() else available.center()
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(centre)
    # keep it on the screen (a parent near an edge must not push it off)
    rect.moveLeft(max(available.left(), min(rect.left(), available.right() - rect.width())))
    rect.moveTop(max(available.top(), min(rect.top(), available.bottom() - rect.height() - SCREEN_MARGIN)))
    window.move(rect.topLeft())


def remember(window: QWidget, settings, name: str) -> None:
    if settings is not None:
        settings.set_geometry(name, window.saveGeometry())
