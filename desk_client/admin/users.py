"""Administração → Usuários (admins): list, add and edit the users of the desk (login, name, e-mail,
role, cargos, active; a new password when one is typed) and "Desbloquear" a user held back by wrong
passwords (`POST /users/{id}/unlock`). Users are deactivated, never deleted: their history stays."""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, catalog
from ..api.users import USERS, unlock
from ..forms.ui_users import Ui_UsersWindow
from ..forms.ui_users_edit import Ui_UserEditDialog
from ..ui.admin_list import AdminListWindow, current_record, show_status
from .checklist import checked_ids, fill_checklist
from .dialog import AdminDialog
from .keys import insert_adds

ROLES = ("operator", "technician", "supervisor", "admin")
USERNAME = re.compile(r"^[a-zA-Z0-9._-]{2,64}$")  # the server's pattern (schemas/users.py)


class UsersWindow(AdminListWindow):
    form_class = Ui_UsersWindow
    icon_name = "users"
    records_attr = "users"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        self.users: list[dict] = []
        self.cargos: list[dict] = []
        self._unlocking = None
        super().__init__(api, parent)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.unlockButton.setToolTip(self.tr("Libera o login de um usuário retido por senhas erradas"))
        insert_adds(self)
        self.load()

    def table(self):
        return self.ui.usersTable

    def headers(self) -> list[str]:
        return [self.tr("Nome"), self.tr("Login"), self.tr("Perfil"), self.tr("Cargos"), self.tr("E-mail"),
                self.tr("Situação")]

    def role_label(self, role: str) -> str:
        return {"operator": self.tr("Operador"), "technician": self.tr("Técnico"),
                "supervisor": self.tr("Supervisor"), "admin": self.tr("Administrador")}.get(role, role)

    def load(self) -> None:
        self.load_lists([(USERS.list, {"include_inactive": "true"}, "users"),
                         (catalog.cargos, {"include_inactive": "true"}, "cargos")])

    def cargo_names(self, user: dict) -> str:
        names = {c["id"]: c["name"] for c in self.cargos}
        return ", ".join(names.get(i, f"#{i}") for i in user.get("cargo_ids", []))

    def _fill(self, select_id: int | None = None) -> None:
        shown = [u for u in self.users if u.get("active", True) or self.ui.inactiveCheck.isChecked()]
        rows = [(u, [u["name"], u["username"], self.role_label(u["role"]), self.cargo_names(u), u.get("email") or "",
                     self.tr("Ativo") if u.get("active", True) else self.tr("Inativo")]) for u in shown]
        n = len(shown)
        self.show_rows(rows, select_id, self.tr("1 usuário") if n == 1 else self.tr("%d usuários") % n)
        self.ui.unlockButton.setEnabled(bool(rows) and self._unlocking is None)

    def make_dialog(self, record: dict | None) -> UserDialog:
        return UserDialog(self.api, self.cargos, record, self)

    def _saved(self, user: dict) -> None:
        self.store(user)
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % user["name"], "ok")

    # -- Desbloquear ------------------------------------------------------------------------------
    def unlock(self) -> None:
        user = current_record(self.table())
        if user is None or self._unlocking is not None:
            return
        self.ui.unlockButton.setEnabled(False)
        self.ui.busyBar.show()
        show_status(self.ui.statusLabel, self.tr("desbloqueando “%s”…") % user["username"], "wait")
        call = self._unlocking = unlock(self.api, user["id"], timeout=10, owner=self)
        call.succeeded.connect(self._unlocked)
        call.failed.connect(self._unlock_failed)

    def _unlock_done(self) -> None:
        self._unlocking = None
        self.ui.busyBar.hide()
        self.ui.unlockButton.setEnabled(self.table().rowCount() > 0)

    def _unlocked(self, body: dict) -> None:
        self._unlock_done()
        cleared, username = int(body.get("cleared", 0)), body.get("username", "")
        if cleared == 0:
            text = self.tr("“%s” não estava bloqueado: nada a liberar.") % username
        elif cleared == 1:
            text = self.tr("Usuário “%s” liberado: 1 bloqueio removido.") % username
        else:
            text = self.tr("Usuário “%s” liberado: %d bloqueios removidos.") % (username, cleared)
        show_status(self.ui.statusLabel, text, "ok")

    def _unlock_failed(self, error) -> None:
        self._unlock_done()
        show_status(self.ui.statusLabel, self.tr("Não foi possível desbloquear: %s") % error.message, "bad")


class UserDialog(AdminDialog):
    saved = Signal(dict)
    form_class = Ui_UserEditDialog

    def __init__(self, api: ApiClient, cargos: list[dict], record: dict | None, parent: UsersWindow):
        super().__init__(api, record, parent)
        self.setWindowTitle(self.tr("Editar usuário") if record else self.tr("Novo usuário"))
        for role in ROLES:
            self.ui.roleCombo.addItem(parent.role_label(role), role)
        fill_checklist(self.ui.cargosList, cargos, set((record or {}).get("cargo_ids", [])),
                       lambda cargo: cargo["name"])
        if record:
            self.ui.usernameEdit.setText(record.get("username", ""))
            self.ui.usernameEdit.setEnabled(False)  # the login never changes: tokens and logs name it
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.emailEdit.setText(record.get("email") or "")
            self.ui.roleCombo.setCurrentIndex(max(self.ui.roleCombo.findData(record.get("role")), 0))
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
            self.ui.passwordEdit.setPlaceholderText(self.tr("em branco: a senha não muda"))
        else:
            self.ui.roleCombo.setCurrentIndex(0)  # operador
            self.ui.activeCheck.hide()  # a new user is active
            self.ui.passwordEdit.setPlaceholderText(self.tr("pelo menos 6 caracteres"))
        self.ready(self.ui.nameEdit if record else self.ui.usernameEdit)

    def body(self) -> dict:
        body = {"name": self.ui.nameEdit.text().strip(), "role": self.ui.roleCombo.currentData(),
                "cargo_ids": checked_ids(self.ui.cargosList, (self.record or {}).get("cargo_ids", []))}
        email, password = self.ui.emailEdit.text().strip(), self.ui.passwordEdit.text()
        if email:
            body["email"] = email
        if password:
            body["password"] = password
        if self.record:
            body["active"] = self.ui.activeCheck.isChecked()
        else:
            body["username"] = self.ui.usernameEdit.text().strip()
        return body

    def problem(self) -> tuple[str, QWidget] | None:
        """What the server would refuse, said before asking it."""
        if not self.record and not USERNAME.match(self.ui.usernameEdit.text().strip()):
            return (self.tr("O login tem de 2 a 64 caracteres: letras sem acento, números, ponto, hífen ou "
                            "sublinhado."), self.ui.usernameEdit)
        password = self.ui.passwordEdit.text()
        if (password or not self.record) and len(password) < 6:
            return self.tr("A senha precisa de pelo menos 6 caracteres."), self.ui.passwordEdit
        return None

    def save(self) -> None:
        if self._call is not None or not self.name_given(self.tr("Informe o nome (pelo menos 2 letras).")):
            return
        problem = self.problem()
        if problem:
            self._error(problem[0])
            problem[1].setFocus()
            return
        self.save_to(USERS, self.body())

    def on_saved(self, user: dict) -> None:
        self.saved.emit(user)
