"""The ISP's municipal holidays of the SLA calendar (national and state ones come from the `holidays`
package, domain/sla.py). Managers add, rename, move and deactivate them; none is ever deleted.

Whatever changes what the calendar sees (a new active holiday, a day moved, one switched on or off)
recomputes the due time of the open tickets from their SLA logs (sla_log.recompute_open); a rename
alone does not."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..models.workspace import MunicipalHoliday
from .errors import Conflict, NotFound
from .tickets import sla_log


def listed(session: Session, *, include_inactive: bool) -> list[MunicipalHoliday]:
    query = select(MunicipalHoliday).order_by(MunicipalHoliday.day)
    if not include_inactive:
        query = query.where(MunicipalHoliday.active.is_(True))
    return list(session.scalars(query))


def _check_day_free(session: Session, day: date, except_id: int | None = None) -> None:
    found = session.scalar(select(MunicipalHoliday.id).where(MunicipalHoliday.day == day))
    if found is not None and found != except_id:
        raise Conflict(f"Já existe um feriado em {day:%d/%m/%Y}.")


def _recompute(session: Session, settings: Settings, now: datetime) -> None:
    session.flush()
    sla_log.recompute_open(session, sla_log.calendar(session, settings), now)


def add(session: Session, settings: Settings, now: datetime, *, day: date, name: str,
        active: bool = True) -> MunicipalHoliday:
    _check_day_free(session, day)
    row = MunicipalHoliday(day=day, name=name, active=active)
    session.add(row)
    if active:
        _recompute(session, settings, now)
    else:
        session.flush()
    return row


def update(session: Session, settings: Settings, now: datetime, holiday_id: int, changes: dict) -> MunicipalHoliday:
    """`changes`: any of day, name, active (None values are ignored)."""
    row = session.get(MunicipalHoliday, holiday_id)
    if row is None:
        raise NotFound("Feriado não encontrado.")
    changes = {k: v for k, v in changes.items() if v is not None}
    if "day" in changes:
        _check_day_free(session, changes["day"], except_id=row.id)
    counted_before = (row.day, row.active)
    for key, value in changes.items():
        setattr(row, key, value)
    if (row.day, row.active) != counted_before and (row.active or counted_before[1]):
        _recompute(session, settings, now)
    else:
        session.flush()
    return row
