"""Admin unlock of a user throttled by wrong passwords (issue 15): `POST /users/{id}/unlock`."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, status

from ..domain import auth as auth_rules
from ..domain.roles import ADMIN
from ..models import User
from ..schemas.common import DbId, Schema
from .deps import SessionDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, prefix="/users", tags=["users"])


class UnlockOut(Schema):
    username: str
    cleared: int  # addresses whose failure count was forgotten


@router.post("/{user_id}/unlock", response_model=UnlockOut,
             responses={404: {"description": "Usuário não encontrado."}})
def unlock_user(user_id: DbId, session: SessionDep, admin: Annotated[User, require_roles(ADMIN)]):
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Usuário não encontrado.")
    cleared = auth_rules.unlock(session, user.username, by=f"admin {admin.username!r}")
    return UnlockOut(username=user.username, cleared=cleared)
