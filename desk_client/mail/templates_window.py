"""Administração → Modelos de E-mail (supervisors and admins): name, subject and body with variables
(Enter or a double click on a variable inserts it), the cargos that see the template, active. The
server checks the variables: an unknown one is refused, named."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..api import catalog, mail
from ..forms.ui_email_templates import Ui_EmailTemplatesWindow

ERROR_STYLE, OK_STYLE = "color: #b42318;", "color: #1e7b34;"


class EmailTemplatesWindow(QWidget):
    def __init__(self, api, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_EmailTemplatesWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Modelos de E-mail"))
        self.api = api
        self.templates: list[dict] = []
        self.current_id: int | None = None
        self._writing_new = False  # "Novo modelo" pressed: a late list must not replace the form
        self.ui.templatesList.currentRowChanged.connect(self._template_selected)
        self.ui.newButton.clicked.connect(self.new_template)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.variablesList.itemActivated.connect(self._insert_variable)
        self.ui.saveButton.setDefault(True)
        self.reload()
        for request, handler in ((catalog.cargos, self._cargos_loaded), (mail.variables, self._variables_loaded)):
            call = request(api, owner=self)
            call.succeeded.connect(handler)
            call.failed.connect(self._failed)

    # -- loading ----------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        call = mail.templates(self.api, params={"include_inactive": "true"}, owner=self)
        call.succeeded.connect(lambda answer: self._templates_loaded(answer, select_id))
        call.failed.connect(self._failed)

    def _templates_loaded(self, answer: dict, select_id: int | None) -> None:
        # read before clear(): clearing moves the current row, and selecting a row blanks the status
        status, style = self.ui.statusLabel.text(), self.ui.statusLabel.styleSheet()
        self.templates = answer.get("items", [])
        self.ui.templatesList.clear()
        for t in self.templates:
            item = QListWidgetItem(t["name"] if t["active"] else self.tr("%1 (inativo)").replace("%1", t["name"]))
            self.ui.templatesList.addItem(item)
        ids = [t["id"] for t in self.templates]
        if select_id in ids:  # after a save: keep saying it was saved
            self.ui.templatesList.setCurrentRow(ids.index(select_id))
            self._status(status, style)
        elif self.templates and self.current_id is None and not self._writing_new:
            self.ui.templatesList.setCurrentRow(0)

    def _cargos_loaded(self, answer: dict) -> None:
        for cargo in answer.get("items", []):
            item = QListWidgetItem(cargo["name"])
            item.setData(Qt.ItemDataRole.UserRole, cargo["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.cargosList.addItem(item)
        self._show_cargos(self._current().get("cargo_ids", []))

    def _variables_loaded(self, answer: dict) -> None:
        for variable in answer.get("items", []):
            item = QListWidgetItem(f"{{{variable['name']}}} — {variable['description']}")
            item.setData(Qt.ItemDataRole.UserRole, "{" + variable["name"] + "}")
            self.ui.variablesList.addItem(item)

    def _failed(self, error) -> None:
        self._status(error.message, ERROR_STYLE)

    # -- editing ----------------------------------------------------------------------------------
    def _current(self) -> dict:
        return next((t for t in self.templates if t["id"] == self.current_id), {})

    def _template_selected(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        self._writing_new = False
        self.current_id = t["id"]
        self.ui.nameEdit.setText(t["name"])
        self.ui.subjectEdit.setText(t["subject"])
        self.ui.bodyEdit.setPlainText(t["body"])
        self.ui.activeCheck.setChecked(t["active"])
        self._show_cargos(t["cargo_ids"])
        self._status("", OK_STYLE)

    def _show_cargos(self, ids: list[int]) -> None:
        for row in range(self.ui.cargosList.count()):
            item = self.ui.cargosList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def new_template(self) -> None:
        self._writing_new = True
        self.current_id = None
        self.ui.templatesList.clearSelection()
        for edit in (self.ui.nameEdit, self.ui.subjectEdit):
            edit.clear()
        self.ui.bodyEdit.clear()
        self.ui.activeCheck.setChecked(True)
        self._show_cargos([])
        self.ui.nameEdit.setFocus()

    def _insert_variable(self, item: QListWidgetItem) -> None:
        self.ui.bodyEdit.insertPlainText(item.data(Qt.ItemDataRole.UserRole))
        self.ui.bodyEdit.setFocus()

    def body(self) -> dict:
        cargo_ids = [self.ui.cargosList.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.ui.cargosList.count())
                     if self.ui.cargosList.item(r).checkState() == Qt.CheckState.Checked]
        return {"name": self.ui.nameEdit.text().strip(), "subject": self.ui.subjectEdit.text().strip(),
                "body": self.ui.bodyEdit.toPlainText(), "cargo_ids": cargo_ids,
                "active": self.ui.activeCheck.isChecked()}

    def save(self) -> None:
        body = self.body()
        missing = [label for label, key in ((self.tr("Nome"), "name"), (self.tr("Assunto"), "subject"),
                                            (self.tr("Conteúdo"), "body")) if not body[key].strip()]
        if missing:
            self._status(self.tr("Preencha: %1.").replace("%1", ", ".join(missing)), ERROR_STYLE)
            return
        call = (mail.create_template(self.api, body, owner=self) if self.current_id is None
                else mail.update_template(self.api, self.current_id, body, owner=self))
        self.ui.saveButton.setEnabled(False)
        call.succeeded.connect(self._saved)
        call.failed.connect(self._save_failed)

    def _saved(self, template: dict) -> None:
        self.ui.saveButton.setEnabled(True)
        self.current_id = template["id"]
        self._status(self.tr("Modelo “%1” salvo.").replace("%1", template["name"]), OK_STYLE)
        self.reload(select_id=template["id"])

    def _save_failed(self, error) -> None:
        self.ui.saveButton.setEnabled(True)
        self._status(error.message, ERROR_STYLE)

    def _status(self, text: str, style: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(style)
