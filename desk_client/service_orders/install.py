"""Hooks the agenda and Minhas tarefas into the main window (Atendimento menu)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..ui.window_opener import show_keyed


def install(window, api, settings) -> None:
    from ..tasks.tasks_window import TasksWindow
    from .agenda_window import AgendaWindow

    opened: dict[str, object] = {}

    def show(key: str, make) -> None:
        show_keyed(opened, key, make, (1280, 720))

    window.enable_feature("agenda", lambda: show("agenda", lambda: AgendaWindow(api, api.user or {}, window)))
    if (api.user or {}).get("role") == "technician":
        window.ui.actionAgenda.setText(QCoreApplication.translate("MainWindow", "Minha a&genda"))
    tasks = QAction(QCoreApplication.translate("MainWindow", "Minhas ta&refas"), window)
    tasks.setShortcut(QKeySequence("Ctrl+Shift+T"))  # Ctrl+T is "Assumir" in the workspace
    tasks.triggered.connect(lambda: show("tasks", lambda: TasksWindow(api, window)))
    window.ui.menuAttendance.addAction(tasks)
    window.tasks_action = tasks
    window.agenda_windows = opened
