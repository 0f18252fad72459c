"""Shared behaviour of the administration list windows: load in the background, fill a sortable
table with a count, show progress and errors in words."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from ..style import status_style


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

    def load_lists(self, requests: list[tuple[str, dict | None, str]]) -> None:
        from ..wizard.qt_util import alive

        self._error = ""
        self._pending = len(requests)
        self.ui.busyBar.show()
        show_status(self.ui.statusLabel, self.tr("carregando…"), "wait")
        for path, params, attr in requests:
            call = self.api.get(path, params=params, timeout=10)
            call.succeeded.connect(alive(self, lambda body, a=attr: self._arrived(a, body)))
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
