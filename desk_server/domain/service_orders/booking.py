"""Booking, rescheduling and status changes of O.S. against the database.

Every write locks the technician's user row first (FOR UPDATE on PostgreSQL; on SQLite the
transaction already holds the write lock from BEGIN IMMEDIATE), then reads that technician's day and
applies the overlap rule: two requests for one technician are serialised, so the rule holds under
any number of concurrent bookings. Each change adds a history event to the O.S.'s ticket; the caller
commits.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import User
from ...models.service_orders import ServiceOrder, ServiceOrderType
from ...models.tickets import OPEN_STATUSES, Ticket
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..protocols import format_protocol
from ..roles import MANAGERS, TECHNICIAN
from ..tickets.lifecycle import add_event
from . import slots, statuses


@dataclass
class Booking:
    """What POST /tickets/{id}/service-orders asks for (shape already checked by the schema)."""

    technician_id: int
    type_id: int
    day: date
    start: int  # minutes after midnight
    duration: int | None  # None: the type's default
    description: str | None = None
    status: str = statuses.DEFAULT
    override_reason: str | None = None


def _locked(session: Session, stmt):
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.scalar(stmt.execution_options(populate_existing=True))


def lock_technician(session: Session, technician_id: int) -> User:
    """The technician, with their row locked for the rest of the transaction (serialises bookings)."""
    user = _locked(session, select(User).where(User.id == technician_id))
    if user is None:
        raise Invalid(f"Técnico {technician_id} não existe.")
    if user.role != TECHNICIAN:
        raise Invalid(f"{user.name} não é técnico: escolha um usuário com o perfil Técnico.")
    if not user.active:
        raise Invalid(f"O técnico {user.name} está desativado.")
    return user


def active_type(session: Session, type_id: int) -> ServiceOrderType:
    so_type = session.get(ServiceOrderType, type_id)
    if so_type is None or not so_type.active:
        raise Invalid(f"Tipo de O.S. {type_id} não existe ou está desativado.")
    return so_type


def check_status(code: str) -> statuses.Status:
    if code not in statuses.BY_CODE:
        raise Invalid(f"Status de O.S. '{code}' desconhecido (use {', '.join(statuses.CODES)}).")
    return statuses.get(code)


def day_orders(session: Session, technician_id: int, day: date, exclude_id: int | None = None) -> list[ServiceOrder]:
    query = (select(ServiceOrder).where(ServiceOrder.technician_id == technician_id, ServiceOrder.day == day,
                                        ServiceOrder.status.in_(statuses.BLOCKING_CODES))
             .order_by(ServiceOrder.start_minute))
    if exclude_id is not None:
        query = query.where(ServiceOrder.id != exclude_id)
    return list(session.scalars(query))


def busy_intervals(session: Session, technician_id: int, exclude_id: int | None = None):
    def busy(day: date) -> list[tuple[int, int]]:
        return [(o.start_minute, o.end_minute) for o in day_orders(session, technician_id, day, exclude_id)]
    return busy


def describe(order: ServiceOrder) -> str:
    client = order.client.name if order.client is not None else "sem cliente"
    return (f"O.S. nº {order.id} (protocolo {format_protocol(order.ticket.protocol)}, {client}) "
            f"de {order.day:%d/%m/%Y}, {slots.format_hhmm(order.start_minute)}–{slots.format_hhmm(order.end_minute)}")


def _conflict_error(session: Session, technician: User, clash: ServiceOrder, wanted: slots.Slot,
                    exclude_id: int | None) -> Conflict:
    offered = slots.nearest_free_slots(busy_intervals(session, technician.id, exclude_id), wanted.day,
                                       wanted.start, wanted.end - wanted.start)
    text = ", ".join(f"{s.day:%d/%m} {slots.format_hhmm(s.start)}–{slots.format_hhmm(s.end)}" for s in offered)
    message = (f"Horário ocupado: {technician.name} já tem a {describe(clash)}."
               + (f" Horários livres mais próximos: {text}." if text else " Nenhum horário livre nos próximos dias."))
    return Conflict(message, conflict={
        "id": clash.id, "protocol": clash.ticket.protocol, "protocol_formatted": format_protocol(clash.ticket.protocol),
        "client_name": clash.client.name if clash.client is not None else None, "date": clash.day.isoformat(),
        "start": slots.format_hhmm(clash.start_minute), "end": slots.format_hhmm(clash.end_minute)},
        free_slots=[s.as_dict() for s in offered])


def check_slot(session: Session, user: User, technician: User, wanted: slots.Slot, *,
               override_reason: str | None, exclude_id: int | None = None) -> ServiceOrder | None:
    """None if the slot is free; the O.S. in the way if a manager overrides; otherwise Conflict."""
    clash = next((o for o in day_orders(session, technician.id, wanted.day, exclude_id)
                  if slots.overlaps(o.start_minute, o.end_minute, wanted.start, wanted.end)), None)
    if clash is None:
        return None
    if override_reason:
        return clash
    raise _conflict_error(session, technician, clash, wanted, exclude_id)


def check_override_allowed(user: User, override_reason: str | None) -> None:
    if override_reason and user.role not in MANAGERS:
        raise Forbidden("Só supervisores e administradores podem encaixar uma O.S. sobre outra.")


def _slot_text(order: ServiceOrder) -> str:
    return (f"{order.day:%d/%m/%Y} {slots.format_hhmm(order.start_minute)}–{slots.format_hhmm(order.end_minute)}"
            f" com {order.technician.name}")


def _override_note(clash: ServiceOrder | None, reason: str | None) -> str:
    return f" Encaixe sobre a {describe(clash)} autorizado: {reason}." if clash is not None else ""


def book(session: Session, user: User, ticket: Ticket, booking: Booking, *, now: datetime,
         idempotency_key: str | None = None) -> ServiceOrder:
    check_override_allowed(user, booking.override_reason)
    if user.role == TECHNICIAN and booking.technician_id != user.id:
        raise Forbidden("Um técnico só agenda O.S. para si mesmo.")
    if ticket.status not in OPEN_STATUSES:
        raise Conflict(f"O atendimento {format_protocol(ticket.protocol)} está encerrado: reabra-o para pedir uma O.S.")
    so_type = active_type(session, booking.type_id)
    status = check_status(booking.status)
    duration = booking.duration if booking.duration is not None else so_type.default_minutes
    try:
        slots.check_duration(booking.start, duration)
    except slots.BadTime as exc:
        raise Invalid(str(exc)) from None
    technician = lock_technician(session, booking.technician_id)
    wanted = slots.Slot(booking.day, booking.start, booking.start + duration)
    clash = check_slot(session, user, technician, wanted, override_reason=booking.override_reason) \
        if status.blocks_slot else None
    order = ServiceOrder(ticket=ticket, client_id=ticket.client_id, subscription_id=ticket.subscription_id,
                         technician=technician, type=so_type, status=status.code, day=booking.day,
                         start_minute=wanted.start, end_minute=wanted.end, description=booking.description,
                         created_by=user, idempotency_key=idempotency_key, created_at=now)
    session.add(order)
    session.flush()
    add_event(session, ticket, "service_order_created", user, now,
              text=f"O.S. nº {order.id} ({so_type.name}) agendada para {_slot_text(order)}."
                   + _override_note(clash, booking.override_reason),
              data={"service_order_id": order.id, "technician_id": technician.id, "date": booking.day.isoformat(),
                    "start": slots.format_hhmm(wanted.start), "end": slots.format_hhmm(wanted.end),
                    "status": status.code, "override": {"reason": booking.override_reason, "over_id": clash.id}
                    if clash is not None else None})
    return order


def find_by_idempotency_key(session: Session, user_id: int, key: str) -> ServiceOrder | None:
    return session.scalar(select(ServiceOrder).where(ServiceOrder.created_by_id == user_id,
                                                     ServiceOrder.idempotency_key == key))


def get_order(session: Session, order_id: int, *, lock: bool = False) -> ServiceOrder:
    stmt = select(ServiceOrder).where(ServiceOrder.id == order_id)
    order = _locked(session, stmt) if lock else session.scalar(stmt)
    if order is None:
        raise NotFound("O.S. não encontrada.")
    return order


def ensure_can_see(user: User, order: ServiceOrder) -> None:
    if user.role == TECHNICIAN and order.technician_id != user.id:
        raise Forbidden("Esta O.S. é de outro técnico: um técnico vê e atualiza só as suas.")
