"""Novo Contato / Editar Contato (seed 001 §4): tabs "Dados do Contato" and "Campos Extras",
buttons Salvar / Apagar / Novo. Reused by the Novo Atendimento wizard:

    dialog = ContactDialog(api, client_id, contact_or_None, parent)
    dialog.contact_saved.connect(on_saved)       # dict: the contact as the server returned it
    dialog.contact_deleted.connect(on_deleted)   # int: id of the deleted contact
    dialog.open()

Salvar creates (POST /clients/{id}/contacts) or updates (PATCH /contacts/{id}) and closes the
dialog (close_on_save=False keeps it open); Novo clears the form for another contact; Apagar
deletes the contact being edited after a confirmation. Errors (422 detail) are shown inline.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ..api import ApiClient, ApiError, catalog, clients, contacts
from ..forms.ui_contact_dialog import Ui_ContactDialog
from ..icons import icon
from ..style import BAD_RED, OK_GREEN
from ..ui import formats
from . import rules

log = logging.getLogger("desk_client.clients.contact")

SAVE_TIMEOUT_S = 15.0


def _r(text: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, text)


class ContactDialog(QDialog):
    contact_saved = Signal(dict)
    contact_deleted = Signal(int)
    fields_loaded = Signal(int)  # the extra fields arrived (how many)

    def __init__(
        self, api: ApiClient, client_id: int, contact: dict | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("find_client"))
        self.api = api
        self.client_id = int(client_id)
        self.contact: dict | None = dict(contact) if contact else None
        self.close_on_save = True
        self.fields: list[dict] = []
        self.extra_editors: dict[int, QWidget] = {}
        self._call = None
        self._fields_call = None

        phone_validator = QRegularExpressionValidator(QRegularExpression(r"[\d\s()+\-.]*"), self)
        self.ui.phoneEdit.setValidator(phone_validator)
        self.ui.mobileEdit.setValidator(phone_validator)
        self.ui.nameLabel.setStyleSheet("font-weight: 600;")
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.newButton.clicked.connect(self.new_contact)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.busyBar.setVisible(False)
        self.show_message("")
        self._show_extra_message(self.tr("Carregando campos extras…"))
        self._fill(self.contact)
        self._load_fields()
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._call is not None

    @property
    def editing(self) -> bool:
        return bool(self.contact and self.contact.get("id"))

    def new_contact(self) -> None:
        """Novo: a blank form for another contact of the same client."""
        self.contact = None
        self._fill(None)
        self.show_message("")
        self.ui.tabWidget.setCurrentIndex(0)
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def form_data(self) -> dict:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "role": ui.roleEdit.text(),
            "phone": ui.phoneEdit.text(),
            "mobile": ui.mobileEdit.text(),
            "email": ui.emailEdit.text(),
        }

    def extra_values(self) -> dict[int, str]:
        values = {}
        for field_id, editor in self.extra_editors.items():
            values[field_id] = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        return values

    def set_extra_value(self, field_id: int, text: str) -> None:
        editor = self.extra_editors[field_id]
        if isinstance(editor, QComboBox):
            index = editor.findText(text)
            editor.setCurrentIndex(max(0, index))
        else:
            editor.setText(text)

    def save(self) -> None:
        if self.busy:
            return
        data = self.form_data()
        problem = rules.check_contact(data)
        if problem is not None:
            key, message = problem
            self.ui.tabWidget.setCurrentIndex(0)
            self.show_message(_r(message), error=True)
            getattr(self.ui, f"{key}Edit").setFocus()
            return
        extra = self.extra_values()
        for field in self.fields:
            issue = rules.check_extra_value(field, extra.get(field["id"], ""))
            if issue:
                self.ui.tabWidget.setCurrentIndex(1)
                self.show_message(_r(issue) % field["name"], error=True)
                self.extra_editors[field["id"]].setFocus()
                return
        body = rules.contact_body(data, extra, creating=not self.editing)
        if self.editing:
            call = contacts.update(self.api, self.contact["id"], body, timeout=SAVE_TIMEOUT_S)
        else:
            call = clients.add_contact(self.api, self.client_id, body, timeout=SAVE_TIMEOUT_S)
        call.succeeded.connect(self._saved)
        call.failed.connect(self._failed)
        self._start(call, self.tr("Salvando…"))

    def delete(self) -> None:
        if self.busy or not self.editing:
            return
        if not self.confirm(self.tr("Apagar o contato “%s”?") % self.contact.get("name", "")):
            return
        contact_id = int(self.contact["id"])
        call = contacts.delete(self.api, contact_id, timeout=SAVE_TIMEOUT_S)
        call.succeeded.connect(lambda _body: self._deleted(contact_id))
        call.failed.connect(self._failed)
        self._start(call, self.tr("Apagando…"))

    def confirm(self, question: str) -> bool:
        """Asks the operator (tests replace it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Confirmar"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str, error: bool = False, ok: bool = False) -> None:
        label = self.ui.messageLabel
        if error and text:
            label.setText(f"<img src=':/icons/status_bad.svg' width='14' height='14'>&nbsp;{_html(text)}")
            label.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;")
        elif ok and text:
            label.setText(f"<img src=':/icons/status_ok.svg' width='14' height='14'>&nbsp;{_html(text)}")
            label.setStyleSheet(f"color: {OK_GREEN}; font-weight: 600;")
        else:
            label.setText(_html(text))
            label.setStyleSheet("color: #52606d;")
        label.setVisible(bool(text))

    # -- filling --------------------------------------------------------------------------------
    def _fill(self, contact: dict | None) -> None:
        ui = self.ui
        contact = contact or {}
        ui.nameEdit.setText(contact.get("name") or "")
        ui.roleEdit.setText(contact.get("role") or "")
        ui.phoneEdit.setText(formats.format_phone(contact.get("phone")))
        ui.mobileEdit.setText(formats.format_phone(contact.get("mobile")))
        ui.emailEdit.setText(contact.get("email") or "")
        values = rules.extra_values_by_field(contact)
        for field in self.fields:
            text = values.get(field["id"], "")
            self.set_extra_value(field["id"], rules.iso_to_br(text) if field.get("kind") == "date" else text)
        name = contact.get("name")
        self.setWindowTitle(
            self.tr("Editar Contato — %s") % name if self.editing and name else self.tr("Novo Contato")
        )
        ui.deleteButton.setEnabled(self.editing and not self.busy)

    def _load_fields(self) -> None:
        call = catalog.contact_fields(self.api, timeout=SAVE_TIMEOUT_S)
        call.succeeded.connect(self._fields_arrived)
        call.failed.connect(self._fields_failed)
        self._fields_call = call

    def _fields_failed(self, error: ApiError) -> None:
        self._fields_call = None
        self._show_extra_message(
            self.tr("Não foi possível carregar os campos extras: %s") % error.message, error=True
        )

    def _fields_arrived(self, body) -> None:
        self._fields_call = None
        fields = [f for f in (body or {}).get("items", []) if f.get("active", True)]
        # A value of a field deactivated since still shows (and can be cleared).
        known = {f["id"] for f in fields}
        for value in (self.contact or {}).get("extra_fields") or []:
            if value["field_id"] not in known:
                fields.append(
                    {
                        "id": value["field_id"],
                        "name": value.get("name", ""),
                        "kind": value.get("kind", "text"),
                        "required": False,
                        "options": None,
                    }
                )
        self.fields = fields
        layout = self.ui.extraLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.extra_editors.clear()
        for field in fields:
            editor = self._editor_for(field)
            label = QLabel(field["name"] + (" *" if field.get("required") else "") + ":")
            if field.get("required"):
                label.setStyleSheet("font-weight: 600;")
            label.setBuddy(editor)
            layout.addRow(label, editor)
            self.extra_editors[field["id"]] = editor
        values = rules.extra_values_by_field(self.contact)
        for field in fields:
            text = values.get(field["id"], "")
            self.set_extra_value(field["id"], rules.iso_to_br(text) if field.get("kind") == "date" else text)
        self._show_extra_message(
            ""
            if fields
            else self.tr("Nenhum campo extra cadastrado. Um supervisor pode criá-los na administração.")
        )
        self.fields_loaded.emit(len(fields))

    def _editor_for(self, field: dict) -> QWidget:
        kind = field.get("kind")
        if kind == "choice":
            combo = QComboBox()
            combo.addItem("")
            combo.addItems([str(o) for o in field.get("options") or []])
            combo.setObjectName(f"extraField{field['id']}")
            return combo
        edit = QLineEdit()
        edit.setObjectName(f"extraField{field['id']}")
        edit.setClearButtonEnabled(True)
        if kind == "number":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d*([.,]\d*)?"), edit))
            edit.setPlaceholderText(self.tr("número"))
        elif kind == "date":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[\d/]{0,10}"), edit))
            edit.setPlaceholderText(self.tr("dd/mm/aaaa"))
        else:
            edit.setMaxLength(1000)
        return edit

    def _show_extra_message(self, text: str, error: bool = False) -> None:
        label = self.ui.extraMessageLabel
        label.setText(text)
        label.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;" if error else "color: #52606d;")
        label.setVisible(bool(text))

    # -- answers --------------------------------------------------------------------------------
    def _start(self, call, text: str) -> None:
        self._call = call
        self.ui.busyBar.setVisible(True)
        for button in (self.ui.saveButton, self.ui.deleteButton, self.ui.newButton):
            button.setEnabled(False)
        self.show_message(text)

    def _stop(self) -> None:
        self._call = None
        self.ui.busyBar.setVisible(False)
        self.ui.saveButton.setEnabled(True)
        self.ui.newButton.setEnabled(True)
        self.ui.deleteButton.setEnabled(self.editing)

    def _saved(self, body: dict) -> None:
        self._stop()
        self.contact = body
        self._fill(body)
        self.show_message(self.tr("Contato salvo."), ok=True)
        self.contact_saved.emit(body)
        if self.close_on_save:
            self.accept()

    def _deleted(self, contact_id: int) -> None:
        self._stop()
        self.contact_deleted.emit(contact_id)
        self.contact = None
        self._fill(None)
        self.show_message(self.tr("Contato apagado."), ok=True)
        if self.close_on_save:
            self.accept()

    def _failed(self, error: ApiError) -> None:
        self._stop()
        message = error.message
        if "Campo" in message or "extra" in message:
            self.ui.tabWidget.setCurrentIndex(1)
        self.show_message(message, error=True)

    def reject(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        if self._fields_call is not None:
            self._fields_call.cancel()
            self._fields_call = None
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
