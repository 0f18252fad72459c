"""Administração → Tipos de Atendimento (supervisor/admin): list, add and edit ticket types: name,
default destination (a user or a cargo), SLA hours, whether it allows parent/child linking, active."""
from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, catalog
from ..api.users import USERS
from ..forms.ui_ticket_types import Ui_TicketTypesWindow
from ..forms.ui_ticket_types_edit import Ui_TicketTypeEditDialog
from ..ui.admin_list import AdminListWindow, show_status
from ..window_placement import place
from .dialog import AdminDialog


def destination_text(tt: dict) -> str:
    if tt.get("default_user_id"):
        return f"Usuário: {tt.get('default_user_name') or tt['default_user_id']}"
    if tt.get("default_cargo_id"):
        return f"Cargo: {tt.get('default_cargo_name') or tt['default_cargo_id']}"
    return "—"


class TicketTypesController(QObject):
    """The "ticket_types" feature: one Tipos de Atendimento window per main window."""

    def __init__(self, api: ApiClient, settings, parent: QWidget):
        super().__init__(parent)
        self.api = api
        self.settings = settings
        self.window: TicketTypesWindow | None = None

    def open(self) -> TicketTypesWindow:
        if self.window is None:
            self.window = TicketTypesWindow(self.api, self.parent())
            self.window.destroyed.connect(lambda *_: setattr(self, "window", None))
            place(self.window, None, "ticket_types", QSize(980, 520))  # centred, not at the corner
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


class TicketTypesWindow(AdminListWindow):
    form_class = Ui_TicketTypesWindow
    icon_name = "ticket_types"
    records_attr = "types"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        self.types: list[dict] = []
        self.users: list[dict] = []
        self.cargos: list[dict] = []
        self.cargos_window = None
        super().__init__(api, parent)
        self.ui.cargosButton.clicked.connect(self.open_cargos)
        self.load()

    def table(self):
        return self.ui.typesTable

    def headers(self) -> list[str]:
        return [self.tr("Nome"), self.tr("Destino padrão"), self.tr("SLA (h)"), self.tr("Permite vínculo"),
                self.tr("Situação"), self.tr("Descrição")]

    def load(self) -> None:
        self.load_lists([(catalog.ticket_types, {"include_inactive": "true"}, "types"),
                         (USERS.list, None, "users"), (catalog.cargos, None, "cargos")])

    def _fill(self, select_id: int | None = None) -> None:
        shown = [t for t in self.types if t.get("active") or self.ui.inactiveCheck.isChecked()]
        rows = [(t, [t["name"], destination_text(t), str(t.get("sla_hours", "")),
                     self.tr("Sim") if t.get("allows_linking") else self.tr("Não"),
                     self.tr("Ativo") if t.get("active") else self.tr("Inativo"), t.get("description") or ""])
                for t in shown]
        n = len(shown)
        self.show_rows(rows, select_id, self.tr("1 tipo de atendimento") if n == 1 else
                       self.tr("%d tipos de atendimento") % n)

    def make_dialog(self, record: dict | None) -> TicketTypeDialog:
        return TicketTypeDialog(self.api, self.users, self.cargos, record, self)

    def _saved(self, tt: dict) -> None:
        self.store(tt)
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % tt["name"], "ok")

    def open_cargos(self) -> None:
        from .cargos import CargosWindow

        if self.cargos_window is None:
            self.cargos_window = CargosWindow(self.api, self)
            self.cargos_window.destroyed.connect(lambda *_: setattr(self, "cargos_window", None))
            self.cargos_window.changed.connect(self.load)
            place(self.cargos_window, None, "cargos", QSize(820, 460))
        self.cargos_window.show()
        self.cargos_window.raise_()
        self.cargos_window.activateWindow()


class TicketTypeDialog(AdminDialog):
    saved = Signal(dict)
    form_class = Ui_TicketTypeEditDialog

    def __init__(self, api: ApiClient, users: list[dict], cargos: list[dict], record: dict | None,
                 parent: QWidget | None = None):
        super().__init__(api, record, parent)
        self.users = [u for u in users if u.get("active", True)]
        self.cargos = [c for c in cargos if c.get("active", True)]
        self.setWindowTitle(self.tr("Editar tipo de atendimento") if record else self.tr("Novo tipo de atendimento"))
        self.ui.noneRadio.toggled.connect(self._fill_destinations)
        self.ui.userRadio.toggled.connect(self._fill_destinations)
        self.ui.cargoRadio.toggled.connect(self._fill_destinations)
        if record:
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.descriptionEdit.setText(record.get("description") or "")
            self.ui.slaSpin.setValue(int(record.get("sla_hours") or 24))
            self.ui.linkingCheck.setChecked(bool(record.get("allows_linking")))
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
            if record.get("default_user_id"):
                self.ui.userRadio.setChecked(True)
            elif record.get("default_cargo_id"):
                self.ui.cargoRadio.setChecked(True)
        self._fill_destinations()
        self.ready(self.ui.nameEdit)

    def _fill_destinations(self, *_args) -> None:
        combo = self.ui.destinationCombo
        combo.clear()
        record = self.record or {}
        if self.ui.userRadio.isChecked():
            for u in self.users:
                combo.addItem(f"{u['name']} ({u.get('username', '')})", u["id"])
            index = combo.findData(record.get("default_user_id"))
        elif self.ui.cargoRadio.isChecked():
            for c in self.cargos:
                combo.addItem(c["name"], c["id"])
            index = combo.findData(record.get("default_cargo_id"))
        else:
            index = -1
        combo.setEnabled(not self.ui.noneRadio.isChecked())
        self.ui.destinationLabel.setEnabled(combo.isEnabled())
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)

    def body(self) -> dict:
        chosen = self.ui.destinationCombo.currentData()
        return {
            "name": self.ui.nameEdit.text().strip(),
            "description": self.ui.descriptionEdit.text().strip() or None,
            "default_user_id": chosen if self.ui.userRadio.isChecked() else None,
            "default_cargo_id": chosen if self.ui.cargoRadio.isChecked() else None,
            "sla_hours": self.ui.slaSpin.value(),
            "allows_linking": self.ui.linkingCheck.isChecked(),
            "active": self.ui.activeCheck.isChecked(),
        }

    def save(self) -> None:
        if self._call is not None or not self.name_given(self.tr("Informe o nome (pelo menos 2 letras).")):
            return
        body = self.body()
        if not self.ui.noneRadio.isChecked() and body["default_user_id"] is None and body["default_cargo_id"] is None:
            self._error(self.tr("Escolha o responsável padrão ou marque “Nenhum”."))
            self.ui.destinationCombo.setFocus()
            return
        self.save_to(catalog.TICKET_TYPES, body)

    def on_saved(self, tt: dict) -> None:
        self.saved.emit(tt)
