"""Variables in a script's texts: `{cliente.nome}`, `{plano}`, `{login}`, `{ip}`, `{protocolo}`.

The runner (client) fills them from the attendance and the server fills them again from the ticket
with the same rule, so the stored report holds the text exactly as the operator saw it. A value
that is not known (prospect without plan, IP not registered) leaves the variable visible, which
tells the operator to ask instead of reading out a blank. The desktop client has the same ~10 lines
in desk_client/scripts/variables.py (it cannot import the server).
"""
from __future__ import annotations

import re

VARIABLES = {
    "cliente.nome": "nome do cliente",
    "plano": "plano contratado",
    "login": "login PPPoE",
    "ip": "IP do plano",
    "protocolo": "protocolo do atendimento",
}
PATTERN = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


def unknown_variables(text: str) -> list[str]:
    return [name for name in PATTERN.findall(text or "") if name not in VARIABLES]


def fill(text: str | None, values: dict[str, str | None]) -> str:
    def one(match: re.Match) -> str:
        value = values.get(match.group(1))
        return str(value) if value not in (None, "") else match.group(0)
    return PATTERN.sub(one, text or "")
