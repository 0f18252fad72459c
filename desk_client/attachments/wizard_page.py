"""The Anexo step (seed 001 §4.2.5.2): Anexar... opens "Pesquisar ou Criar" (a file dialog); each file
gets its Observações; Remover takes it out. Files are copied into the outbox at once and uploaded
with the ticket."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from ..forms.ui_attachment_step import Ui_AttachmentStep
from ..wizard.context import WizardContext
from ..wizard.page import StepPage
from . import files, picker, rules


class AttachmentPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_AttachmentStep()
        self.ui.setupUi(self)
        table = self.ui.filesTable
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui.errorLabel.hide()
        self.ui.addButton.clicked.connect(self.add_files)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.noteEdit.textEdited.connect(self._note_edited)
        table.itemSelectionChanged.connect(self._selection_changed)
        picker.LimitCache.refresh(ctx.api)

    @property
    def entries(self) -> list[dict]:
        return rules.data(self.state)["files"]

    def enter(self) -> None:
        self.ui.limitLabel.setText(self.tr("Arquivos anexados ao atendimento (até %1 MB cada). Eles seguem com o "
                                           "atendimento, mesmo se o servidor estiver fora do ar.")
                                   .replace("%1", str(picker.LimitCache.max_mb)))
        self.show_files()

    def first_field(self):
        return self.ui.addButton

    def field_for(self, message: str):
        return self.ui.addButton

    def show_files(self, select: int | None = None) -> None:
        table = self.ui.filesTable
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry["name"], files.human_size(entry["size"]), entry.get("note") or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        if self.entries:
            table.selectRow(len(self.entries) - 1 if select is None else min(select, len(self.entries) - 1))
        self._selection_changed()

    def add_files(self) -> None:
        added, refused = picker.pick(self, picker.LimitCache.max_mb)
        self.entries.extend(added)
        self.ui.errorLabel.setText("\n".join(refused))
        self.ui.errorLabel.setVisible(bool(refused))
        if added:
            self.ctx.notify(rules.KEY)
            self.show_files()
            self.refocus(self.ui.noteEdit)
        else:
            self.refocus(self.ui.addButton)

    def _row(self) -> int:
        rows = self.ui.filesTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self._row()
        if row < 0:
            return
        files.discard(self.entries.pop(row))
        self.ctx.notify(rules.KEY)
        self.show_files(select=row)

    def _selection_changed(self) -> None:
        row = self._row()
        has = row >= 0
        self.ui.removeButton.setEnabled(has)
        self.ui.noteEdit.setEnabled(has)
        with self.filling():
            self.ui.noteEdit.setText(self.entries[row].get("note") or "" if has else "")

    def _note_edited(self, text: str) -> None:
        row = self._row()
        if row >= 0 and not self._filling:
            self.entries[row]["note"] = text
            item = self.ui.filesTable.item(row, 2)
            item.setText(text)
            item.setToolTip(text)
            self.ctx.notify(rules.KEY)
