"""Who may do what (the server enforces these; the client only hides what a role cannot use)."""
from __future__ import annotations

OPERATOR, TECHNICIAN, SUPERVISOR, ADMIN = "operator", "technician", "supervisor", "admin"
ALL_ROLES = (OPERATOR, TECHNICIAN, SUPERVISOR, ADMIN)
STAFF = (OPERATOR, SUPERVISOR, ADMIN)  # act on any ticket of the shared queue
MANAGERS = (SUPERVISOR, ADMIN)  # edit scripts, ticket types, cargos, templates

ROLE_LABELS_PT = {
    OPERATOR: "Operador",
    TECHNICIAN: "Técnico",
    SUPERVISOR: "Supervisor",
    ADMIN: "Administrador",
}
