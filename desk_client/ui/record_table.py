"""One sortable table model for lists of API records (dicts), its columns and how the columns are
sized to their content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from ..clients.search_fields import text_sort_key
from ..icons import icon
from .status import STATUS_COLOURS, STATUS_ICONS


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
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].title  # the tooltip names a column made narrow
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


def keep_current_row(view: QTableView, model: RecordTableModel, key: str = "id") -> None:
    """A reload of the rows (set_rows) keeps the row the operator had chosen, found again by `key`,
    instead of leaving nothing selected under the keyboard (a periodic refresh used to swallow the
    next Abrir/Remover)."""
    chosen: list[Any] = []

    def remember() -> None:
        record = model.record(view.currentIndex().row()) if view.currentIndex().isValid() else None
        chosen[:] = [record.get(key)] if record and record.get(key) is not None else []

    def restore() -> None:
        if chosen:
            row = model.row_of(lambda r: r.get(key) == chosen[0])
            if row >= 0:
                view.selectRow(row)

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)


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


EMPTY_COLUMN_WIDTH = 56   # a column with nothing in it: its header is elided, its tooltip names it
SHRUNK_COLUMN_WIDTH = 110  # the least a column with content is squeezed to so the name fits
SORT_ARROW_ROOM = 22       # the header's sort indicator must not clip the title


def fit_columns(view: QTableView, maximum: int = 360) -> None:
    """Columns as wide as their content (capped) and their title, after the rows arrived; empty
    columns shrink and the stretched column (the name the operator reads first) is never the one
    that is cut: the others give way first (long cells have tooltips)."""
    header, model = view.horizontalHeader(), view.model()
    measured = measure_columns(view, model) if isinstance(model, RecordTableModel) else None
    if measured is None:
        view.resizeColumnsToContents()
    rows = model.rowCount()
    interactive = [s for s in range(header.count())
                   if header.sectionResizeMode(s) == QHeaderView.ResizeMode.Interactive and not header.isSectionHidden(s)]
    flexible = []
    for section in interactive:
        empty = (measured[section] == 0) if measured is not None else \
            not any(model.index(r, section).data() for r in range(rows))
        if rows and empty:
            header.resizeSection(section, EMPTY_COLUMN_WIDTH)
            continue
        if measured is not None:
            header.resizeSection(section, max(measured[section] + CELL_PADDING, header.sectionSizeHint(section)))
        width = max(header.sectionSize(section) + 12, header.sectionSizeHint(section) + SORT_ARROW_ROOM)
        header.resizeSection(section, min(width, maximum))
        flexible.append(section)
    stretched = [s for s in range(header.count()) if header.sectionResizeMode(s) == QHeaderView.ResizeMode.Stretch]
    if stretched and rows:
        need = measured[stretched[0]] + CELL_PADDING if measured is not None else view.sizeHintForColumn(stretched[0])
        _make_room(view, stretched[0], need + 12, flexible)


CELL_PADDING = 10  # the item view's margins around a cell's text, as its size hint counts them


def measure_columns(view: QTableView, model: RecordTableModel) -> list[int]:
    """Each column's widest cell in pixels (0: nothing in it), read from the records with font
    metrics: asking the view for every cell's size hint took ~75 ms for 50 tickets, a visible stall
    of the GUI thread each time a list arrived."""
    plain = view.fontMetrics()
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    icon_room = view.iconSize().width() if view.iconSize().isValid() else 0
    icon_room = (icon_room or view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)) + 4
    widths = []
    for column in model.columns:
        widest = 0
        for record in model.rows:
            text = column.text(record) or ""
            kind = column.status(record) if column.status is not None else None
            width = (bold if kind in STATUS_COLOURS else plain).horizontalAdvance(text) if text else 0
            if kind in STATUS_ICONS and column.status_icon:
                width += icon_room
            widest = max(widest, width)
        widths.append(widest)
    return widths


def _make_room(view: QTableView, name_column: int, need: int, flexible: list[int]) -> None:
    header = view.horizontalHeader()
    others = sum(header.sectionSize(s) for s in range(header.count())
                 if s != name_column and not header.isSectionHidden(s))
    excess = need + others - view.viewport().width()
    while excess > 0:
        widest = max(flexible, key=header.sectionSize, default=None)
        if widest is None or header.sectionSize(widest) <= SHRUNK_COLUMN_WIDTH:
            break
        cut = min(excess, header.sectionSize(widest) - SHRUNK_COLUMN_WIDTH)
        header.resizeSection(widest, header.sectionSize(widest) - cut)
        excess -= cut
