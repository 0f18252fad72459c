"""One family of domain errors. Rules raise these with a Portuguese message; api/errors.py maps each
class to its HTTP status, so no rule knows about HTTP and no route translates errors by hand.

`extra` carries structured detail for the answer (e.g. the O.S. in the way and the free slots of a
409): the answer's `detail` is then {"message": ..., **extra}.
"""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    def __init__(self, message: str, **extra: Any):
        super().__init__(message)
        self.message = message
        self.extra = extra


class Invalid(DomainError):
    """Bad input that passed the schema (unknown id, ids that do not belong together...)."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """The request is fine but the state forbids it (second ticket on a protocol, closed ticket...)."""


class Forbidden(DomainError):
    pass


class TooLarge(DomainError):
    pass


class Unavailable(DomainError):
    pass
