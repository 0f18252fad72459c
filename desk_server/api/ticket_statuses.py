"""The ticket-status catalogue and the municipal holidays of the SLA calendar (managers write)."""
from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy import select

from ..domain import holidays
from ..domain.roles import MANAGERS
from ..domain.rows import check_name_free, get_or_404
from ..models.workspace import TicketStatusDef
from ..schemas.common import ItemList
from ..schemas.workspace import (
    MunicipalHolidayIn,
    MunicipalHolidayOut,
    MunicipalHolidayUpdate,
    TicketStatusCreate,
    TicketStatusOut,
    TicketStatusUpdate,
)
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .routing import DeskRoute
from .tickets import Now

router = APIRouter(route_class=DeskRoute, tags=["workspace"])


def _check_name_free(session, name: str, except_id: int | None = None) -> None:
    check_name_free(session, TicketStatusDef, name, f"Já existe um status '{name}'.", except_id)


@router.get("/ticket-statuses", response_model=ItemList[TicketStatusOut])
def list_statuses(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    query = select(TicketStatusDef).order_by(TicketStatusDef.position, TicketStatusDef.id)
    if not include_inactive:
        query = query.where(TicketStatusDef.active.is_(True))
    return ItemList[TicketStatusOut](items=[TicketStatusOut.model_validate(r) for r in session.scalars(query)])


@router.post("/ticket-statuses", response_model=TicketStatusOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_status(body: TicketStatusCreate, session: SessionDep):
    _check_name_free(session, body.name)
    row = TicketStatusDef(**body.model_dump())
    session.add(row)
    session.commit()
    return TicketStatusOut.model_validate(row)


@router.patch("/ticket-statuses/{status_id}", response_model=TicketStatusOut, dependencies=[require_roles(*MANAGERS)])
def update_status(status_id: int, body: TicketStatusUpdate, session: SessionDep):
    row = get_or_404(session, TicketStatusDef, status_id, "Status não encontrado.")
    given = body.model_dump(exclude_unset=True)
    if given.get("name"):
        _check_name_free(session, given["name"], except_id=row.id)
    for key, value in given.items():
        if value is not None:
            setattr(row, key, value)
    session.commit()
    return TicketStatusOut.model_validate(row)


@router.get("/municipal-holidays", response_model=ItemList[MunicipalHolidayOut])
def list_holidays(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    rows = holidays.listed(session, include_inactive=include_inactive)
    return ItemList[MunicipalHolidayOut](items=[MunicipalHolidayOut.model_validate(r) for r in rows])


@router.post("/municipal-holidays", response_model=MunicipalHolidayOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def add_holiday(body: MunicipalHolidayIn, session: SessionDep, settings: SettingsDep, now: Now):
    """A new holiday moves the due time of open tickets (recomputed from their logs)."""
    row = holidays.add(session, settings, now, **body.model_dump())
    session.commit()
    return MunicipalHolidayOut.model_validate(row)


@router.patch("/municipal-holidays/{holiday_id}", response_model=MunicipalHolidayOut,
              dependencies=[require_roles(*MANAGERS)])
def update_holiday(holiday_id: int, body: MunicipalHolidayUpdate, session: SessionDep, settings: SettingsDep,
                   now: Now):
    """Moved, renamed or (de)activated, never deleted: the open tickets' due times follow."""
    row = holidays.update(session, settings, now, holiday_id, body.model_dump(exclude_unset=True))
    session.commit()
    return MunicipalHolidayOut.model_validate(row)
