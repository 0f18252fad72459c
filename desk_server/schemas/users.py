from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import EmailStr, Field, StringConstraints

from .common import DbId, Schema, clean
from .orm import OrmOut, SortedIds

Role = Literal["operator", "technician", "supervisor", "admin"]
# One Annotated type with the pattern inside: a Field(pattern=...) next to clean()'s own pattern
# was silently dropped ("bad name<script>\u0001" was accepted as a username).
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=64,
                                            pattern=r"^[a-zA-Z0-9._-]+$")]


class UserOut(OrmOut):
    id: int
    username: str
    name: str
    email: str | None = None
    role: Role
    active: bool = True
    cargo_ids: SortedIds = Field(default_factory=list, validation_alias="cargos")


class UserCreate(Schema):
    username: Username
    name: clean(1, 120)
    email: EmailStr | None = None
    role: Role
    password: str = Field(min_length=6, max_length=256)
    cargo_ids: list[DbId] = Field(default_factory=list, max_length=1000)


class UserUpdate(Schema):
    name: clean(1, 120) | None = None
    email: EmailStr | None = None
    role: Role | None = None
    active: bool | None = None
    password: str | None = Field(default=None, min_length=6, max_length=256)
    cargo_ids: list[DbId] | None = Field(default=None, max_length=1000)


class CargoOut(OrmOut):
    id: int
    name: str
    description: str | None = None
    active: bool = True
    member_ids: SortedIds = Field(default_factory=list, validation_alias="members")


class CargoCreate(Schema):
    name: clean(2, 80)
    description: clean(0, 255) | None = None
    member_ids: list[DbId] = Field(default_factory=list, max_length=10000)


class CargoUpdate(Schema):
    name: clean(2, 80) | None = None
    description: clean(0, 255) | None = None
    active: bool | None = None
    member_ids: list[DbId] | None = Field(default=None, max_length=10000)


class LoginIn(Schema):
    username: clean(1, 64)
    password: str = Field(min_length=1, max_length=256)


class LoginOut(Schema):
    token: str
    expires_at: datetime
    user: UserOut
