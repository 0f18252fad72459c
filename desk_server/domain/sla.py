"""SLA clocks as plain Python: a log of intervals and the calendar they are measured against.

The database keeps, per ticket, the stretches of time it spent *running* or *paused* (waiting on the
customer). Business hours and holidays are applied here, when the figures are computed: a running
stretch is split into running (inside business hours) and out-of-hours intervals. Nothing derived is
stored as truth, so a change of policy (the type's SLA hours, business hours, a municipal holiday added)
is applied by computing again, and paused time is never lost by an edit (a known GLPI/osTicket bug).

The 7-day answer clock (Decreto 11.034/2022 art. 13) is calendar time from the opening.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

ANSWER_DAYS = 7
WARNING_FRACTION = 0.25  # "warning" once less than a quarter of the SLA budget is left
_DAYS = {"seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4, "sab": 5, "sáb": 5, "dom": 6,
         "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MAX_SEARCH_DAYS = 3 * 366  # a calendar with no open hour at all must not loop forever


@dataclass(frozen=True)
class Segment:
    state: str  # "running" | "paused"
    start: datetime
    end: datetime | None = None  # None: still going


@dataclass(frozen=True)
class Interval:
    state: str  # "running" | "paused" | "out_of_hours"
    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


class InvalidBusinessHours(ValueError):
    pass


def parse_business_hours(text: str) -> dict[int, list[tuple[time, time]]]:
    """"seg-sex 08:00-18:00; sab 08:00-12:00" → {weekday: [(open, close)]}. Empty text: {} (24×7)."""
    hours: dict[int, list[tuple[time, time]]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = re.fullmatch(r"(\w+)(?:-(\w+))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})", part.lower())
        if not match or match[1] not in _DAYS or (match[2] and match[2] not in _DAYS):
            raise InvalidBusinessHours(f"horário comercial inválido: {part!r} (ex.: 'seg-sex 08:00-18:00')")
        first, last = _DAYS[match[1]], _DAYS[match[2] or match[1]]
        opens, closes = time(int(match[3]), int(match[4])), _closing(int(match[5]), int(match[6]))
        if closes <= opens and closes != time.max:
            raise InvalidBusinessHours(f"horário comercial inválido: {part!r} (fecha antes de abrir)")
        day = first
        while True:
            hours.setdefault(day, []).append((opens, closes))
            if day == last:
                break
            day = (day + 1) % 7
    return hours


def _closing(hour: int, minute: int) -> time:
    return time.max if (hour, minute) == (24, 0) else time(hour, minute)


@dataclass(frozen=True)
class Calendar:
    """Business hours in the ISP's time zone; `hours` empty means open around the clock."""

    tz: ZoneInfo
    hours: dict[int, list[tuple[time, time]]] = field(default_factory=dict)
    is_holiday: Callable[[date], bool] = lambda _day: False

    @property
    def always_open(self) -> bool:
        return not self.hours

    def windows(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The open windows inside [start, end), in order."""
        if self.always_open:
            if start < end:
                yield start, end
            return
        day = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        while day <= last:
            yield from self._day_windows(day, start, end)
            day += timedelta(days=1)

    def _day_windows(self, day: date, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        if self.is_holiday(day):
            return
        for opens, closes in self.hours.get(day.weekday(), ()):
            a = datetime.combine(day, opens, self.tz).astimezone(UTC)
            b = (datetime.combine(day + timedelta(days=1), time.min, self.tz) if closes == time.max
                 else datetime.combine(day, closes, self.tz)).astimezone(UTC)
            a, b = max(a, start), min(b, end)
            if a < b:
                yield a, b

    def business_seconds(self, start: datetime, end: datetime) -> float:
        """Business time between two instants: what is left of an SLA is counted in it, so a ticket
        due on Monday at 08:30 is already near its end on Friday evening."""
        return sum((b - a).total_seconds() for a, b in self.windows(start, end))

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant at which `seconds` of business time have passed since `start`."""
        if self.always_open:
            return start + timedelta(seconds=seconds)
        left = seconds
        day = start.astimezone(self.tz).date()
        for _ in range(_MAX_SEARCH_DAYS):
            day_end = datetime.combine(day + timedelta(days=1), time.min, self.tz).astimezone(UTC)
            for a, b in self._day_windows(day, start, day_end):
                span = (b - a).total_seconds()
                if span >= left:
                    return a + timedelta(seconds=left)
                left -= span
            day += timedelta(days=1)
        raise InvalidBusinessHours("o calendário não tem horário comercial nos próximos anos")


def holiday_checker(state: str | None, municipal: Iterable[date]) -> Callable[[date], bool]:
    """National (and the state's) holidays from the `holidays` package plus the admin's municipal ones."""
    national = _national_holidays(state or None)
    extra = frozenset(municipal)
    return lambda day: day in extra or day in national


def load_holidays(state: str | None) -> None:
    """Load the holiday tables now (the server's start), not in the first request that needs them:
    under a burst that first import held every other request back by a few hundred ms."""
    _national_holidays(state or None)


@lru_cache(maxsize=32)
def _national_holidays(state: str | None):
    import holidays as holidays_pkg  # imported on first use: a few hundred ms of module loading

    return holidays_pkg.country_holidays("BR", subdiv=state)


def intervals(segments: Iterable[Segment], calendar: Calendar, now: datetime) -> list[Interval]:
    """The log split by the calendar: running time outside business hours becomes out_of_hours."""
    out: list[Interval] = []
    for seg in segments:
        end = seg.end or now
        if end <= seg.start:
            continue
        if seg.state == "paused":
            out.append(Interval("paused", seg.start, end))
            continue
        cursor = seg.start
        for a, b in calendar.windows(seg.start, end):
            if a > cursor:
                out.append(Interval("out_of_hours", cursor, a))
            out.append(Interval("running", a, b))
            cursor = b
        if cursor < end:
            out.append(Interval("out_of_hours", cursor, end))
    return out


@dataclass(frozen=True)
class SlaFigures:
    due_at: datetime
    state: str  # "ok" | "warning" | "late" | "paused"
    paused_seconds: int
    used_seconds: int
    budget_seconds: int


def compute(sla_hours: float, segments: list[Segment], calendar: Calendar, now: datetime) -> SlaFigures:
    """Due time and state of one ticket from its segment log.

    Running business time is spent from the budget; the due time is where the budget runs out if the
    clock keeps running from the last segment on (for a paused ticket: if it resumed now)."""
    budget = sla_hours * 3600
    parts = intervals(segments, calendar, now)
    used = sum(i.seconds for i in parts if i.state == "running")
    paused = sum(i.seconds for i in parts if i.state == "paused")
    due = _due(segments, calendar, budget, now)
    last = segments[-1] if segments else None
    closed = last is not None and last.end is not None
    if last is not None and last.state == "paused" and last.end is None:
        state = "paused" if used < budget else "late"
    elif used >= budget or (not closed and now >= due):
        state = "late"
    elif not closed and calendar.business_seconds(now, due) <= budget * WARNING_FRACTION:
        state = "warning"
    else:
        state = "ok"
    return SlaFigures(due_at=due, state=state, paused_seconds=int(paused), used_seconds=int(used),
                      budget_seconds=int(budget))


def _due(segments: list[Segment], calendar: Calendar, budget: float, now: datetime) -> datetime:
    spent = 0.0
    for seg in segments:
        if seg.state != "running":
            continue
        if seg.end is None:
            return calendar.add(seg.start, budget - spent)
        for a, b in calendar.windows(seg.start, seg.end):
            span = (b - a).total_seconds()
            if spent + span >= budget:
                return a + timedelta(seconds=budget - spent)
            spent += span
    last = segments[-1] if segments else None
    if last is None or last.end is None:  # paused now (or no log): as if the clock resumed now
        return calendar.add(now, budget - spent)
    return calendar.add(last.end, budget - spent)  # closed within the budget


def answer_due_at(opened_at: datetime) -> datetime:
    """Decreto 11.034/2022 art. 13: the consumer's demand is answered within 7 calendar days."""
    return opened_at + timedelta(days=ANSWER_DAYS)
