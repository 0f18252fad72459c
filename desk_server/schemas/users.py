from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import EmailStr, Field

from .common import Schema, clean

Role = Literal["operator", "technician", "supervisor", "admin"]
Username = clean(2, 64)


class UserOut(Schema):
    id: int
    username: str
    name: str
    email: str | None = None
    role: Role
    active: bool = True
    cargo_ids: list[int] = Field(default_factory=list)


class UserCreate(Schema):
    username: Username = Field(pattern=r"^[a-zA-Z0-9._-]+$")
    name: clean(1, 120)
    email: EmailStr | None = None
    role: Role
    password: str = Field(min_length=6, max_length=256)
    cargo_ids: list[int] = Field(default_factory=list)


class UserUpdate(Schema):
    name: clean(1, 120) | None = None
    email: EmailStr | None = None
    role: Role | None = None
    active: bool | None = None
    password: str | None = Field(default=None, min_length=6, max_length=256)
    cargo_ids: list[int] | None = None


class CargoOut(Schema):
    id: int
    name: str
    description: str | None = None
    active: bool = True
    member_ids: list[int] = Field(default_factory=list)


class CargoCreate(Schema):
    name: clean(2, 80)
    description: clean(0, 255) | None = None
    member_ids: list[int] = Field(default_factory=list)


class CargoUpdate(Schema):
    name: clean(2, 80) | None = None
    description: clean(0, 255) | None = None
    active: bool | None = None
    member_ids: list[int] | None = None


class LoginIn(Schema):
    username: clean(1, 64)
    password: str = Field(min_length=1, max_length=256)


class LoginOut(Schema):
    token: str
    expires_at: datetime
    user: UserOut
