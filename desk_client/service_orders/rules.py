"""What the O.S. step of the wizard keeps and checks, Qt-free.

The step's data lives in `state.service_order` (shape: wizard/step_data.py ServiceOrderDraft):
technician, type, status, date, start, duration, description, the busy slots of the technician's day
as last loaded (`busy`), and the step's own Idempotency-Key, so the O.S. travels with the ticket through
the outbox and a retry never makes a second one.
"""
from __future__ import annotations

import uuid
from datetime import date

from ..api import service_orders
from ..wizard import step_data
from ..wizard.state import QT_TRANSLATE_NOOP, WizardState
from ..wizard.step_data import ServiceOrderDraft
from . import slots

KEY = "service_order"
PICK_TECHNICIAN = QT_TRANSLATE_NOOP("Wizard", "Escolha o técnico da O.S.")
PICK_TYPE = QT_TRANSLATE_NOOP("Wizard", "Escolha o tipo de O.S.")
BAD_START = QT_TRANSLATE_NOOP("Wizard", "Início inválido: use HH:MM, por exemplo 08:30.")
BAD_DURATION = QT_TRANSLATE_NOOP("Wizard", "Duração inválida: informe os minutos (maior que zero).")
BAD_DATE = QT_TRANSLATE_NOOP("Wizard", "Data inválida.")
OCCUPIED = QT_TRANSLATE_NOOP("Wizard", "Horário ocupado na agenda do técnico: escolha um horário livre.")
PAST_MIDNIGHT = QT_TRANSLATE_NOOP("Wizard", "A O.S. passaria da meia-noite: comece mais cedo.")


def requested(state: WizardState) -> bool:
    return step_data.requested(state, KEY)


def data(state: WizardState) -> ServiceOrderDraft:
    """The step's data, created with today's date, an hour's duration and its own key."""
    return defaults(state.service_order)


def defaults(found: dict) -> dict:
    found.setdefault("date", date.today().isoformat())
    found.setdefault("start", "")
    found.setdefault("duration_minutes", 60)
    found.setdefault("status", "scheduled")
    found.setdefault("description", "")
    found.setdefault("idempotency_key", str(uuid.uuid4()))
    return found


def slot_of(d: dict) -> tuple[int, int] | None:
    start, duration = slots.parse_hhmm(d.get("start")), d.get("duration_minutes")
    if start is None or not isinstance(duration, int) or duration <= 0:
        return None
    return start, start + duration


def validate(state: WizardState) -> list[str]:
    return check(data(state))


def check(d: dict) -> list[str]:
    """The messages (untranslated) that keep an O.S. from being sent."""
    d.setdefault("duration_minutes", 60)
    problems = []
    if not d.get("technician_id"):
        problems.append(PICK_TECHNICIAN)
    if not d.get("type_id"):
        problems.append(PICK_TYPE)
    try:
        date.fromisoformat(str(d.get("date")))
    except ValueError:
        problems.append(BAD_DATE)
    if slots.parse_hhmm(d.get("start")) is None:
        problems.append(BAD_START)
    if not isinstance(d.get("duration_minutes"), int) or d["duration_minutes"] <= 0:
        problems.append(BAD_DURATION)
    slot = slot_of(d)
    if slot and slot[1] > 24 * 60:
        problems.append(PAST_MIDNIGHT)
    elif slot and occupied_by(d):
        problems.append(OCCUPIED)
    return problems


def busy_list(d: dict) -> list[slots.Busy]:
    return [slots.Busy(*b) for b in d.get("busy", [])]


def occupied_by(d: dict) -> slots.Busy | None:
    """The O.S. in the way, from the technician's day as loaded for this technician and date."""
    slot = slot_of(d)
    if slot is None or d.get("busy_for") != [d.get("technician_id"), d.get("date")]:
        return None
    return slots.clash(busy_list(d), *slot)


def offered(d: dict) -> list[tuple[int, int]]:
    slot = slot_of(d)
    if slot is None:
        return []
    return slots.nearest_free(busy_list(d), slot[0], slot[1] - slot[0])


def body(d: dict) -> dict:
    return {"technician_id": d["technician_id"], "type_id": d["type_id"], "date": d["date"], "start": d["start"],
            "duration_minutes": d["duration_minutes"], "status": d.get("status") or "scheduled",
            "description": d.get("description") or None}


def follow_ups(state: WizardState) -> list[dict]:
    d = data(state)
    return [service_orders.create_later(body(d), d["idempotency_key"])]
