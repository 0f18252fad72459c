"""Administração → Scripts in the main window (supervisors and admins; operators never see it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ..api import ApiClient
from .editor_window import ScriptEditorWindow


class ScriptEditorController:
    """One editor window per session (Administração → Scripts)."""

    def __init__(self, api: ApiClient, parent: QWidget):
        self.api, self.parent = api, parent
        self.window: ScriptEditorWindow | None = None

    def open(self) -> None:
        if self.window is None or not isValid(self.window) or not self.window.isVisible():
            self.window = ScriptEditorWindow(self.api, self.parent)
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()


def install(window, api, _settings=None) -> ScriptEditorController:
    controller = ScriptEditorController(api, window)
    window.enable_feature("scripts", controller.open)
    window.scripts_controller = controller
    return controller

