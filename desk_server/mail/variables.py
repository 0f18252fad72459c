"""Template variables: `{cliente.nome}`, `{protocolo}`, `{plano}`... filled from a ticket (or, in the
wizard before the ticket exists, from the ids chosen so far). A variable without a value, or one this
list does not know, is never sent as it is: render() reports it by name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from ..domain.protocols import format_protocol
from ..models import User
from ..models.clients import Client, Contact, Plan, Subscription
from ..models.tickets import TicketType

PATTERN = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")

# name → what it is (shown in the template editor)
VARIABLES: dict[str, str] = {
    "cliente.nome": "nome do cliente",
    "cliente.codigo": "código do cliente",
    "cliente.email": "e-mail do cliente",
    "contato.nome": "nome do contato",
    "protocolo": "protocolo (com traços)",
    "plano": "plano do cliente",
    "login": "login do plano",
    "tipo": "tipo de atendimento",
    "atendente": "nome de quem envia",
    "data": "data de hoje (dd/mm/aaaa)",
    "hora": "hora atual (hh:mm)",
}


@dataclass
class Rendered:
    text: str
    unresolved: list[str] = field(default_factory=list)  # names, in order of first appearance


def names_in(text: str) -> list[str]:
    seen: list[str] = []
    for name in PATTERN.findall(text or ""):
        if name not in seen:
            seen.append(name)
    return seen


def unknown_in(text: str) -> list[str]:
    return [n for n in names_in(text) if n not in VARIABLES]


def render(text: str, values: dict[str, str | None]) -> Rendered:
    missing: list[str] = []

    def fill(match: re.Match) -> str:
        value = values.get(match.group(1))
        if value in (None, ""):
            if match.group(1) not in missing:
                missing.append(match.group(1))
            return match.group(0)
        return str(value)
    return Rendered(PATTERN.sub(fill, text or ""), missing)


def describe_unresolved(names: list[str]) -> str:
    listed = ", ".join("{" + n + "}" for n in names)
    unknown = [n for n in names if n not in VARIABLES]
    if unknown and len(unknown) == len(names):
        return f"Variável desconhecida: {listed}. Corrija o texto (variáveis válidas: " + \
            ", ".join("{" + v + "}" for v in VARIABLES) + ")."
    word = "Variável sem valor" if len(names) == 1 else "Variáveis sem valor"
    return f"{word} neste atendimento: {listed}. Edite o texto ou complete os dados antes de enviar."


@dataclass
class Sources:
    protocol: str | None = None
    client_id: int | None = None
    subscription_id: int | None = None
    contact_id: int | None = None
    ticket_type_id: int | None = None


def values_for(session: Session, sources: Sources, user: User, now: datetime, tz) -> dict[str, str | None]:
    client = session.get(Client, sources.client_id) if sources.client_id else None
    subscription = session.get(Subscription, sources.subscription_id) if sources.subscription_id else None
    contact = session.get(Contact, sources.contact_id) if sources.contact_id else None
    plan = session.get(Plan, subscription.plan_id) if subscription is not None else None
    ticket_type = session.get(TicketType, sources.ticket_type_id) if sources.ticket_type_id else None
    local = now.astimezone(tz)
    return {
        "cliente.nome": client.name if client else None,
        "cliente.codigo": client.code if client else None,
        "cliente.email": client.email if client else None,
        "contato.nome": contact.name if contact else None,
        "protocolo": format_protocol(sources.protocol) if sources.protocol else None,
        "plano": plan.name if plan else None,
        "login": subscription.login if subscription else None,
        "tipo": ticket_type.name if ticket_type else None,
        "atendente": user.name,
        "data": local.strftime("%d/%m/%Y"),
        "hora": local.strftime("%H:%M"),
    }


def sources_of_ticket(ticket) -> Sources:
    return Sources(protocol=ticket.protocol, client_id=ticket.client_id, subscription_id=ticket.subscription_id,
                   contact_id=ticket.contact_id, ticket_type_id=ticket.ticket_type_id)
