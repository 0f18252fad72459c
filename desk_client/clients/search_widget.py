"""Localizar Cliente: the reusable search widget (standalone window and Novo Atendimento wizard).

    search = ClientSearchWidget(api, parent)
    search.client_chosen.connect(on_client)        # dict: the chosen result row (Enter / double-click)
    search.selection_changed.connect(on_selection) # dict | None: the highlighted row
    search.focus_search()
    search.selected                                 # dict | None

Searches as the operator types (debounced), never blocks the GUI thread: a newer search cancels
the older one and stale answers are ignored. Keyboard: ↓ from the box into the results, ↑/↓ to
move, Enter on a row chooses it, ↑ on the first row back to the box, Esc in the box clears it.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, ApiError, CallSlot, clients
from ..forms.ui_client_search import Ui_ClientSearchWidget
from ..style import BAD_RED
from ..ui import formats
from ..ui.record_table import Column, RecordTableModel, fit_columns, setup_table
from . import search_fields as sf

log = logging.getLogger("desk_client.clients.search")

DEBOUNCE_MS = 300
SEARCH_TIMEOUT_S = 15.0


def _t(text: str) -> str:
    """Translate a source text of search_fields (context ClientSearch)."""
    return QCoreApplication.translate(sf.CONTEXT, text)


class ClientSearchWidget(QWidget):
    client_chosen = Signal(dict)
    selection_changed = Signal(object)  # dict | None
    results_shown = Signal(int)  # a search answered: number of rows (for tests and wrappers)
    search_failed = Signal(str)  # a search failed: the message shown

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClientSearchWidget()
        self.ui.setupUi(self)
        self.api = api
        self._search = CallSlot(api, self)  # a newer search cancels the older one
        self._in_flight: tuple | None = None
        self._shown: tuple | None = None  # the parameters of the results on screen
        self.truncated = False
        self.last_error: str = ""

        for spec in sf.FIELDS:
            self.ui.fieldCombo.addItem(_t(spec.label), spec.key)
        self.ui.fieldCombo.setCurrentIndex(self.ui.fieldCombo.findData(sf.DEFAULT_FIELD))
        for key, label in sf.CONDITIONS:
            self.ui.conditionCombo.addItem(_t(label), key)
        self.ui.conditionCombo.setCurrentIndex(self.ui.conditionCombo.findData(sf.DEFAULT_CONDITION))
        self.ui.limitSpin.setRange(sf.MIN_LIMIT, sf.MAX_LIMIT)
        self.ui.limitSpin.setValue(sf.DEFAULT_LIMIT)

        self.model = RecordTableModel(self._columns(), self)
        setup_table(self.ui.resultsTable, self.model, stretch_column=1)
        self.ui.resultsTable.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.resultsTable.doubleClicked.connect(self._choose_index)
        self.ui.resultsTable.installEventFilter(self)
        self.ui.searchEdit.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)

        self.ui.searchEdit.textEdited.connect(self._edited)
        self.ui.fieldCombo.currentIndexChanged.connect(self._field_changed)
        self.ui.conditionCombo.currentIndexChanged.connect(self._criteria_changed)
        self.ui.limitSpin.valueChanged.connect(self._criteria_changed)

        # a search that failed in an outage is run again as soon as the server answers
        api.connection_changed.connect(self._connection_changed)

        self._field_changed()
        self._set_busy(False)
        self._show_message("")
        self._show_count()
        self.setFocusProxy(self.ui.searchEdit)

    # -- public ---------------------------------------------------------------------------------
    @property
    def selected(self) -> dict | None:
        index = self.ui.resultsTable.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @property
    def results(self) -> list[dict]:
        return list(self.model.rows)

    @property
    def busy(self) -> bool:
        return self._search.busy

    @property
    def field_key(self) -> str:
        return self.ui.fieldCombo.currentData()

    @property
    def condition(self) -> str:
        return self.ui.conditionCombo.currentData()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.searchEdit.selectAll()

    def set_field(self, key: str) -> None:
        index = self.ui.fieldCombo.findData(key)
        if index >= 0:
            self.ui.fieldCombo.setCurrentIndex(index)

    def set_condition(self, key: str) -> None:
        index = self.ui.conditionCombo.findData(key)
        if index >= 0:
            self.ui.conditionCombo.setCurrentIndex(index)

    def set_query(
        self, text: str, field: str | None = None, condition: str | None = None, search: bool = True
    ) -> None:
        """Fill in the criteria (e.g. from a caller ID) and, by default, search now."""
        if field:
            self.set_field(field)
        if condition:
            self.set_condition(condition)
        self.ui.searchEdit.setText(text)
        if search:
            self.search_now()

    def clear(self) -> None:
        self._cancel()
        self._debounce.stop()
        self.ui.searchEdit.clear()
        self._show_results([], None, truncated=False)
        self._show_message("")
        self._show_count()

    def search_now(self) -> None:
        """Search with the current criteria at once (Enter); a newer search replaces an older one."""
        self._debounce.stop()
        text = self.ui.searchEdit.text().strip()
        params = (text, self.field_key, self.condition, self.ui.limitSpin.value())
        if not text:
            self.clear()
            return
        if params == self._in_flight:
            return
        self._in_flight = params
        call = self._search.run(
            clients.search,
            params={"q": text, "field": params[1], "condition": params[2], "limit": params[3]},
            timeout=SEARCH_TIMEOUT_S,
        )
        call.succeeded.connect(lambda body, params=params: self._answered(params, body))
        call.failed.connect(self._failed)
        self._set_busy(True)

    # -- reacting to the operator ---------------------------------------------------------------
    def _edited(self, text: str) -> None:
        edit = self.ui.searchEdit
        kind = sf.field(self.field_key).kind
        if sf.KINDS[kind].auto_formats and edit.cursorPosition() == len(text):
            formatted = sf.auto_format(kind, text)
            if formatted != text:
                edit.setText(formatted)
                edit.setCursorPosition(len(formatted))
        if edit.text().strip():
            self._debounce.start()
        else:
            self.clear()

    def _field_changed(self, *_args) -> None:
        spec = sf.field(self.field_key)
        kind = spec.value_kind
        edit = self.ui.searchEdit
        edit.setPlaceholderText(_t(kind.placeholder))
        self.ui.hintLabel.setText(_t(kind.hint))
        edit.setMaxLength(kind.max_length)
        previous = edit.validator()
        if kind.allowed:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(kind.allowed), edit))
        else:
            edit.setValidator(None)
        if previous is not None:
            previous.deleteLater()
        text = edit.text()
        if text and not sf.is_allowed(spec.kind, text):
            # What was typed cannot be this field's value (letters in a CPF): keep only what fits.
            kept = "".join(ch for ch in text if sf.is_allowed(spec.kind, ch))[: kind.max_length]
            edit.setText(kept)
        if kind.auto_formats and edit.text():
            edit.setText(sf.auto_format(spec.kind, edit.text()))
        self._criteria_changed()

    def _criteria_changed(self, *_args) -> None:
        if self.ui.searchEdit.text().strip():
            self._debounce.start()

    # -- answers --------------------------------------------------------------------------------
    def _answered(self, params: tuple, body) -> None:
        self._in_flight = None
        self._set_busy(False)
        items = (body or {}).get("items", []) if isinstance(body, dict) else []
        truncated = bool(isinstance(body, dict) and body.get("truncated"))
        self._show_message("")
        self._show_results(items, params, truncated)
        self.results_shown.emit(len(items))

    def _failed(self, error: ApiError) -> None:
        self._in_flight = None
        self._set_busy(False)
        message = error.message
        self._show_results([], None, truncated=False)
        self._show_message(message, error=True)
        self._show_count()
        self.search_failed.emit(message)

    def _connection_changed(self, online: bool) -> None:
        if online and self.last_error and self.ui.searchEdit.text().strip():
            self.search_now()

    def _cancel(self) -> None:
        self._search.cancel()  # whatever the cancelled call still delivers is dropped
        self._in_flight = None
        self._set_busy(False)

    # -- showing --------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        def status(r):
            return sf.status_label(r.get("status"))

        def matched(r):
            label = _t(sf.field_label(r.get("matched_field")))
            value = r.get("matched_value") or ""
            if not value or value in (r.get("name"), r.get("trade_name"), r.get("code")):
                return label  # the value is already in its own column
            return f"{label}: {value}"

        return [
            Column(
                self.tr("Código"),
                lambda r: r.get("code") or "",
                sort=lambda r: sf.code_sort_key(r.get("code")),
            ),
            Column(self.tr("Nome"), lambda r: r.get("name") or ""),
            Column(self.tr("Nome Fantasia"), lambda r: r.get("trade_name") or ""),
            Column(
                self.tr("CPF/CNPJ"),
                lambda r: formats.format_document(r.get("document")),
                sort=lambda r: formats.digits(r.get("document")),
            ),
            Column(self.tr("Cidade"), lambda r: r.get("city") or ""),
            Column(self.tr("Status"), lambda r: _t(status(r)[0]), status=lambda r: status(r)[1]),
            Column(self.tr("Campo encontrado"), matched),
        ]

    def _show_results(self, items: list[dict], params: tuple | None, truncated: bool) -> None:
        had = self.selected
        self._shown = params
        self.truncated = truncated
        self.model.set_rows(items)
        table = self.ui.resultsTable
        if items:
            fit_columns(table)
            row = 0
            if had is not None:
                row = max(0, self.model.row_of(lambda r: r.get("id") == had.get("id")))
            table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._current_changed(QModelIndex(), QModelIndex())
            if params is not None:
                self._show_message(
                    self.tr(
                        "Nenhum cliente encontrado para “%s” em %s. Confira o que foi "
                        "digitado ou pesquise em outro campo."
                    )
                    % (params[0], _t(sf.field_label(params[1])))
                )
        self._show_count()

    def _show_count(self) -> None:
        if self.busy:
            text = self.tr("pesquisando…")
        elif self._shown is None:
            text = ""
        else:
            n = self.model.rowCount()
            if n == 0:
                text = self.tr("nenhum cliente encontrado")
            elif n == 1:
                text = self.tr("1 cliente")
            else:
                text = self.tr("%s clientes") % self.locale().toString(n)
            if self.truncated:
                text += self.tr(" — há mais: refine a pesquisa ou aumente a quantidade")
        self.ui.countLabel.setText(text)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.last_error = text if error else ""
        if error and text:
            html = f"<img src=':/icons/status_bad.svg' width='14' height='14'>&nbsp;{_escape(text)}"
            self.ui.messageLabel.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;")
            self.ui.messageLabel.setText(html)
        else:
            self.ui.messageLabel.setStyleSheet("color: #52606d;")
            self.ui.messageLabel.setText(_escape(text))
        self.ui.messageLabel.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self._show_count()

    # -- selection and keyboard -----------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(self.model.record(current.row()) if current.isValid() else None)

    def _choose_index(self, index: QModelIndex) -> None:
        record = self.model.record(index.row()) if index.isValid() else None
        if record is not None:
            self.client_chosen.emit(dict(record))

    def choose_current(self) -> bool:
        record = self.selected
        if record is None:
            return False
        self.client_chosen.emit(dict(record))
        return True

    def _focus_results(self) -> bool:
        table = self.ui.resultsTable
        if self.model.rowCount() == 0:
            return False
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not table.currentIndex().isValid():
            table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers()
        if watched is self.ui.searchEdit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                return self._focus_results()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                params = (
                    self.ui.searchEdit.text().strip(),
                    self.field_key,
                    self.condition,
                    self.ui.limitSpin.value(),
                )
                if params == self._shown and self.selected is not None and not self.busy:
                    self.choose_current()  # the results on screen are for this text: Enter chooses
                else:
                    self.search_now()
                return True
            if key == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.clear()
                return True
        elif watched is self.ui.resultsTable:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.choose_current()
            if key == Qt.Key.Key_Up and self.ui.resultsTable.currentIndex().row() <= 0:
                self.focus_search()
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
            text = event.text()
            if (
                text
                and text.isprintable()
                and not text.isspace()
                and not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                # Typing on the results goes on typing in the box.
                edit = self.ui.searchEdit
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                edit.end(False)
                edit.insert(text)
                self._edited(edit.text())
                return True
        return super().eventFilter(watched, event)


_HTML = re.compile(r"[&<>]")


def _escape(text: str) -> str:
    return _HTML.sub(lambda m: {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[m.group()], text)
