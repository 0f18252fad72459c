"""SLA clocks in plain Python (domain/sla.py): pause, business hours, a holiday, a policy change."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_server.domain import sla

SP = ZoneInfo("America/Sao_Paulo")


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    """A São Paulo wall-clock time in December 2026, as aware UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=SP).astimezone(UTC)


ALWAYS = sla.Calendar(tz=SP)
OFFICE = sla.Calendar(tz=SP, hours=sla.parse_business_hours("seg-sex 08:00-18:00; sab 08:00-12:00"))


def test_around_the_clock_due_is_opening_plus_hours():
    figures = sla.compute(4, [sla.Segment("running", at(1, 9))], ALWAYS, at(1, 10))
    assert figures.due_at == at(1, 13) and figures.state == "ok"
    assert figures.used_seconds == 3600 and figures.paused_seconds == 0


def test_states_ok_warning_late():
    log = [sla.Segment("running", at(1, 9))]
    assert sla.compute(4, log, ALWAYS, at(1, 11)).state == "ok"
    assert sla.compute(4, log, ALWAYS, at(1, 12, 30)).state == "warning"  # 30 min of 4 h left
    assert sla.compute(4, log, ALWAYS, at(1, 13, 1)).state == "late"


def test_a_pause_moves_the_due_time_and_is_never_lost():
    log = [sla.Segment("running", at(1, 9), at(1, 10)), sla.Segment("paused", at(1, 10), at(1, 12)),
           sla.Segment("running", at(1, 12))]
    figures = sla.compute(4, log, ALWAYS, at(1, 13))
    assert figures.due_at == at(1, 15)  # 1 h used before the pause, 3 h left after 12:00
    assert figures.paused_seconds == 2 * 3600 and figures.used_seconds == 2 * 3600
    paused_now = sla.compute(4, log[:2] + [sla.Segment("paused", at(1, 12))], ALWAYS, at(1, 20))
    assert paused_now.state == "paused" and paused_now.paused_seconds == 10 * 3600
    assert paused_now.due_at == at(1, 23)  # as if it resumed now: 3 h left


def test_business_hours_stop_the_clock_at_night_and_on_sunday():
    # Saturday 11:00 with 4 h: 1 h on Saturday (till 12:00), Sunday closed, 3 h on Monday from 08:00.
    figures = sla.compute(4, [sla.Segment("running", at(5, 11))], OFFICE, at(5, 11, 30))
    assert figures.due_at == at(7, 11)
    parts = sla.intervals([sla.Segment("running", at(4, 17), at(7, 9))], OFFICE, at(7, 9))
    assert [p.state for p in parts] == ["running", "out_of_hours", "running", "out_of_hours", "running"]
    assert sum(p.seconds for p in parts if p.state == "running") == 3600 + 4 * 3600 + 3600


def test_a_holiday_is_closed_national_and_municipal():
    christmas = sla.Calendar(tz=SP, hours=OFFICE.hours, is_holiday=sla.holiday_checker(None, []))
    # Thursday 24/12 17:00 with 2 h: 1 h on the 24th, Christmas (Friday) closed, Saturday 08:00-09:00.
    assert sla.compute(2, [sla.Segment("running", at(24, 17))], christmas, at(24, 17)).due_at == at(26, 9)
    municipal = sla.Calendar(tz=SP, hours=OFFICE.hours, is_holiday=sla.holiday_checker("SP", [date(2026, 12, 8)]))
    # Monday 07/12 17:00 with 2 h: the 8th is the city's holiday, so it ends Wednesday 09:00.
    assert sla.compute(2, [sla.Segment("running", at(7, 17))], municipal, at(7, 17)).due_at == at(9, 9)


def test_a_policy_change_is_recomputed_from_the_same_log():
    log = [sla.Segment("running", at(1, 9), at(1, 10)), sla.Segment("paused", at(1, 10), at(1, 11)),
           sla.Segment("running", at(1, 11))]
    before = sla.compute(4, log, ALWAYS, at(1, 12))
    after_hours = sla.compute(8, log, ALWAYS, at(1, 12))  # the type's SLA went from 4 h to 8 h
    assert before.due_at == at(1, 14) and after_hours.due_at == at(1, 18)
    office = sla.compute(8, log, OFFICE, at(1, 12))  # business hours switched on: ends at 18:00 too
    assert office.due_at == at(1, 18) and office.paused_seconds == before.paused_seconds == 3600
    longer = sla.compute(12, log, OFFICE, at(1, 12))  # 11 h left at 11:00 → 7 h today, 4 h tomorrow
    assert longer.due_at == at(2, 12)


def test_closed_ticket_keeps_its_figures():
    log = [sla.Segment("running", at(1, 9), at(1, 11))]
    figures = sla.compute(4, log, ALWAYS, at(3, 9))
    assert figures.used_seconds == 7200 and figures.state == "ok" and figures.due_at == at(1, 13)
    late = sla.compute(1, log, ALWAYS, at(3, 9))
    assert late.state == "late"


def test_answer_clock_is_seven_calendar_days():
    assert sla.answer_due_at(at(1, 9)) == at(8, 9)


@pytest.mark.parametrize("text", ["seg-sex 8-18", "xyz 08:00-18:00", "seg 18:00-08:00"])
def test_bad_business_hours_are_refused(text):
    with pytest.raises(sla.InvalidBusinessHours):
        sla.parse_business_hours(text)


def test_business_hours_parse_and_midnight():
    hours = sla.parse_business_hours("sáb-dom 10:00-24:00")
    assert hours == {5: [(time(10), time.max)], 6: [(time(10), time.max)]}
    cal = sla.Calendar(tz=SP, hours=hours)
    assert cal.add(at(5, 23), 2 * 3600) == at(6, 11)
    assert sla.parse_business_hours("") == {}
    assert cal.add(at(5, 23), 0) == at(5, 23)
    assert timedelta(0) == sla.compute(1, [], ALWAYS, at(1, 9)).due_at - at(1, 10)


def test_warning_counts_business_time_left():
    """A quarter of the budget left in business time is a warning even when the due time is after a
    night: 4 h opened on Friday 14:30 end on Saturday 08:30, so at 17:45 only 45 business minutes
    are left (calendar time: almost 15 h)."""
    log = [sla.Segment("running", at(4, 14, 30))]
    assert sla.compute(4, log, OFFICE, at(4, 16)).state == "ok"
    figures = sla.compute(4, log, OFFICE, at(4, 17, 45))
    assert figures.due_at == at(5, 8, 30) and figures.state == "warning"
    assert OFFICE.business_seconds(at(4, 17, 45), figures.due_at) == 45 * 60
