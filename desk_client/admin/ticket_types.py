"""Administração → Tipos de Atendimento (supervisor/admin): list, add and edit ticket types: name,
default destination (a user or a cargo), SLA hours, whether it allows parent/child linking, active."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ..api import ApiClient
from ..forms.ui_ticket_types import Ui_TicketTypesWindow
from ..forms.ui_ticket_types_edit import Ui_TicketTypeEditDialog
from ..icons import icon
from ..saving_dialog import SavingDialog
from .common import ListsLoader, current_record, fill_table, setup_table, show_status


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
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


class TicketTypesWindow(ListsLoader, QWidget):
    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TicketTypesWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowIcon(icon("ticket_types"))
        self.api = api
        self.types: list[dict] = []
        self.users: list[dict] = []
        self.cargos: list[dict] = []
        self.dialog: TicketTypeDialog | None = None
        self.cargos_window = None
        self._pending = 0
        self._error = ""
        setup_table(self.ui.typesTable, [self.tr("Nome"), self.tr("Destino padrão"), self.tr("SLA (h)"),
                                         self.tr("Permite vínculo"), self.tr("Situação"), self.tr("Descrição")])
        self.ui.addButton.clicked.connect(lambda: self.edit(None))
        self.ui.editButton.clicked.connect(lambda: self.edit(current_record(self.ui.typesTable)))
        self.ui.typesTable.doubleClicked.connect(lambda _i: self.edit(current_record(self.ui.typesTable)))
        self.ui.typesTable.installEventFilter(self)
        self.ui.inactiveCheck.toggled.connect(lambda _on: self._fill())
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.cargosButton.clicked.connect(self.open_cargos)
        self.load()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.ui.typesTable and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.edit(current_record(self.ui.typesTable))
            return True
        return super().eventFilter(watched, event)

    def load(self) -> None:
        self.load_lists([("/ticket-types", {"include_inactive": "true"}, "types"),
                         ("/users", None, "users"), ("/cargos", None, "cargos")])

    def _fill(self, select_id: int | None = None) -> None:
        select_id = select_id or (current_record(self.ui.typesTable) or {}).get("id")
        shown = [t for t in self.types if t.get("active") or self.ui.inactiveCheck.isChecked()]
        rows = [(t, [t["name"], destination_text(t), str(t.get("sla_hours", "")),
                     self.tr("Sim") if t.get("allows_linking") else self.tr("Não"),
                     self.tr("Ativo") if t.get("active") else self.tr("Inativo"), t.get("description") or ""])
                for t in shown]
        fill_table(self.ui.typesTable, rows, select_id)
        n = len(shown)
        self.ui.countLabel.setText(self.tr("1 tipo de atendimento") if n == 1 else
                                   self.tr("%d tipos de atendimento") % n)
        self.ui.editButton.setEnabled(n > 0 and self.ready)
        self.ui.addButton.setEnabled(self.ready)

    def edit(self, record: dict | None) -> None:
        if not self.ready:
            return
        dialog = TicketTypeDialog(self.api, self.users, self.cargos, record, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog

    def _saved(self, tt: dict) -> None:
        self.types = [t for t in self.types if t["id"] != tt["id"]] + [tt]
        self.types.sort(key=lambda t: t["name"].lower())
        self._fill(select_id=tt["id"])
        show_status(self.ui.statusLabel, self.tr("“%s” salvo.") % tt["name"], "ok")

    def open_cargos(self) -> None:
        from .cargos import CargosWindow

        if self.cargos_window is None:
            self.cargos_window = CargosWindow(self.api, self)
            self.cargos_window.destroyed.connect(lambda *_: setattr(self, "cargos_window", None))
            self.cargos_window.changed.connect(self.load)
        self.cargos_window.show()
        self.cargos_window.raise_()
        self.cargos_window.activateWindow()


class TicketTypeDialog(SavingDialog):
    saved = Signal(dict)

    def __init__(self, api: ApiClient, users: list[dict], cargos: list[dict], record: dict | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TicketTypeEditDialog()
        self.ui.setupUi(self)
        self.api = api
        self.users = [u for u in users if u.get("active", True)]
        self.cargos = [c for c in cargos if c.get("active", True)]
        self.record = record
        self._call = None
        self.setWindowTitle(self.tr("Editar tipo de atendimento") if record else self.tr("Novo tipo de atendimento"))
        self.ui.noneRadio.toggled.connect(self._fill_destinations)
        self.ui.userRadio.toggled.connect(self._fill_destinations)
        self.ui.cargoRadio.toggled.connect(self._fill_destinations)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
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
        self._busy(False)
        self._error("")
        self.ui.nameEdit.setFocus()

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

    def _busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.saveButton.setEnabled(not busy)

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

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
        if self._call is not None:
            return
        body = self.body()
        if len(body["name"]) < 2:
            self._error(self.tr("Informe o nome (pelo menos 2 letras)."))
            self.ui.nameEdit.setFocus()
            return
        if not self.ui.noneRadio.isChecked() and body["default_user_id"] is None and body["default_cargo_id"] is None:
            self._error(self.tr("Escolha o responsável padrão ou marque “Nenhum”."))
            self.ui.destinationCombo.setFocus()
            return
        if self.record:
            self.submit(self.api.patch(f"/ticket-types/{self.record['id']}", body, timeout=10))
        else:
            self.submit(self.api.post("/ticket-types", body, timeout=10))

    def on_saved(self, tt: dict) -> None:
        self.saved.emit(tt)
