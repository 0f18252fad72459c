"""Slots of a technician's day on the client side, Qt-free (the server has the final word; this
only lets the wizard and the agenda say "occupied" before anything is sent).

Minutes after midnight, [start, end): touching slots do not overlap, one common minute does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DAY_START, DAY_END = 7 * 60, 20 * 60   # the agenda's visible hours
WORK_START, WORK_END = 8 * 60, 18 * 60  # where free slots are offered (as the server does)
STEP = 30                               # one agenda row
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_hhmm(text: str | None) -> int | None:
    """"08:30" → 510; None for anything that is not a time of day (the server answers why)."""
    match = _HHMM.match(text or "")
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Busy:
    """One O.S. in a technician's day, as the agenda lists it."""

    id: int
    start: int
    end: int
    label: str = ""


def busy_from_orders(orders: list[dict], *, blocking=lambda o: o.get("status_category") != "cancelled") -> list[Busy]:
    found = []
    for order in orders:
        start, end = parse_hhmm(order.get("start")), parse_hhmm(order.get("end"))
        if start is None or end is None or not blocking(order):
            continue
        label = f"protocolo {order.get('protocol_formatted') or order.get('protocol') or ''}, " \
                f"{order.get('client_name') or ''}"
        found.append(Busy(int(order["id"]), start, end if end > start else 24 * 60, label.strip()))
    return sorted(found, key=lambda b: (b.start, b.end))


def clash(busy: list[Busy], start: int, end: int, exclude_id: int | None = None) -> Busy | None:
    return next((b for b in busy if b.id != exclude_id and overlaps(b.start, b.end, start, end)), None)


def gaps(busy: list[Busy], lo: int = WORK_START, hi: int = WORK_END) -> list[tuple[int, int]]:
    free, cursor = [], lo
    for b in sorted(busy, key=lambda b: b.start):
        if b.start > cursor:
            free.append((cursor, min(b.start, hi)))
        cursor = max(cursor, b.end)
    if cursor < hi:
        free.append((cursor, hi))
    return [(s, e) for s, e in free if e > s]


def nearest_free(busy: list[Busy], wanted: int, duration: int, count: int = 3, grid: int = 15) -> list[tuple[int, int]]:
    """Free slots of `duration` nearest to `wanted` in the working hours of that day."""
    found = []
    for lo, hi in gaps(busy):
        first = -(-lo // grid) * grid
        last = hi - duration
        if first > last:
            continue
        last -= (last - first) % grid
        nearest = min(max(-(-wanted // grid) * grid, first), last)
        starts = list(range(nearest, last + 1, duration)) + list(range(nearest - duration, first - 1, -duration))
        found.extend((abs(s - wanted), s) for s in starts)
    return [(s, s + duration) for _, s in sorted(found)[:count]]


def row_of(minutes: int) -> int:
    """The agenda row (STEP minutes each) a time falls in."""
    return (max(DAY_START, min(minutes, DAY_END)) - DAY_START) // STEP


def rows() -> int:
    return (DAY_END - DAY_START) // STEP


def minutes_of_row(row: int) -> int:
    return DAY_START + row * STEP
