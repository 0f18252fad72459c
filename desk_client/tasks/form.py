"""The task form (título, para usuário/cargo, prazo, descrição) editing a plain dict (rules.py)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget

from ..api import catalog
from ..api.users import USERS
from ..forms.ui_task_form import Ui_TaskForm

TIMEOUT_S = 10.0


class TaskForm(QWidget):
    changed = Signal()

    def __init__(self, api, data: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TaskForm()
        self.ui.setupUi(self)
        self.api, self.data = api, data
        self._filling = False
        self.lists: dict[str, list[dict]] = {"user": [], "cargo": []}
        ui = self.ui
        ui.titleEdit.textEdited.connect(self._title_edited)
        ui.descriptionEdit.textChanged.connect(self._description_edited)
        ui.userRadio.toggled.connect(self._kind_toggled)
        ui.assigneeCombo.currentIndexChanged.connect(self._assignee_chosen)
        ui.dueEdit.dateChanged.connect(self._due_chosen)
        for kind, request in (("user", USERS.list), ("cargo", catalog.cargos)):
            call = request(api, timeout=TIMEOUT_S, owner=self)
            call.succeeded.connect(lambda body, k=kind: self._loaded(k, body))
        self.show_data()

    def _loaded(self, kind: str, body) -> None:
        self.lists[kind] = [i for i in (body or {}).get("items", []) if i.get("active", True)]
        self._fill_assignees()

    def show_data(self) -> None:
        d, ui = self.data, self.ui
        self._filling = True
        try:
            if ui.titleEdit.text() != d.get("title", ""):
                ui.titleEdit.setText(d.get("title", ""))
            if ui.descriptionEdit.toPlainText() != (d.get("description") or ""):
                ui.descriptionEdit.setPlainText(d.get("description") or "")
            due = date.fromisoformat(d["due_date"]) if d.get("due_date") else date.today()
            ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
            kind = (d.get("assignee") or {}).get("kind", "cargo")
            (ui.userRadio if kind == "user" else ui.cargoRadio).setChecked(True)
        finally:
            self._filling = False
        self._fill_assignees()

    def _kind(self) -> str:
        return "user" if self.ui.userRadio.isChecked() else "cargo"

    def _fill_assignees(self) -> None:
        combo, kind = self.ui.assigneeCombo, self._kind()
        chosen = self.data.get("assignee") or {}
        self._filling = True
        try:
            combo.clear()
            combo.addItem(self.tr("(escolha o usuário)") if kind == "user" else self.tr("(escolha o cargo)"), None)
            for item in self.lists[kind]:
                combo.addItem(item.get("name", ""), item)
                if chosen.get("kind") == kind and chosen.get("id") == item["id"]:
                    combo.setCurrentIndex(combo.count() - 1)
        finally:
            self._filling = False

    def _title_edited(self, text: str) -> None:
        self.data["title"] = text
        self.changed.emit()

    def _description_edited(self) -> None:
        if not self._filling:
            self.data["description"] = self.ui.descriptionEdit.toPlainText()
            self.changed.emit()

    def _kind_toggled(self, _on: bool) -> None:
        if self._filling:
            return
        self.data["assignee"] = None
        self._fill_assignees()
        self.changed.emit()

    def _assignee_chosen(self, index: int) -> None:
        if self._filling:
            return
        item = self.ui.assigneeCombo.itemData(index)
        self.data["assignee"] = {"kind": self._kind(), "id": item["id"], "name": item.get("name", "")} \
            if isinstance(item, dict) else None
        self.changed.emit()

    def _due_chosen(self, qdate: QDate) -> None:
        if not self._filling:
            self.data["due_date"] = qdate.toString("yyyy-MM-dd")
            self.changed.emit()
