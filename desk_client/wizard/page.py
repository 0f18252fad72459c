"""Base of the wizard's pages: every step's page is a StepPage composing its Designer form."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from .context import WizardContext


class StepPage(QWidget):
    """A step's page. The wizard calls `enter()` each time the step becomes current (refresh the
    widgets from the state: it may have been resumed or changed elsewhere) and then `focus_first()`;
    `leave()` when the operator moves on. Edits go to `self.state` followed by `self.ctx.notify()`.
    A page that completes its step by itself (a client chosen with Enter) emits `advance`."""

    advance = Signal()

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False

    @property
    def state(self):
        return self.ctx.state

    def enter(self) -> None:
        """The step became current."""

    def leave(self) -> None:
        """The operator is moving to another step."""

    def first_field(self) -> QWidget | None:
        return None

    def field_for(self, message: str) -> QWidget | None:
        """The field a validation message (untranslated, from validation.py) is about: the focus
        goes there, so the operator's next keys land in the field to fix."""
        return None

    def focus_first(self) -> None:
        widget = self.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def refocus(self, widget: QWidget | None = None) -> None:
        """After a dialog of this page closes: the wizard is the active window again and the keyboard
        is on `widget` (or the page's first field)."""
        self.window().activateWindow()
        if widget is not None and widget.isEnabled() and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first()

    # while the page fills its widgets from the state, their change signals must not write back
    def filling(self):
        page = self

        class _Guard:
            def __enter__(self):
                page._filling = True

            def __exit__(self, *exc):
                page._filling = False
        return _Guard()
