"""The editor's node form: the three texts of the selected question, its options (text, target,
live condition; add, delete, reorder) and the outcome of an ending option. It edits the
`ScriptDraft` and says so with `edited` (the window re-checks and redraws the tree)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from .editor_model import WHEN_CHOICES, ScriptDraft

END = None


class NodeForm(QObject):
    edited = Signal(bool)  # True when the tree's shape changed (targets, options), False for texts

    def __init__(self, ui, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.draft: ScriptDraft | None = None
        self.node_id: str | None = None
        self.ticket_types: list[dict] = []
        self._filling = False
        header = ui.optionsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for edit, key in ((ui.questionEdit, "question"), (ui.clientEdit, "client_explanation"),
                          (ui.operatorEdit, "operator_explanation")):
            edit.textChanged.connect(lambda e=edit, k=key: self._text_edited(k, e.toPlainText()))
        ui.optionsTable.itemChanged.connect(self._label_edited)
        ui.optionsTable.currentCellChanged.connect(lambda *_: self._show_outcome())
        ui.addOptionButton.clicked.connect(self._add_option)
        ui.deleteOptionButton.clicked.connect(self._delete_option)
        ui.upOptionButton.clicked.connect(lambda: self._move_option(-1))
        ui.downOptionButton.clicked.connect(lambda: self._move_option(1))
        ui.typeCombo.currentIndexChanged.connect(lambda *_: self._outcome_edited())
        ui.resolveCheck.toggled.connect(lambda *_: self._outcome_edited())
        ui.serviceOrderCheck.toggled.connect(lambda *_: self._outcome_edited())
        ui.solutionEdit.textEdited.connect(lambda *_: self._outcome_edited())
        self.show(None, None)

    def set_ticket_types(self, types: list[dict]) -> None:
        self.ticket_types = types
        with_fill = self._filling
        self._filling = True
        self.ui.typeCombo.clear()
        self.ui.typeCombo.addItem(self.tr("(não muda o tipo)"), None)
        for tt in types:
            self.ui.typeCombo.addItem(tt.get("name", ""), tt.get("id"))
        self._filling = with_fill
        self._show_outcome()

    # -- showing ------------------------------------------------------------------------------------
    def show(self, draft: ScriptDraft | None, node_id: str | None, option: int | None = None) -> None:
        self.draft, self.node_id = draft, node_id
        node = draft.node(node_id) if draft and node_id else None
        ui = self.ui
        self._filling = True
        for widget in (ui.questionEdit, ui.clientEdit, ui.operatorEdit, ui.optionsTable, ui.addOptionButton,
                       ui.deleteOptionButton, ui.upOptionButton, ui.downOptionButton):
            widget.setEnabled(node is not None)
        start = draft is not None and node_id == draft.start_node_id
        ui.nodeIdLabel.setText(self.tr("Nó %s%s") % (node_id, self.tr(" — pergunta inicial") if start else "")
                               if node else self.tr("Selecione uma pergunta na árvore."))
        for edit, key in ((ui.questionEdit, "question"), (ui.clientEdit, "client_explanation"),
                          (ui.operatorEdit, "operator_explanation")):
            text = (node or {}).get(key) or ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._fill_options(node, option)
        self._filling = False
        self._show_outcome()

    def _fill_options(self, node: dict | None, select: int | None) -> None:
        table = self.ui.optionsTable
        table.setRowCount(0)
        if node is None:
            return
        targets = [n for n in self.draft.node_ids() if n != self.node_id]
        for row, option in enumerate(node.get("options") or []):
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(option.get("label", "")))
            target = QComboBox()
            target.addItem(self.tr("(encerra o script)"), END)
            for nid in targets:
                target.addItem(nid, nid)
            current = option.get("next_node_id")
            if current is not None and target.findData(current) < 0:
                target.addItem(self.tr("%s (não existe)") % current, current)
            target.setCurrentIndex(max(0, target.findData(current)))
            target.currentIndexChanged.connect(lambda _i, r=row, box=target: self._target_chosen(r, box.currentData()))
            table.setCellWidget(row, 1, target)
            when = QComboBox()
            for value, label in WHEN_CHOICES:
                when.addItem(self.tr(label), value)
            when.setCurrentIndex(max(0, when.findData(option.get("when"))))
            when.currentIndexChanged.connect(lambda _i, r=row, box=when: self._when_chosen(r, box.currentData()))
            table.setCellWidget(row, 2, when)
        if table.rowCount():
            table.setCurrentCell(min(select or 0, table.rowCount() - 1), 0)

    def current_option(self) -> int | None:
        row = self.ui.optionsTable.currentRow()
        return row if row >= 0 else None

    def _show_outcome(self) -> None:
        ui = self.ui
        option = self._option()
        ends = option is not None and option.get("next_node_id") is None
        ui.outcomeGroup.setEnabled(ends)
        ui.outcomeGroup.setToolTip("" if ends else self.tr("Só uma opção que encerra o script tem resultado."))
        outcome = (option or {}).get("outcome") or {}
        was, self._filling = self._filling, True
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(outcome.get("ticket_type_id"))))
        ui.resolveCheck.setChecked(bool(outcome.get("resolve")))
        ui.serviceOrderCheck.setChecked(bool(outcome.get("service_order")))
        ui.solutionEdit.setText(outcome.get("solution") or "")
        self._filling = was

    def _option(self) -> dict | None:
        node = self.draft.node(self.node_id) if self.draft and self.node_id else None
        index = self.current_option()
        if node is None or index is None or index >= len(node.get("options") or []):
            return None
        return node["options"][index]

    # -- editing ------------------------------------------------------------------------------------
    def _text_edited(self, key: str, text: str) -> None:
        if not self._filling and self.draft and self.node_id:
            self.draft.set_text(self.node_id, key, text)
            self.edited.emit(key == "question")

    def _label_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling and self.draft and item.column() == 0:
            self.draft.set_option(self.node_id, item.row(), label=item.text())
            self.edited.emit(True)

    def _target_chosen(self, row: int, target) -> None:
        if not self._filling:
            self.draft.set_option(self.node_id, row, next_node_id=target)
            self._show_outcome()
            self.edited.emit(True)

    def _when_chosen(self, row: int, when) -> None:
        if not self._filling:
            self.draft.set_option(self.node_id, row, when=when)
            self.edited.emit(False)

    def _outcome_edited(self) -> None:
        index = self.current_option()
        if self._filling or index is None or self._option() is None:
            return
        ui = self.ui
        self.draft.set_outcome(self.node_id, index, {
            "ticket_type_id": ui.typeCombo.currentData(), "solution": ui.solutionEdit.text().strip(),
            "resolve": ui.resolveCheck.isChecked(), "service_order": ui.serviceOrderCheck.isChecked()})
        self.edited.emit(True)

    def _add_option(self) -> None:
        index = self.draft.add_option(self.node_id, self.tr("Nova resposta"))
        self.show(self.draft, self.node_id, index)
        self.edited.emit(True)
        self.ui.optionsTable.editItem(self.ui.optionsTable.item(index, 0))

    def _delete_option(self) -> None:
        index = self.current_option()
        if index is not None:
            self.draft.delete_option(self.node_id, index)
            self.show(self.draft, self.node_id, max(0, index - 1))
            self.edited.emit(True)

    def _move_option(self, delta: int) -> None:
        index = self.current_option()
        if index is not None:
            moved = self.draft.move_option(self.node_id, index, delta)
            self.show(self.draft, self.node_id, moved)
            self.edited.emit(True)
