"""The ticket rules raise the shared domain errors (kept importable from here for the ticket code)."""
from __future__ import annotations

from ..errors import Conflict, DomainError, Forbidden, Invalid, NotFound, Unavailable

TicketRuleError = DomainError

__all__ = ["Conflict", "DomainError", "Forbidden", "Invalid", "NotFound", "TicketRuleError", "Unavailable"]
