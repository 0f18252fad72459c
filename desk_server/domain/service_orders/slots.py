"""Slots of a technician's day, in plain Python (no database, no HTTP).

A slot is [start, end) in minutes after local midnight (server time zone): an O.S. never crosses
midnight. Two slots touching (09:00–10:00 and 10:00–11:00) do not overlap; one shared minute does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

DAY_MINUTES = 24 * 60
# Working hours the free slots are offered in (the agenda shows the whole day, but nobody is sent
# to a customer at 03:00).
WORK_START = 8 * 60
WORK_END = 18 * 60
# Offered starts fall on this grid, so a supervisor reads "10:30", not "10:37".
GRID = 15
MAX_DURATION = 12 * 60

# [0-9], not \d: \d and int() also take "０８:３０", "٠٨:٣٠" and "०८:३०" (issue 15).
_HHMM = re.compile(r"^([0-9]{1,2}):([0-9]{2})$")


class BadTime(ValueError):
    """A start or a duration a person typed wrong; the message is Portuguese and says what to type."""


def parse_hhmm(text: str) -> int:
    """"08:30" → 510. "25:00", "8h", "10:75" → BadTime."""
    match = _HHMM.match((text or "").strip())
    if not match:
        raise BadTime(f"Início '{text}' inválido: use HH:MM (por exemplo 08:30).")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise BadTime(f"Início '{text}' inválido: a hora vai de 00:00 a 23:59.")
    return hours * 60 + minutes


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def check_duration(start: int, duration: int) -> None:
    if duration <= 0:
        raise BadTime(f"Duração inválida ({duration} min): informe um número positivo de minutos.")
    if duration > MAX_DURATION:
        raise BadTime(f"Duração de {duration} min passa do limite de {MAX_DURATION // 60} horas.")
    if start + duration > DAY_MINUTES:
        raise BadTime(f"A O.S. começando às {format_hhmm(start)} com {duration} min passaria da meia-noite: "
                      "divida-a em duas ou comece mais cedo.")


@dataclass(frozen=True)
class Slot:
    day: date
    start: int
    end: int

    def overlaps(self, other: Slot) -> bool:
        return self.day == other.day and self.start < other.end and other.start < self.end

    def as_dict(self) -> dict:
        return {"date": self.day.isoformat(), "start": format_hhmm(self.start), "end": format_hhmm(self.end)}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open intervals: touching is fine, one common minute is not."""
    return a_start < b_end and b_start < a_end


def gaps(busy: list[tuple[int, int]], lo: int = WORK_START, hi: int = WORK_END) -> list[tuple[int, int]]:
    """Free stretches of [lo, hi) around the busy intervals (which may overlap each other)."""
    free, cursor = [], lo
    for start, end in sorted(busy):
        if start > cursor:
            free.append((cursor, min(start, hi)))
        cursor = max(cursor, end)
        if cursor >= hi:
            break
    if cursor < hi:
        free.append((cursor, hi))
    return [(s, e) for s, e in free if e > s]


def _round_up(minutes: int) -> int:
    return -(-minutes // GRID) * GRID


def nearest_in_day(busy: list[tuple[int, int]], wanted: int, duration: int) -> list[tuple[int, int]]:
    """Free slots of `duration` nearest to `wanted`, nearest first: in each gap the start closest to
    `wanted`, then the back-to-back slots around it (a long free afternoon offers 13:00, 14:00...)."""
    found = []
    for lo, hi in gaps(busy):
        first, last = _round_up(lo), hi - duration
        if first > last:
            continue
        last -= (last - first) % GRID  # stay on the grid
        nearest = min(max(_round_up(wanted), first), last)
        for start in range(nearest, last + 1, duration):
            found.append((abs(start - wanted), start))
        for start in range(nearest - duration, first - 1, -duration):
            found.append((abs(start - wanted), start))
    return [(start, start + duration) for _, start in sorted(found)]


def nearest_free_slots(busy_by_day, day: date, wanted: int, duration: int, *, count: int = 3,
                       days_ahead: int = 7) -> list[Slot]:
    """The `count` free slots nearest to (day, wanted): that day first, then the following days
    from the start of the working hours. `busy_by_day(d)` returns the busy intervals of day d."""
    offered: list[Slot] = []
    for offset in range(days_ahead + 1):
        current = day + timedelta(days=offset)
        target = wanted if offset == 0 else WORK_START
        for start, end in nearest_in_day(busy_by_day(current), target, duration):
            offered.append(Slot(current, start, end))
            if len(offered) == count:
                return offered
    return offered


def free_stretches(busy: list[tuple[int, int]], day: date) -> list[Slot]:
    """The free stretches of one working day, for the agenda to draw."""
    return [Slot(day, s, e) for s, e in gaps(busy)]
