"""Errors of the ticket rules; the API turns each into its HTTP status with the Portuguese message."""
from __future__ import annotations


class TicketRuleError(Exception):
    status_code = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Invalid(TicketRuleError):
    """Bad input that passed the schema (unknown id, ids that do not belong together...)."""

    status_code = 422


class NotFound(TicketRuleError):
    status_code = 404


class Conflict(TicketRuleError):
    """The request is fine but the state forbids it (second ticket on a protocol, closed ticket...)."""

    status_code = 409


class Forbidden(TicketRuleError):
    status_code = 403


class Unavailable(TicketRuleError):
    status_code = 503
