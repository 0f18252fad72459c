"""Opening the windows of the main window's menus: one of each, brought to the front when it is
already open."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def bring_forward(widget: QWidget) -> None:
    widget.show()
    widget.raise_()
    widget.activateWindow()


def open_single(window: QWidget, attr: str, make: Callable[[], QWidget]) -> QWidget:
    """The window kept in `window.<attr>` (made by `make()` when there is none), deleted when closed."""
    current = getattr(window, attr, None)
    if current is None:
        current = make()
        current.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        current.destroyed.connect(partial(setattr, window, attr, None))
        setattr(window, attr, current)
    bring_forward(current)
    return current


def show_keyed(opened: dict, key: str, make: Callable[[], QWidget], size: tuple[int, int]) -> None:
    """The window `opened[key]`, made again (at `size`) once the previous one was closed."""
    current = opened.get(key)
    if current is None or not current.isVisible():
        current = opened[key] = make()
        current.resize(*size)
    bring_forward(current)
