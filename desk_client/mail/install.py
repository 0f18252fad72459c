"""Hooks the e-mail windows into the main window: Administração → Modelos de E-mail (supervisors and
admins) and Atendimento → E-mails não entregues."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..ui.window_opener import show_keyed

MANAGERS = ("supervisor", "admin")


def install(window, api, settings) -> None:
    opened: dict[str, object] = {}

    def show(key: str, make) -> None:
        show_keyed(opened, key, make, (960, 600))

    def templates() -> None:
        from .templates_window import EmailTemplatesWindow
        show("templates", lambda: EmailTemplatesWindow(api, window))

    def undelivered() -> None:
        from .undelivered_window import EmailUndeliveredWindow
        show("undelivered", lambda: EmailUndeliveredWindow(api, window))

    if (api.user or {}).get("role") in MANAGERS:
        action = QAction(QCoreApplication.translate("MainWindow", "Modelos de &E-mail"), window)
        action.triggered.connect(templates)
        window.ui.menuAdmin.addAction(action)
        window.email_templates_action = action
    action = QAction(QCoreApplication.translate("MainWindow", "E-mails não &entregues"), window)
    action.triggered.connect(undelivered)
    window.ui.menuAttendance.addAction(action)
    window.email_undelivered_action = action
    window.email_windows = opened
