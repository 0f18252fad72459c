"""Check lists of the admin edit dialogs (a cargo's members, a user's cargos): ids ride on the items."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def fill_checklist(widget: QListWidget, records: list[dict], checked: set[int], label) -> None:
    """One checkable item per record; inactive records show only when already checked."""
    for record in records:
        if not record.get("active", True) and record["id"] not in checked:
            continue
        item = QListWidgetItem(label(record))
        item.setData(Qt.ItemDataRole.UserRole, record["id"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if record["id"] in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget: QListWidget, previous: list[int]) -> list[int]:
    """The checked ids; ids of `previous` that are not listed (not loaded) are kept, never dropped."""
    items = [widget.item(i) for i in range(widget.count())]
    listed = {item.data(Qt.ItemDataRole.UserRole) for item in items}
    kept = [i for i in previous if i not in listed]
    return sorted(kept + [item.data(Qt.ItemDataRole.UserRole) for item in items
                          if item.checkState() == Qt.CheckState.Checked])
