"""Idempotent creation for the wizard's follow-ups (O.S., tasks...): the same `Idempotency-Key` from the
same user answers the row already created (200) instead of a second one (201)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Header, Response, status
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=128,
                                              description="Chave única por pedido: repetir não cria outro")]


def create_once(session: Session, response: Response, key: str | None, make: Callable[[str | None], int],
                find: Callable[[str], object | None]) -> int:
    """Run `make(key)` and commit, unless `find(key)` already has the row; returns the row's id.

    A retry racing the first attempt hits the unique (user, key) constraint: then the winner's row
    is the answer."""
    key = (key or "").strip() or None
    if key is not None:
        existing = find(key)
        if existing is not None:
            response.status_code = status.HTTP_200_OK
            return existing.id
    try:
        row_id = make(key)
        session.commit()
        return row_id
    except IntegrityError:
        session.rollback()
        existing = find(key) if key is not None else None
        if existing is None:
            raise
        response.status_code = status.HTTP_200_OK
        return existing.id
