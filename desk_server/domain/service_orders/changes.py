"""Changing an O.S.: reschedule (day, start, duration, technician), type, description, status.

The same overlap rule as booking, with the (new) technician locked. A technician changes only their
own O.S. and cannot hand it to someone else. Each change is one history event of the ticket.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ...models import User
from ...models.service_orders import ServiceOrder
from ..errors import Conflict, Forbidden, Invalid
from ..roles import TECHNICIAN
from ..tickets.lifecycle import add_event
from . import slots, statuses
from .booking import (
    _override_note,
    _slot_text,
    active_type,
    check_override_allowed,
    check_slot,
    check_status,
    ensure_can_see,
    lock_technician,
)


@dataclass
class Changes:
    """Only the fields the request carried are not None (description: `description_given`)."""

    day: date | None = None
    start: int | None = None
    duration: int | None = None
    technician_id: int | None = None
    type_id: int | None = None
    status: str | None = None
    description: str | None = None
    description_given: bool = False
    override_reason: str | None = None
    reason: str | None = None


def apply(session: Session, user: User, order: ServiceOrder, changes: Changes, *, now: datetime) -> ServiceOrder:
    ensure_can_see(user, order)
    check_override_allowed(user, changes.override_reason)
    if user.role == TECHNICIAN and changes.technician_id not in (None, order.technician_id):
        raise Forbidden("Um técnico não pode passar a O.S. para outro técnico: peça ao supervisor.")
    old_status = statuses.get(order.status)
    new_status = check_status(changes.status) if changes.status is not None else old_status
    moving = any(v is not None for v in (changes.day, changes.start, changes.duration, changes.technician_id))
    if moving and old_status.finished and new_status.finished:
        raise Conflict(f"A O.S. nº {order.id} está {old_status.label.lower()}: não pode ser reagendada.")

    day = changes.day or order.day
    start = changes.start if changes.start is not None else order.start_minute
    duration = changes.duration if changes.duration is not None else order.end_minute - order.start_minute
    try:
        slots.check_duration(start, duration)
    except slots.BadTime as exc:
        raise Invalid(str(exc)) from None
    before = _slot_text(order)
    clash = None
    if (moving or not old_status.blocks_slot) and new_status.blocks_slot:
        technician = lock_technician(session, changes.technician_id or order.technician_id)
        clash = check_slot(session, user, technician, slots.Slot(day, start, start + duration),
                           override_reason=changes.override_reason, exclude_id=order.id)
        order.technician = technician
    order.day, order.start_minute, order.end_minute = day, start, start + duration
    if changes.type_id is not None:
        order.type = active_type(session, changes.type_id)
    if changes.description_given:
        order.description = changes.description
    order.status = new_status.code
    order.updated_at = now
    reason = f" Motivo: {changes.reason}." if changes.reason else ""
    after = _slot_text(order)
    if after != before:
        add_event(session, order.ticket, "service_order_rescheduled", user, now,
                  text=f"O.S. nº {order.id} reagendada: de {before} para {after}.{reason}"
                       + _override_note(clash, changes.override_reason),
                  data={"service_order_id": order.id, "from": before, "to": after,
                        "override": {"reason": changes.override_reason, "over_id": clash.id} if clash else None})
    if new_status is not old_status:
        add_event(session, order.ticket, "service_order_status", user, now,
                  text=f"O.S. nº {order.id}: {old_status.label} → {new_status.label}.{reason}",
                  data={"service_order_id": order.id, "from": old_status.code, "to": new_status.code})
    elif after == before and (changes.type_id is not None or changes.description_given):
        add_event(session, order.ticket, "service_order_updated", user, now,
                  text=f"O.S. nº {order.id} alterada (tipo {order.type.name}).{reason}",
                  data={"service_order_id": order.id})
    return order
