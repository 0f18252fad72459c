"""Administração → Cargos (supervisor/admin): list, add and edit cargos: name, description, members,
active. Cargos are the teams tickets are sent to ("Suporte N1", "Técnico de Campo"...)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, catalog
from ..api.users import USERS
from ..forms.ui_cargos import Ui_CargosWindow
from ..forms.ui_cargos_edit import Ui_CargoEditDialog
from ..ui.admin_list import AdminListWindow, show_status
from .checklist import checked_ids, fill_checklist
from .dialog import AdminDialog


class CargosWindow(AdminListWindow):
    changed = Signal()
    form_class = Ui_CargosWindow
    icon_name = "users"
    records_attr = "cargos"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        self.cargos: list[dict] = []
        self.users: list[dict] = []
        super().__init__(api, parent)
        self.load()

    def table(self):
        return self.ui.cargosTable

    def headers(self) -> list[str]:
        return [self.tr("Nome"), self.tr("Descrição"), self.tr("Membros"), self.tr("Situação")]

    def load(self) -> None:
        self.load_lists([(catalog.cargos, {"include_inactive": "true"}, "cargos"),
                         (USERS.list, {"include_inactive": "true"}, "users")])

    def member_names(self, cargo: dict) -> str:
        names = {u["id"]: u["name"] for u in self.users}
        return ", ".join(names.get(i, f"#{i}") for i in cargo.get("member_ids", []))

    def _fill(self, select_id: int | None = None) -> None:
        shown = [c for c in self.cargos if c.get("active", True) or self.ui.inactiveCheck.isChecked()]
        rows = [(c, [c["name"], c.get("description") or "", self.member_names(c),
                     self.tr("Ativo") if c.get("active", True) else self.tr("Inativo")]) for c in shown]
        n = len(shown)
        self.show_rows(rows, select_id, self.tr("1 cargo") if n == 1 else self.tr("%d cargos") % n)

    def make_dialog(self, record: dict | None) -> CargoDialog:
        return CargoDialog(self.api, self.users, record, self)

    def _saved(self, cargo: dict) -> None:
        self.store(cargo)
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % cargo["name"], "ok")
        self.changed.emit()


class CargoDialog(AdminDialog):
    saved = Signal(dict)
    form_class = Ui_CargoEditDialog

    def __init__(self, api: ApiClient, users: list[dict], record: dict | None, parent: QWidget | None = None):
        super().__init__(api, record, parent)
        self.setWindowTitle(self.tr("Editar cargo") if record else self.tr("Novo cargo"))
        fill_checklist(self.ui.membersList, users, set((record or {}).get("member_ids", [])),
                       lambda user: f"{user['name']} ({user.get('username', '')})")
        if record:
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.descriptionEdit.setText(record.get("description") or "")
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
        else:
            self.ui.activeCheck.hide()  # a new cargo is active
        self.ready(self.ui.nameEdit)

    def member_ids(self) -> list[int]:
        return checked_ids(self.ui.membersList, (self.record or {}).get("member_ids", []))

    def body(self) -> dict:
        body = {"name": self.ui.nameEdit.text().strip(), "description": self.ui.descriptionEdit.text().strip(),
                "member_ids": self.member_ids()}
        if self.record:
            body["active"] = self.ui.activeCheck.isChecked()
        return body

    def save(self) -> None:
        if self._call is None and self.name_given(self.tr("Informe o nome (pelo menos 2 letras).")):
            self.save_to(catalog.CARGOS, self.body())

    def on_saved(self, cargo: dict) -> None:
        self.saved.emit(cargo)
