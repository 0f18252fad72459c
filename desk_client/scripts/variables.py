"""Variables in script texts, filled from the attendance exactly as the server fills them from the
ticket (desk_server/domain/scripts/variables.py; the client cannot import the server)."""
from __future__ import annotations

import re

from ..ui.formats import format_protocol

VARIABLES = ("cliente.nome", "plano", "login", "ip", "protocolo")
PATTERN = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


def fill(text: str | None, values: dict[str, str | None]) -> str:
    def one(match: re.Match) -> str:
        value = values.get(match.group(1))
        return str(value) if value not in (None, "") else match.group(0)
    return PATTERN.sub(one, text or "")


def values_from_state(state) -> dict[str, str | None]:
    """{cliente.nome} is the client's (or prospect's) name; plan, login and IP come from the chosen
    subscription as registered, the protocol grouped for dictation."""
    sub = state.subscription or {}
    plan = sub.get("plan")
    return {"cliente.nome": state.subject_name or None,
            "plano": (plan.get("name") if isinstance(plan, dict) else plan) or None,
            "login": sub.get("login") or None,
            "ip": sub.get("ip") or None,
            "protocolo": format_protocol(state.protocol) or None}
