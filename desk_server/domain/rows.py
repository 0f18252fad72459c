"""Fetch rows by id or raise the domain's error with the caller's Portuguese message; check a name is
free; list a catalogue."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import Conflict, Invalid, NotFound

Row = TypeVar("Row")


def get_or_404(session: Session, model: type[Row], row_id: int, message: str,
               error: type[NotFound] = NotFound) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise error(message)
    return row


def check_name_free(session: Session, model: type[Row], name: str, message: str,
                    except_id: int | None = None) -> None:
    """Conflict (409) with the caller's message when another row of the model (not `except_id`, the
    one being renamed) already has this name."""
    query = select(model.id).where(model.name == name)
    if except_id is not None:
        query = query.where(model.id != except_id)
    if session.scalar(query) is not None:
        raise Conflict(message)


def active_or_invalid(session: Session, model: type[Row], row_id: int, missing: str, inactive: str) -> Row:
    """The row a request names (a type, a status...), which must exist and be active: Invalid (422)
    with `missing`, or with `inactive` where {name} stands for the row's name."""
    row = session.get(model, row_id)
    if row is None:
        raise Invalid(missing)
    if not row.active:
        raise Invalid(inactive.format(name=row.name))
    return row


def rows_by_ids(session: Session, model: type[Row], ids: list[int], message: str) -> list[Row]:
    """The rows with these ids (a repeated id counts once); Invalid (422) with the caller's message
    when one of them does not exist."""
    rows = list(session.scalars(select(model).where(model.id.in_(ids)))) if ids else []
    if len(rows) != len(set(ids)):
        raise Invalid(message)
    return rows


def catalogue(session: Session, model: type[Row], *, include_inactive: bool = False) -> list[Row]:
    """A named catalogue's rows (users, cargos...) by name; the inactive ones only when asked."""
    query = select(model).order_by(model.name)
    if not include_inactive:
        query = query.where(model.active.is_(True))
    return list(session.scalars(query))
