"""Administração → Cargos (supervisor/admin): list, add and edit cargos: name, description, members,
active. Cargos are the teams tickets are sent to ("Suporte N1", "Técnico de Campo"...)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..api import ApiClient
from ..forms.ui_cargos import Ui_CargosWindow
from ..forms.ui_cargos_edit import Ui_CargoEditDialog
from ..icons import icon
from ..saving_dialog import SavingDialog
from .common import ListsLoader, current_record, fill_table, setup_table, show_status


class CargosWindow(ListsLoader, QWidget):
    changed = Signal()

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CargosWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowIcon(icon("users"))
        self.api = api
        self.cargos: list[dict] = []
        self.users: list[dict] = []
        self.dialog: CargoDialog | None = None
        self._pending = 0
        self._error = ""
        setup_table(self.ui.cargosTable, [self.tr("Nome"), self.tr("Descrição"), self.tr("Membros"),
                                          self.tr("Situação")])
        self.ui.addButton.clicked.connect(lambda: self.edit(None))
        self.ui.editButton.clicked.connect(lambda: self.edit(current_record(self.ui.cargosTable)))
        self.ui.cargosTable.doubleClicked.connect(lambda _i: self.edit(current_record(self.ui.cargosTable)))
        self.ui.cargosTable.installEventFilter(self)
        self.ui.inactiveCheck.toggled.connect(lambda _on: self._fill())
        self.ui.refreshButton.clicked.connect(self.load)
        self.load()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.ui.cargosTable and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.edit(current_record(self.ui.cargosTable))
            return True
        return super().eventFilter(watched, event)

    def load(self) -> None:
        self.load_lists([("/cargos", {"include_inactive": "true"}, "cargos"),
                         ("/users", {"include_inactive": "true"}, "users")])

    def member_names(self, cargo: dict) -> str:
        names = {u["id"]: u["name"] for u in self.users}
        return ", ".join(names.get(i, f"#{i}") for i in cargo.get("member_ids", []))

    def _fill(self, select_id: int | None = None) -> None:
        select_id = select_id or (current_record(self.ui.cargosTable) or {}).get("id")
        shown = [c for c in self.cargos if c.get("active", True) or self.ui.inactiveCheck.isChecked()]
        rows = [(c, [c["name"], c.get("description") or "", self.member_names(c),
                     self.tr("Ativo") if c.get("active", True) else self.tr("Inativo")]) for c in shown]
        fill_table(self.ui.cargosTable, rows, select_id)
        n = len(shown)
        self.ui.countLabel.setText(self.tr("1 cargo") if n == 1 else self.tr("%d cargos") % n)
        self.ui.editButton.setEnabled(n > 0 and self.ready)
        self.ui.addButton.setEnabled(self.ready)

    def edit(self, record: dict | None) -> None:
        if not self.ready:
            return
        dialog = CargoDialog(self.api, self.users, record, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog

    def _saved(self, cargo: dict) -> None:
        self.cargos = sorted([c for c in self.cargos if c["id"] != cargo["id"]] + [cargo],
                             key=lambda c: c["name"].lower())
        self._fill(select_id=cargo["id"])
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % cargo["name"], "ok")
        self.changed.emit()


class CargoDialog(SavingDialog):
    saved = Signal(dict)

    def __init__(self, api: ApiClient, users: list[dict], record: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CargoEditDialog()
        self.ui.setupUi(self)
        self.api = api
        self.record = record
        self._call = None
        self.setWindowTitle(self.tr("Editar cargo") if record else self.tr("Novo cargo"))
        members = set((record or {}).get("member_ids", []))
        for user in users:
            if not user.get("active", True) and user["id"] not in members:
                continue
            item = QListWidgetItem(f"{user['name']} ({user.get('username', '')})")
            item.setData(Qt.ItemDataRole.UserRole, user["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user["id"] in members else Qt.CheckState.Unchecked)
            self.ui.membersList.addItem(item)
        if record:
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.descriptionEdit.setText(record.get("description") or "")
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
        else:
            self.ui.activeCheck.hide()  # a new cargo is active
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._busy(False)
        self._error("")
        self.ui.nameEdit.setFocus()

    def member_ids(self) -> list[int]:
        lst = self.ui.membersList
        listed = {lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())}
        # members not in the list (not loaded, or inactive) are kept, never dropped by accident
        kept = [i for i in (self.record or {}).get("member_ids", []) if i not in listed]
        return sorted(kept + [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                              if lst.item(i).checkState() == Qt.CheckState.Checked])

    def body(self) -> dict:
        body = {"name": self.ui.nameEdit.text().strip(), "description": self.ui.descriptionEdit.text().strip(),
                "member_ids": self.member_ids()}
        if self.record:
            body["active"] = self.ui.activeCheck.isChecked()
        return body

    def _busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.saveButton.setEnabled(not busy)

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def save(self) -> None:
        if self._call is not None:
            return
        body = self.body()
        if len(body["name"]) < 2:
            self._error(self.tr("Informe o nome (pelo menos 2 letras)."))
            self.ui.nameEdit.setFocus()
            return
        if self.record:
            self.submit(self.api.patch(f"/cargos/{self.record['id']}", body, timeout=10))
        else:
            self.submit(self.api.post("/cargos", body, timeout=10))

    def on_saved(self, cargo: dict) -> None:
        self.saved.emit(cargo)
