"""The chosen end's outcome pre-fills Prim. Contato (ticket type with its default destination,
solution and "Atendimento Resolvido", "Pedir O.S."), remembering what was there before so that
Anterior can say what it will undo and undo exactly that. No Qt."""
from __future__ import annotations

from ..wizard.state import QT_TRANSLATE_NOOP

# Prim. Contato's option buttons turn steps on through state.options[key]: "Pedir O.S." is
# the "service_order" step's (desk_client/service_orders/rules.py: requested)
SERVICE_ORDER = "service_order"


def _options(state) -> dict:
    return state.options


def apply(state, outcome: dict | None, ticket_types: list[dict]) -> dict | None:
    """Fill the state from `outcome`; returns the undo record (None when nothing was filled)."""
    if not outcome:
        return None
    before = {"ticket_type": state.ticket_type, "destination": state.destination,
              "destination_from_type": state.destination_from_type, "resolved": state.resolved,
              "solution": state.solution, SERVICE_ORDER: state.options.get(SERVICE_ORDER)}
    changed: list[str] = []
    type_id = outcome.get("ticket_type_id")
    chosen = next((t for t in ticket_types if t.get("id") == type_id), None) if type_id else None
    if chosen is not None and state.ticket_type_id != type_id:
        state.apply_ticket_type(dict(chosen))
        changed.append("ticket_type")
    if outcome.get("resolve") and outcome.get("solution"):
        state.resolved, state.solution = True, outcome["solution"]
        changed.append("resolved")
    if outcome.get("service_order"):
        _options(state)[SERVICE_ORDER] = True
        changed.append("service_order")
    if not changed:
        return None
    return {"before": before, "changed": changed, "type_name": (chosen or {}).get("name")}


UNDO_LABELS = {
    "ticket_type": QT_TRANSLATE_NOOP("Scripts", "o tipo de atendimento “%s” (e o destino dele)"),
    "resolved": QT_TRANSLATE_NOOP("Scripts", "“Atendimento Resolvido” com a solução do script"),
    "service_order": QT_TRANSLATE_NOOP("Scripts", "o pedido de O.S."),
}


def describe(record: dict | None, tr=lambda text: text) -> list[str]:
    """What undoing `record` takes back, one line each (for the Anterior warning)."""
    if not record:
        return []
    lines = []
    for what in record["changed"]:
        text = tr(UNDO_LABELS[what])
        lines.append(text % (record.get("type_name") or "") if "%s" in text else text)
    return lines


def undo(state, record: dict | None) -> None:
    if not record:
        return
    before = record["before"]
    for what in record["changed"]:
        if what == "ticket_type":
            state.ticket_type = before["ticket_type"]
            state.destination = before["destination"]
            state.destination_from_type = before["destination_from_type"]
        elif what == "resolved":
            state.resolved, state.solution = before["resolved"], before["solution"]
        elif before.get(SERVICE_ORDER) is None:
            _options(state).pop(SERVICE_ORDER, None)
        else:
            _options(state)[SERVICE_ORDER] = before[SERVICE_ORDER]
