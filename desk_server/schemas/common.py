from __future__ import annotations

from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints

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
