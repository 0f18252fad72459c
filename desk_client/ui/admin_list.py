"""The administration list windows (cargos, ticket types; scripts, statuses, O.S. types and users are
coming): load their lists in the background, fill a sortable table with a count, open the edit
dialog on Enter / double click / Editar, show progress and errors in words.

`AdminListWindow` holds that behaviour; a window names its form, icon, table, columns and lists.
Texts stay in the subclasses (their class name is the translation context)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ..icons import icon
from ..style import status_style
from ..window_chrome import closable


def setup_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def fill_table(table: QTableWidget, rows: list[tuple[dict, list[str]]], select_id: int | None = None) -> None:
    """rows: (record, cell texts). The record rides on column 0 (UserRole)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (record, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record)
            if not record.get("active", True):
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    target = 0
    for r in range(table.rowCount()):
        if select_id is not None and table.item(r, 0).data(Qt.ItemDataRole.UserRole).get("id") == select_id:
            target = r
    if table.rowCount():
        table.selectRow(target)


def current_record(table: QTableWidget) -> dict | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def show_status(label: QLabel, text: str, kind: str = "") -> None:
    label.setText(text)
    label.setStyleSheet(status_style(kind) if kind else "")


class ListsLoader:
    """Mixin of the admin windows that need several lists before a record may be edited.

    The window provides `api`, `ui.busyBar`, `ui.statusLabel` and `_fill()`; each list lands
    in the attribute named for it.
    """

    _pending = 0
    _error = ""

    def load_lists(self, requests: list[tuple[Callable, dict | None, str]]) -> None:
        """Load again: a list still on its way from an earlier load is dropped (the latest call wins).
        Each request is (a desk_client.api function taking the client, its params, the attribute)."""
        from ..api import CallSlot

        slots = self.__dict__.setdefault("_list_slots", {})
        self._error = ""
        self._pending = len(requests)
        self.ui.busyBar.show()
        show_status(self.ui.statusLabel, self.tr("carregando…"), "wait")
        for request, params, attr in requests:
            slot = slots.get(attr) or slots.setdefault(attr, CallSlot(self.api, self))
            call = slot.run(request, params=params, timeout=10)
            call.succeeded.connect(lambda body, a=attr: self._arrived(a, body))
            call.failed.connect(self._failed)

    def _arrived(self, attr: str, body) -> None:
        setattr(self, attr, list((body or {}).get("items", [])))
        self._pending -= 1
        if self._pending <= 0:
            self.ui.busyBar.hide()
            show_status(self.ui.statusLabel, "")
        self._fill()

    @property
    def ready(self) -> bool:
        """Every list arrived: only then may a record be edited (the dialog needs them all)."""
        return self._pending <= 0 and not self._error

    def _failed(self, error) -> None:
        self._error = error.message
        self._pending -= 1
        self.ui.busyBar.hide()
        show_status(self.ui.statusLabel, error.message, "bad")


class AdminListWindow(ListsLoader, QWidget):
    """A list of records with Adicionar / Editar / Mostrar inativos / Atualizar.

    Subclasses set `form_class` (the generated Ui_ class; its form has addButton, editButton,
    inactiveCheck, refreshButton, closeBox, countLabel, busyBar and statusLabel), `icon_name` and
    `records_attr` (the list attribute that holds the records), then provide `table()`, `headers()`,
    `load()`, `_fill()` and `make_dialog(record)`; their `__init__` ends with `self.load()`.
    """

    form_class: type
    icon_name = ""
    records_attr = ""

    def __init__(self, api, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowIcon(icon(self.icon_name))
        self.api = api
        self.dialog = None
        self._pending = 0
        self._error = ""
        setup_table(self.table(), self.headers())
        self.ui.addButton.clicked.connect(lambda: self.edit(None))
        self.ui.editButton.clicked.connect(lambda: self.edit(current_record(self.table())))
        self.table().doubleClicked.connect(lambda _i: self.edit(current_record(self.table())))
        self.table().installEventFilter(self)
        self.ui.inactiveCheck.toggled.connect(lambda _on: self._fill())
        self.ui.refreshButton.clicked.connect(self.load)
        closable(self, self.ui.closeBox)

    def table(self) -> QTableWidget:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def make_dialog(self, record: dict | None):
        raise NotImplementedError

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.edit(current_record(self.table()))
            return True
        return super().eventFilter(watched, event)

    def show_rows(self, rows: list[tuple[dict, list[str]]], select_id: int | None, count_text: str) -> None:
        """Fill the table (keeping the selected record), the count, and what may be done now."""
        fill_table(self.table(), rows, select_id or (current_record(self.table()) or {}).get("id"))
        self.ui.countLabel.setText(count_text)
        self.ui.editButton.setEnabled(bool(rows) and self.ready)
        self.ui.addButton.setEnabled(self.ready)

    def edit(self, record: dict | None) -> None:
        if not self.ready:
            return
        dialog = self.make_dialog(record)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog

    def store(self, record: dict) -> None:
        """A saved record replaces its old version; the list stays in name order."""
        records = [r for r in getattr(self, self.records_attr) if r["id"] != record["id"]] + [record]
        setattr(self, self.records_attr, sorted(records, key=lambda r: r["name"].lower()))
        self._fill(select_id=record["id"])
