"""Service orders (O.S.), their types and statuses, the agenda's reads.

  GET/POST /service-order-types, PATCH /service-order-types/{id}     (writes: managers)
  GET  /service-order-statuses
  POST /tickets/{id}/service-orders (Idempotency-Key), GET /tickets/{id}/service-orders
  GET  /service-orders, GET /service-orders/free-slots, GET/PATCH /service-orders/{id}
  GET  /service-orders/{id}.pdf
Rules live in domain/service_orders; these routes parse, call and shape the answer.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from ..domain.errors import Forbidden, Invalid, NotFound
from ..domain.roles import MANAGERS, TECHNICIAN
from ..domain.rows import catalogue, check_name_free, get_or_404
from ..domain.service_orders import agenda, booking, changes, slots, statuses
from ..models import User
from ..models.service_orders import ServiceOrder, ServiceOrderType
from ..schemas.common import DbId, ItemList
from ..schemas.files import PDF_RESPONSES
from ..schemas.service_orders import (
    FreeSlotOut,
    ServiceOrderCreate,
    ServiceOrderOut,
    ServiceOrderStatusOut,
    ServiceOrderTypeIn,
    ServiceOrderTypeOut,
    ServiceOrderTypeUpdate,
    ServiceOrderUpdate,
    TechnicianDayOut,
)
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .idempotency import IdempotencyKey, create_once
from .routing import DeskRoute
from .tickets import ActionableTicket, Now

router = APIRouter(route_class=DeskRoute, tags=["service orders"])


# -- types and statuses -----------------------------------------------------------------------------

@router.get("/service-order-types", response_model=ItemList[ServiceOrderTypeOut])
def list_types(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[ServiceOrderTypeOut](items=catalogue(session, ServiceOrderType, include_inactive=include_inactive))


def _name_taken(session, name: str, except_id: int | None = None) -> None:
    check_name_free(session, ServiceOrderType, name, f"Já existe um tipo de O.S. '{name}'.", except_id)


@router.post("/service-order-types", response_model=ServiceOrderTypeOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_type(body: ServiceOrderTypeIn, session: SessionDep):
    _name_taken(session, body.name)
    so_type = ServiceOrderType(**body.model_dump())
    session.add(so_type)
    session.commit()
    return so_type


@router.patch("/service-order-types/{type_id}", response_model=ServiceOrderTypeOut,
              dependencies=[require_roles(*MANAGERS)])
def update_type(type_id: DbId, body: ServiceOrderTypeUpdate, session: SessionDep):
    so_type = get_or_404(session, ServiceOrderType, type_id, "Tipo de O.S. não encontrado.")
    if body.name is not None and body.name != so_type.name:
        _name_taken(session, body.name, so_type.id)
    for field in ("name", "default_minutes", "active"):
        if getattr(body, field) is not None:
            setattr(so_type, field, getattr(body, field))
    session.commit()
    return so_type


@router.get("/service-order-statuses", response_model=ItemList[ServiceOrderStatusOut])
def list_statuses(_user: CurrentUser):
    return ItemList[ServiceOrderStatusOut](items=[
        ServiceOrderStatusOut(code=s.code, label=s.label, category=s.category,
                              category_label=statuses.CATEGORIES[s.category], blocks_slot=s.blocks_slot)
        for s in statuses.STATUSES])


# -- service orders ---------------------------------------------------------------------------------

def order_out(row: agenda.AgendaRow) -> ServiceOrderOut:
    o = row.order
    joined = {name: value for name, value in vars(row).items() if name != "order"}  # protocol, names, address
    return ServiceOrderOut.from_row(o, **joined, start=slots.format_hhmm(o.start_minute),
                                    end=slots.format_hhmm(o.end_minute), duration_minutes=o.end_minute - o.start_minute)


def _one(session, order_id: int) -> ServiceOrderOut:
    rows = agenda.query_rows(session, agenda.AgendaFilter(order_id=order_id))
    if not rows:
        raise NotFound("O.S. não encontrada.")
    return order_out(rows[0])


def _today(settings, now: datetime) -> date:
    return now.astimezone(settings.tz).date()


@router.post("/tickets/{ticket_id}/service-orders", response_model=ServiceOrderOut,
             status_code=status.HTTP_201_CREATED)
def create_service_order(ticket: ActionableTicket, body: ServiceOrderCreate, response: Response,
                         session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
                         idempotency_key: IdempotencyKey = None):
    """Book an O.S. for the ticket. Overlap with another O.S. of the technician → 409 with `conflict`
    and `free_slots`; a supervisor may pass `override_reason`. `Idempotency-Key`: the same key again
    (same user) answers the O.S. already created, 200."""
    request = booking.Booking(
        technician_id=body.technician_id, type_id=body.type_id, day=body.date or _today(settings, now),
        start=body.start, duration=body.duration_minutes, description=body.description, status=body.status,
        override_reason=body.override_reason)

    def make(key):
        return booking.book(session, user, ticket, request, now=now, idempotency_key=key).id

    order_id = create_once(session, response, idempotency_key, make,
                           lambda key: booking.find_by_idempotency_key(session, user.id, key))
    return _one(session, order_id)


def _visible_order(order_id: DbId, session: SessionDep, user: CurrentUser) -> ServiceOrder:
    """The O.S. (locked for a change); 403 for a technician it does not belong to — a dependency, so
    the permission is checked before the body."""
    order = booking.get_order(session, order_id, lock=True)
    booking.ensure_can_see(user, order)
    return order


VisibleOrder = Annotated[ServiceOrder, Depends(_visible_order)]


@router.get("/tickets/{ticket_id}/service-orders", response_model=ItemList[ServiceOrderOut])
def ticket_service_orders(ticket_id: DbId, session: SessionDep, user: CurrentUser):
    flt = agenda.AgendaFilter(ticket_id=ticket_id, technician_id=user.id if user.role == TECHNICIAN else None)
    return ItemList[ServiceOrderOut](items=[order_out(r) for r in agenda.query_rows(session, flt)])


def _status_list(text: str | None) -> list[str] | None:
    if not text:
        return None
    wanted = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in statuses.BY_CODE]
    if unknown:
        raise Invalid(f"status desconhecido: {', '.join(unknown)} (use {', '.join(statuses.CODES)})")
    return wanted


def _own_technician(user: User, technician_id: int | None) -> int | None:
    if user.role != TECHNICIAN:
        return technician_id
    if technician_id not in (None, user.id):
        raise Forbidden("Um técnico vê só a própria agenda.")
    return user.id


@router.get("/service-orders", response_model=ItemList[ServiceOrderOut])
def list_service_orders(session: SessionDep, user: CurrentUser,
                        technician_id: DbId | None = None, date_from: date | None = None,
                        date_to: date | None = None, ticket_id: DbId | None = None,
                        status_: Annotated[str | None, Query(alias="status", max_length=200)] = None):
    """The agenda: technicians see only their own O.S."""
    flt = agenda.AgendaFilter(technician_id=_own_technician(user, technician_id), date_from=date_from,
                              date_to=date_to, statuses=_status_list(status_), ticket_id=ticket_id)
    if flt.date_from and flt.date_to and (flt.date_to - flt.date_from).days > 62:
        raise Invalid("Período longo demais: no máximo 62 dias por consulta.")
    return ItemList[ServiceOrderOut](items=[order_out(r) for r in agenda.query_rows(session, flt)])


@router.get("/service-orders/free-slots", response_model=TechnicianDayOut)
def free_slots(session: SessionDep, user: CurrentUser, technician_id: DbId, day: Annotated[date, Query(alias="date")],
               duration_minutes: Annotated[int, Query(ge=1, le=slots.MAX_DURATION)] = 60,
               start: Annotated[str, Query(max_length=5)] = "08:00",
               exclude_id: DbId | None = None):
    """A technician's free stretches of one working day and the slots nearest to `start`."""
    _own_technician(user, technician_id)
    try:
        wanted = slots.parse_hhmm(start)
    except slots.BadTime as exc:
        raise Invalid(str(exc)) from None
    busy = booking.busy_intervals(session, technician_id, exclude_id)
    return TechnicianDayOut(
        technician_id=technician_id, date=day,
        free=[FreeSlotOut(**s.as_dict()) for s in slots.free_stretches(busy(day), day)],
        nearest=[FreeSlotOut(**s.as_dict()) for s in slots.nearest_free_slots(busy, day, wanted, duration_minutes)])


@router.get("/service-orders/{order_id}.pdf", response_class=Response,
            responses=PDF_RESPONSES)
def service_order_pdf(order_id: DbId, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now):
    from ..reports.service_order import render_service_order

    order = booking.get_order(session, order_id)
    booking.ensure_can_see(user, order)
    pdf = render_service_order(session, order, tz=settings.tz, now=now)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="os-{order_id}.pdf"'})


@router.get("/service-orders/{order_id}", response_model=ServiceOrderOut)
def get_service_order(order_id: DbId, session: SessionDep, user: CurrentUser):
    booking.ensure_can_see(user, booking.get_order(session, order_id))
    return _one(session, order_id)


@router.patch("/service-orders/{order_id}", response_model=ServiceOrderOut)
def update_service_order(order: VisibleOrder, body: ServiceOrderUpdate, session: SessionDep, user: CurrentUser,
                         now: Now):
    """Reschedule (date, start, duration, technician), change type, description or status; the same
    overlap rule as booking."""
    given = body.model_fields_set
    change = changes.Changes(
        day=body.date, start=body.start, duration=body.duration_minutes, technician_id=body.technician_id,
        type_id=body.type_id, status=body.status, description=body.description,
        description_given="description" in given, override_reason=body.override_reason, reason=body.reason)
    changes.apply(session, user, order, change, now=now)
    session.commit()
    return _one(session, order.id)
