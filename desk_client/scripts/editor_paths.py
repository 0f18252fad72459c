"""The editor's test-paths table: one row per path (name, answers joined by " → ", end node)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from .editor_model import paths_to_text


def fill_paths(table: QTableWidget, paths: list[dict]) -> None:
    table.setRowCount(0)
    for row, cells in enumerate(paths_to_text(paths)):
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnToContents(0)


def path_rows(table: QTableWidget) -> list[tuple[str, str, str]]:
    return [tuple((table.item(r, c).text() if table.item(r, c) else "") for c in range(3))
            for r in range(table.rowCount())]


def add_path_row(table: QTableWidget, name: str) -> None:
    table.insertRow(table.rowCount())
    table.setItem(table.rowCount() - 1, 0, QTableWidgetItem(name))
    table.editItem(table.item(table.rowCount() - 1, 0))
