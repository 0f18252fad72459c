from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")

# Text typed by people: trimmed, no NUL (PostgreSQL refuses it in text columns).
CleanStr = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^\x00]*$")]


def clean(min_length: int = 0, max_length: int | None = None):
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=min_length,
                                            max_length=max_length, pattern=r"^[^\x00]*$")]


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ItemList(Schema, Generic[T]):
    items: list[T]

# Primary keys are INTEGER columns: 32-bit on PostgreSQL (SQLite's rowid is wider, but one rule
# on both engines): an id outside that range is bad input (422), never an overflow deep in the
# driver nor a 404 on one engine and a 422 on the other. Path and query ids are checked by name
# for every route (api/id_params.py).
MAX_DB_ID = 2**31 - 1
DbId = Annotated[int, Field(ge=1, le=MAX_DB_ID)]


def _json_problem(value: Any, depth: int, max_depth: int, max_keys: int, max_text: int) -> str | None:
    if isinstance(value, str):
        return f"texto com {len(value)} caracteres (máximo {max_text})" if len(value) > max_text else None
    if isinstance(value, dict | list):
        if depth > max_depth:
            return f"aninhamento com mais de {max_depth} níveis"
        if len(value) > max_keys:
            what = "campos" if isinstance(value, dict) else "itens"
            return f"{len(value)} {what} num mesmo nível (máximo {max_keys})"
        items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
        for item in items:
            problem = _json_problem(item, depth + 1, max_depth, max_keys, max_text)
            if problem:
                return problem
    return None


def bounded_json(*, max_depth: int, max_keys: int, max_text: int) -> AfterValidator:
    """Bounds for a free JSON value stored as sent: nesting depth, keys of an object or items of a
    list at any level, characters of any text (keys included). Portuguese message, a 422."""
    def check(value):
        problem = _json_problem(value, 1, max_depth, max_keys, max_text)
        if problem:
            raise ValueError(f"JSON livre fora dos limites: {problem}")
        return value
    return AfterValidator(check)
