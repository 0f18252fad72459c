"""E-mail addresses typed by operators: checked here so the message names the address that is wrong."""
from __future__ import annotations

import re

from ..domain.errors import Invalid

_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")


def problem(address: str) -> str | None:
    if "@" not in address:
        return f"Endereço de e-mail inválido: {address!r} (falta o @)."
    if not _ADDRESS.match(address):
        return f"Endereço de e-mail inválido: {address!r}."
    return None


def cleaned(addresses: list[str], *, field: str) -> list[str]:
    """Trimmed, without empties and repeats (case-insensitive), each one valid."""
    out: list[str] = []
    for raw in addresses:
        address = raw.strip()
        if not address or address.lower() in (a.lower() for a in out):
            continue
        reason = problem(address)
        if reason:
            raise Invalid(f"{field}: {reason}")
        out.append(address)
    return out
