"""Qt helpers shared by the client windows: money and dates through QLocale, status words with
colour and icon, and one sortable table model for lists of API records (dicts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from ..icons import icon
from ..style import BAD_RED, OK_GREEN, WAIT_AMBER, status_style
from .rules import to_decimal
from .search_fields import text_sort_key

STATUS_COLOURS = {"ok": OK_GREEN, "wait": WAIT_AMBER, "bad": BAD_RED}
STATUS_ICONS = {"ok": "status_ok", "wait": "status_wait", "bad": "status_bad"}
NEUTRAL = "#52606d"
CURRENCY_SYMBOL = "R$"


# --- values ----------------------------------------------------------------------------------------


def money(value: Any) -> str:
    """R$ 1.234,56 (the locale's grouping and decimals, always reais)."""
    return QLocale().toCurrencyString(float(to_decimal(value)), CURRENCY_SYMBOL).replace("\xa0", " ")


def parse_date(value: str | None) -> QDate:
    """ISO date or date-time from the API → QDate (invalid QDate when empty)."""
    if not value:
        return QDate()
    return QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate)


def show_date(value: str | QDate | None) -> str:
    """dd/mm/aaaa ('' when empty)."""
    day = value if isinstance(value, QDate) else parse_date(value)
    return day.toString("dd/MM/yyyy") if day.isValid() else ""


def show_datetime(value: str | None) -> str:
    """dd/mm/aaaa hh:mm in the operator's time zone ('' when empty)."""
    if not value:
        return ""
    moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm") if moment.isValid() else str(value)


def iso_date(day: QDate) -> str:
    return day.toString(Qt.DateFormat.ISODate)


# --- status words ----------------------------------------------------------------------------------


def set_status_label(label: QLabel, word: str, kind: str) -> None:
    """A status as icon + coloured word (never colour alone, DESIGN §9)."""
    name = STATUS_ICONS.get(kind)
    image = f"<img src=':/icons/{name}.svg' width='14' height='14'>&nbsp;" if name else ""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"{image}{word}")
    label.setStyleSheet(status_style(kind))
    label.setToolTip(word)


def banner_style(kind: str) -> str:
    colour = STATUS_COLOURS.get(kind, NEUTRAL)
    return f"background: {colour}; color: white; font-weight: 600; padding: 6px 10px; border-radius: 4px;"


# --- tables ----------------------------------------------------------------------------------------


@dataclass
class Column:
    """One column of a RecordTableModel.

    text: what the cell shows; sort: the ordering key (default: the text, case/accent-insensitive);
    status: colour kind (ok/wait/bad/neutral) of the cell, shown with its icon and in bold.
    """

    title: str
    text: Callable[[dict], str]
    sort: Callable[[dict], Any] | None = None
    status: Callable[[dict], str | None] | None = None
    align_right: bool = False
    tooltip: Callable[[dict], str] | None = None
    status_icon: bool = True  # False: colour and weight only (the word is in another column)


class RecordTableModel(QAbstractTableModel):
    """Rows are API dicts; columns say how to show and sort them. Sorting keeps the selection."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # -- content --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._sorted = None
        self.endResetModel()

    def record(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, predicate: Callable[[dict], bool]) -> int:
        return next((i for i, r in enumerate(self.rows) if predicate(r)), -1)

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else (column.text(record) or None)
        if role == self.RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column.status is not None:
            kind = column.status(record)
            if role == Qt.ItemDataRole.ForegroundRole and kind in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[kind]))
            if role == Qt.ItemDataRole.FontRole and kind in STATUS_COLOURS:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column.status_icon and kind in STATUS_ICONS:
                return icon(STATUS_ICONS[kind])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self.rows)
        self._sort_rows(column, order)
        self._sorted = (column, order)
        position = {id(r): i for i, r in enumerate(self.rows)}
        for index in self.persistentIndexList():
            new_row = position[id(old[index.row()])]
            self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort or (lambda r: text_sort_key(spec.text(r)))
        self.rows.sort(key=lambda r: _comparable(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)


def _comparable(value: Any) -> tuple:
    """Mixed/None keys never raise: None sorts first, then numbers, then the rest as text."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, int | float | Decimal):
        return (1, value, "")
    if isinstance(value, tuple):
        return (2, 0, value)
    return (3, 0, str(value))


def setup_table(view: QTableView, model: RecordTableModel, stretch_column: int | None = None) -> None:
    """Attach a model with interactive, sortable columns sized to their content."""
    view.setSortingEnabled(False)
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the server's order until a click
    view.setSortingEnabled(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicatorShown(True)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def fit_columns(view: QTableView, maximum: int = 360) -> None:
    """Columns as wide as their content (capped), after the rows arrived."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(section, min(header.sectionSize(section) + 12, maximum))
