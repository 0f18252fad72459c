"""Minhas tarefas: the tasks of the logged-in user and of their cargos (GET /tasks?mine=true), late
ones first, in red and with the word "ATRASADA" (never colour alone); Enter or "Marcar como feita"
finishes the selected one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..api import tasks
from ..forms.ui_tasks_window import Ui_TasksWindow
from ..icons import icon
from . import rules

TIMEOUT_S = 15.0
LATE = QColor("#b42318")


class TasksWindow(QWidget):
    COLUMNS = ("Prazo", "Tarefa", "Protocolo", "Para", "Criada por")

    def __init__(self, api, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_TasksWindow()
        self.ui.setupUi(self)
        self.api = api
        self.tasks: list[dict] = []
        table = self.ui.table
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.itemActivated.connect(lambda _item: self.mark_done())
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.showDoneCheck.toggled.connect(lambda _on: self.load())
        self.load()

    def load(self) -> None:
        params = {"mine": "true"}
        if not self.ui.showDoneCheck.isChecked():
            params["done"] = "false"
        call = tasks.listing(self.api, params=params, timeout=TIMEOUT_S, owner=self)
        call.succeeded.connect(self._loaded)
        call.failed.connect(lambda e: self.ui.messageLabel.setText(e.message))

    def _loaded(self, body) -> None:
        self.tasks = (body or {}).get("items", [])
        today = date.today()
        table = self.ui.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.tasks))
        late = 0
        for row, task in enumerate(self.tasks):
            due, state = rules.due_text(task, today)
            late += state == "late"
            cells = (due, task["title"], task["protocol_formatted"], task["assignee"]["name"], task["created_by_name"])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, task["id"])
                if column == 1 and task.get("description"):
                    item.setToolTip(task["description"])
                if state == "late":
                    item.setForeground(QBrush(LATE))
                    if column == 0:
                        item.setIcon(icon("status_bad"))
                table.setItem(row, column, item)
        for column in (0, 2, 3, 4):  # the title takes what is left
            table.resizeColumnToContents(column)
        table.setSortingEnabled(True)
        if self.tasks:
            table.selectRow(0)
        self.ui.countLabel.setText(self.tr("%d tarefa(s), %d atrasada(s)") % (len(self.tasks), late))

    def selected(self) -> dict | None:
        row = self.ui.table.currentRow()
        item = self.ui.table.item(row, 0) if row >= 0 else None
        task_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((t for t in self.tasks if t["id"] == task_id), None)

    def mark_done(self) -> None:
        task = self.selected()
        if task is None or task.get("done"):
            return
        call = tasks.mark_done(self.api, task["id"], timeout=TIMEOUT_S, owner=self)
        call.succeeded.connect(lambda t: (self.ui.messageLabel.setText(
            self.tr("Tarefa “%s” concluída.") % t["title"]), self.load()))
        call.failed.connect(lambda e: self.ui.messageLabel.setText(e.message))
