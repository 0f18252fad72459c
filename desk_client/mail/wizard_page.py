"""The Enviar E-mail step (seed 001 §4.2.9–4.2.10, DESIGN §4 step 8): template, recipients from the
client's contacts (a check list) plus free addresses, Cópia, Assunto, "Solicitar confirmação de
leitura", the editable body with its variables filled by the server, and attachments. A variable
left without a value is named under the body and keeps Finalizar from going on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ..api import mail
from ..attachments import files, picker
from ..forms.ui_email_step import Ui_EmailStep
from ..wizard.context import WizardContext
from ..wizard.page import StepPage
from . import rules

ERROR_STYLE, MUTED_STYLE = "color: #b42318;", "color: #616e7c;"


class EmailPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_EmailStep()
        self.ui.setupUi(self)
        self._templates: list[dict] = []
        self._render_call = None
        self.ui.templateCombo.addItem(self.tr("(sem modelo)"), None)
        self.ui.templateCombo.activated.connect(self._template_chosen)
        self.ui.recipientsList.itemChanged.connect(self._recipients_changed)
        self.ui.othersEdit.textEdited.connect(lambda t: self._set("others", t))
        self.ui.ccEdit.textEdited.connect(lambda t: self._set("cc", t))
        self.ui.subjectEdit.textEdited.connect(lambda t: self._set("subject", t))
        self.ui.bodyEdit.textChanged.connect(lambda: self._set("body", self.ui.bodyEdit.toPlainText()))
        self.ui.readReceiptCheck.toggled.connect(lambda on: self._set("read_receipt", on))
        self.ui.attachButton.clicked.connect(self.add_files)
        self.ui.removeFileButton.clicked.connect(self.remove_file)
        picker.LimitCache.refresh(ctx.api)
        call = mail.templates(ctx.api, owner=self)
        call.succeeded.connect(self._templates_loaded)

    @property
    def data(self) -> dict:
        return rules.data(self.state)

    # -- the step protocol ----------------------------------------------------------------------
    def enter(self) -> None:
        d = self.data
        with self.filling():
            index = self.ui.templateCombo.findData(d.get("template_id"))
            self.ui.templateCombo.setCurrentIndex(max(0, index))
            self._fill_recipients()
            self.ui.othersEdit.setText(d["others"])
            self.ui.ccEdit.setText(d["cc"])
            self.ui.subjectEdit.setText(d["subject"])
            if self.ui.bodyEdit.toPlainText() != d["body"]:
                self.ui.bodyEdit.setPlainText(d["body"])
            self.ui.readReceiptCheck.setChecked(bool(d["read_receipt"]))
        self._show_files()
        self._show_preview()

    def first_field(self):
        return self.ui.templateCombo

    def field_for(self, message: str):
        if message == rules.PICK_RECIPIENT:
            return self.ui.recipientsList if self.ui.recipientsList.count() else self.ui.othersEdit
        if message.startswith(rules.BAD_ADDRESS.split("{")[0]):
            bad = message.split(": ", 1)[1].split(" (")[0]
            return self.ui.ccEdit if bad in rules.split_addresses(self.data["cc"]) else self.ui.othersEdit
        return {rules.WRITE_SUBJECT: self.ui.subjectEdit, rules.WRITE_BODY: self.ui.bodyEdit}.get(
            message, self.ui.bodyEdit if message.startswith(rules.UNRESOLVED.split("{")[0]) else None)

    # -- edits --------------------------------------------------------------------------------------
    def _set(self, key: str, value) -> None:
        if self._filling:
            return
        self.data[key] = value
        if key in ("subject", "body"):
            self._show_preview()
        self.ctx.notify(rules.KEY)

    def _fill_recipients(self) -> None:
        chosen = rules.recipients(self.state, {**self.data, "others": ""})
        self.ui.recipientsList.clear()
        for label, address in rules.contact_addresses(self.state):
            item = QListWidgetItem(f"{label} <{address}>" if label != address else address)
            item.setData(Qt.ItemDataRole.UserRole, address)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if address in chosen else Qt.CheckState.Unchecked)
            self.ui.recipientsList.addItem(item)
        if not self.ui.recipientsList.count():
            item = QListWidgetItem(self.tr("(nenhum contato com e-mail: digite em “Outros endereços”)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.recipientsList.addItem(item)

    def _recipients_changed(self, _item) -> None:
        if self._filling:
            return
        checked = []
        for row in range(self.ui.recipientsList.count()):
            item = self.ui.recipientsList.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole):
                checked.append(item.data(Qt.ItemDataRole.UserRole))
        self._set("checked", checked)

    # -- templates and the preview --------------------------------------------------------------------
    def _templates_loaded(self, answer: dict) -> None:
        self._templates = answer.get("items", [])
        with self.filling():
            for t in self._templates:
                self.ui.templateCombo.addItem(t["name"], t["id"])
            index = self.ui.templateCombo.findData(self.data.get("template_id"))
            self.ui.templateCombo.setCurrentIndex(max(0, index))

    def _template_chosen(self, index: int) -> None:
        template_id = self.ui.templateCombo.itemData(index)
        self.data["template_id"] = template_id
        self.ctx.notify(rules.KEY)
        if template_id is None:
            return
        state = self.state
        body = {"template_id": template_id, "protocol": state.protocol, "client_id": state.client_id,
                "subscription_id": state.subscription_id, "contact_id": state.contact_id,
                "ticket_type_id": state.ticket_type_id}
        self.ui.previewLabel.setText(self.tr("Preenchendo o modelo..."))
        self._render_call = call = mail.render(self.ctx.api, {k: v for k, v in body.items() if v}, owner=self)
        call.succeeded.connect(self._rendered)
        call.failed.connect(lambda error: self._show_preview(error.message))

    def _rendered(self, answer: dict) -> None:
        self.data["subject"], self.data["body"] = answer["subject"], answer["body"]
        self.enter()
        self.ctx.notify(rules.KEY)

    def _show_preview(self, error: str | None = None) -> None:
        names = rules.unresolved(self.data["subject"], self.data["body"])
        if error:
            text, style = error, ERROR_STYLE
        elif names:
            text = self.tr("Variável sem valor: %1. Edite o texto: o e-mail não sai com ela.") \
                .replace("%1", ", ".join("{" + n + "}" for n in names))
            style = ERROR_STYLE
        else:
            text, style = self.tr("Variáveis preenchidas: o texto acima é o que o cliente recebe."), MUTED_STYLE
        self.ui.previewLabel.setText(text)
        self.ui.previewLabel.setStyleSheet(style)

    # -- attachments -----------------------------------------------------------------------------------
    def _show_files(self) -> None:
        self.ui.filesList.clear()
        for entry in self.data["files"]:
            self.ui.filesList.addItem(f"{entry['name']} ({files.human_size(entry['size'])})")
        if self.data["files"]:
            self.ui.filesList.setCurrentRow(self.ui.filesList.count() - 1)
        self.ui.removeFileButton.setEnabled(bool(self.data["files"]))

    def add_files(self) -> None:
        added, refused = picker.pick(self, picker.LimitCache.max_mb)
        self.data["files"].extend(added)
        self._show_files()
        if refused:
            self._show_preview("\n".join(refused))
        if added:
            self.ctx.notify(rules.KEY)
        self.refocus(self.ui.attachButton)

    def remove_file(self) -> None:
        row = self.ui.filesList.currentRow()
        if 0 <= row < len(self.data["files"]):
            files.discard(self.data["files"].pop(row))
            self._show_files()
            self.ctx.notify(rules.KEY)
