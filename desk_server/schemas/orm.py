"""Answers validated from ORM rows: `XOut.model_validate(row)` instead of a hand-written mapper.

A field named like the row's attribute is read as is; one read through a relation says so with
`related(...)` (its own name still works when an answer is built from a dict); a label or a format
derived from the answer's own fields is a `@computed_field` on the schema. What the route computes
from elsewhere (the time, other rows) goes on top: `XOut.from_row(row, late=..., viewers=...)`.
"""
from __future__ import annotations

from typing import Annotated, Any, Self

from pydantic import AliasPath, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticUndefined

from .common import Schema

_MISSING = object()
_SOURCES: dict[type, list[tuple[str, tuple[str, ...], tuple[str | int, ...] | None]]] = {}


def _walk(row: Any, path: tuple[str | int, ...]) -> Any:
    """The value at the end of a relation path, or _MISSING when a step is absent (an empty relation)."""
    value = row
    for step in path:
        if value is None:
            return _MISSING
        value = value[step] if isinstance(step, int) else getattr(value, step, _MISSING)
        if value is _MISSING:
            return _MISSING
    return value


def _sources(cls: type) -> list[tuple[str, tuple[str, ...], tuple[str | int, ...] | None]]:
    """Per field: its name, the names it is read by (alias first) and its relation path, if any."""
    found = _SOURCES.get(cls)
    if found is None:
        found = []
        for name, info in cls.model_fields.items():
            alias = info.validation_alias
            path = tuple(alias.path) if isinstance(alias, AliasPath) else None
            names = (alias, name) if isinstance(alias, str) and alias != name else (name,)
            found.append((name, names, path))
        _SOURCES[cls] = found
    return found


class OrmOut(Schema):
    model_config = ConfigDict(from_attributes=True, validate_by_name=True, validate_by_alias=True)

    @classmethod
    def from_row(cls, row: Any, /, **computed: Any) -> Self:
        """The answer validated from the row's attributes, with the values the route computed on top:
        a computed value wins over the row's attribute of the same name (a `related(...)` field reads
        its path first). Built as a dict of the fields (pydantic reads a dict in its own code; an
        object standing in front of the row cost a Python call per attribute: twice the time of a
        page of tickets)."""
        if not computed:
            return cls.model_validate(row)
        data: dict[str, Any] = {}
        for name, names, path in _sources(cls):
            if path is not None:
                value = _walk(row, path)
                if value is not _MISSING:
                    data[name] = value
                    continue
            for key in names:
                value = computed[key] if key in computed else getattr(row, key, _MISSING)
                if value is not _MISSING:
                    data[name] = value
                    break
        return cls.model_validate(data, from_attributes=True)


def related(*path: str | int, default: Any = PydanticUndefined) -> Any:
    """A field read through a relation of the row, e.g. `related("default_user", "name", default=None)`
    (an empty relation gives the default)."""
    return Field(default, validation_alias=AliasPath(*path))


def _ids(rows: Any) -> Any:
    return [r if isinstance(r, int) else r.id for r in rows] if isinstance(rows, list | tuple | set) else rows


def _sorted_ids(rows: Any) -> Any:
    ids = _ids(rows)
    return sorted(ids) if isinstance(ids, list) else ids


def _names(rows: Any) -> Any:
    return [r if isinstance(r, str) else r.name for r in rows] if isinstance(rows, list | tuple | set) else rows


# The ids / names of related rows (a list of rows or already the values), e.g.
# `cargo_ids: SortedIds = Field(default_factory=list, validation_alias="cargos")`.
Ids = Annotated[list[int], BeforeValidator(_ids)]
SortedIds = Annotated[list[int], BeforeValidator(_sorted_ids)]
Names = Annotated[list[str], BeforeValidator(_names)]
