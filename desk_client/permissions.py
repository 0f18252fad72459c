"""Which role sees which capability in the client (the server enforces the same rules)."""
from __future__ import annotations

OPERATOR, TECHNICIAN, SUPERVISOR, ADMIN = "operator", "technician", "supervisor", "admin"
EVERYONE = frozenset({OPERATOR, TECHNICIAN, SUPERVISOR, ADMIN})

FEATURE_ROLES: dict[str, frozenset[str]] = {
    "new_ticket": frozenset({OPERATOR, SUPERVISOR, ADMIN}),
    "find_client": EVERYONE,
    "tickets": EVERYONE,
    "agenda": EVERYONE,
    "scripts": frozenset({SUPERVISOR, ADMIN}),
    "ticket_types": frozenset({SUPERVISOR, ADMIN}),
    "ticket_statuses": frozenset({SUPERVISOR, ADMIN}),
    "holidays": frozenset({SUPERVISOR, ADMIN}),
    "routers": frozenset({SUPERVISOR, ADMIN}),
    "users": frozenset({ADMIN}),
}

ROLE_LABELS = {
    OPERATOR: "Operador",
    TECHNICIAN: "Técnico",
    SUPERVISOR: "Supervisor",
    ADMIN: "Administrador",
}


def can_use(role: str, feature: str) -> bool:
    return role in FEATURE_ROLES.get(feature, frozenset())
