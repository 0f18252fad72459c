"""The agenda's grid, Qt-free: which cell holds which O.S. block and which cells are free.

Day view: one column per technician, one row per 30 minutes (slots.DAY_START..DAY_END); an O.S. is
a block spanning its rows. Week view: one column per technician, one row per day; a cell lists the
day's O.S. of that technician. Drag and drop turn into a PATCH body (move or resize).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import slots


@dataclass
class Block:
    order: dict
    row: int
    span: int

    @property
    def id(self) -> int:
        return int(self.order["id"])

    def text(self) -> str:
        o = self.order
        district = f" · {o['district']}" if o.get("district") else ""
        return (f"{o.get('start')}–{o.get('end')} {o.get('client_name') or ''}\n"
                f"{o.get('type_name') or ''}{district}\n{o.get('status_label') or ''}")


@dataclass
class DayGrid:
    day: date
    technicians: list[dict]
    blocks: dict[int, list[Block]] = field(default_factory=dict)  # column → blocks

    def block_at(self, row: int, column: int) -> Block | None:
        return next((b for b in self.blocks.get(column, []) if b.row <= row < b.row + b.span), None)

    def is_free(self, row: int, column: int) -> bool:
        start = slots.minutes_of_row(row)
        return self.block_at(row, column) is None and slots.WORK_START <= start < slots.WORK_END

    def column_of(self, technician_id: int) -> int | None:
        return next((i for i, t in enumerate(self.technicians) if t["id"] == technician_id), None)


def visible(order: dict) -> bool:
    return order.get("status_category") != "cancelled"


def day_grid(day: date, technicians: list[dict], orders: list[dict]) -> DayGrid:
    grid = DayGrid(day, technicians)
    for order in orders:
        if order.get("date") != day.isoformat() or not visible(order):
            continue
        column = grid.column_of(order["technician_id"])
        start, end = slots.parse_hhmm(order.get("start")), slots.parse_hhmm(order.get("end"))
        if column is None or start is None or end is None:
            continue
        first = slots.row_of(start)
        last = max(first, slots.row_of(max(start, end - 1)))
        grid.blocks.setdefault(column, []).append(Block(order, first, last - first + 1))
    for blocks in grid.blocks.values():
        blocks.sort(key=lambda b: b.row)
        # overlapping blocks (a supervisor's override) cannot share cells: later ones are shortened
        for before, after in itertools.pairwise(blocks):
            if after.row < before.row + before.span:
                after.span = max(1, after.row + after.span - (before.row + before.span))
                after.row = before.row + before.span
    return grid


def week_days(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def week_cells(days: list[date], technicians: list[dict], orders: list[dict]) -> dict[tuple[int, int], list[dict]]:
    """(row = day index, column = technician index) → that day's O.S. of that technician, by start."""
    rows = {d.isoformat(): i for i, d in enumerate(days)}
    columns = {t["id"]: i for i, t in enumerate(technicians)}
    cells: dict[tuple[int, int], list[dict]] = {}
    for order in sorted(orders, key=lambda o: (o.get("date"), o.get("start"))):
        if not visible(order) or order.get("date") not in rows or order["technician_id"] not in columns:
            continue
        cells.setdefault((rows[order["date"]], columns[order["technician_id"]]), []).append(order)
    return cells


def short_name(name: str | None) -> str:
    """First and last name: a week cell has room for one line per O.S."""
    parts = (name or "").split()
    return " ".join(parts[:1] + parts[-1:]) if len(parts) > 2 else " ".join(parts)


def week_cell_text(orders: list[dict]) -> str:
    busy = sum((slots.parse_hhmm(o["end"]) or 0) - (slots.parse_hhmm(o["start"]) or 0) for o in orders)
    free = max(0, slots.WORK_END - slots.WORK_START - busy)
    head = f"{len(orders)} O.S. · " if orders else ""
    head += f"livre {free // 60}h{free % 60:02d}" if free else "sem horário livre"
    lines = [f"{o['start']} {short_name(o.get('client_name'))} · {o.get('district') or '—'}" for o in orders]
    return "\n".join([head, *lines])


def week_cell_tooltip(orders: list[dict]) -> str:
    return "\n".join(f"{o['start']}–{o['end']} {o.get('client_name') or ''} · {o.get('district') or '—'} · "
                     f"{o.get('type_name') or ''} ({o.get('status_label') or ''})" for o in orders)


def drop_change(grid: DayGrid, block: Block, press_row: int, row: int, column: int) -> dict | None:
    """The PATCH body for a block dragged from `press_row` to (row, column): grabbed by the last row
    of a block of several rows and dropped in its column, a resize (the new end is the end of `row`);
    otherwise a move keeping the duration and the offset of the grab point. None: nothing changes."""
    o = block.order
    start, end = slots.parse_hhmm(o["start"]), slots.parse_hhmm(o["end"])
    resizing = block.span > 1 and press_row == block.row + block.span - 1  # its bottom edge
    if resizing and column == grid.column_of(o["technician_id"]):
        new_end = slots.minutes_of_row(row) + slots.STEP
        if new_end <= start or new_end == end:
            return None
        return {"duration_minutes": new_end - start}
    offset = slots.minutes_of_row(press_row) - slots.minutes_of_row(block.row)
    new_start = slots.minutes_of_row(row) - offset
    technician = grid.technicians[column]["id"]
    change = {}
    if new_start != start:
        change["start"] = slots.hhmm(max(0, new_start))
    if technician != o["technician_id"]:
        change["technician_id"] = technician
    return change or None
