from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from ..domain import auth as auth_rules
from ..domain.passwords import hash_password
from ..domain.roles import ADMIN
from ..domain.rows import catalogue, get_or_404, rows_by_ids
from ..models import Cargo, User
from ..schemas.common import ItemList
from ..schemas.users import UserCreate, UserOut, UserUpdate
from .deps import CurrentUser, SessionDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, prefix="/users", tags=["users"])


def _cargos(session, ids: list[int]) -> list[Cargo]:
    return rows_by_ids(session, Cargo, ids, "Cargo inexistente na lista de cargos.")


@router.get("", response_model=ItemList[UserOut])
def list_users(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[UserOut](items=[UserOut.model_validate(u) for u in
                                    catalogue(session, User, include_inactive=include_inactive)])


@router.get("/me", response_model=UserOut)
async def me(user: CurrentUser):
    # async: the auth lookup loaded the user with its cargos, so there is no I/O left to do here
    return UserOut.model_validate(user)


def _user_row(session, user_id: int) -> User:
    return get_or_404(session, User, user_id, "Usuário não encontrado.")


@router.get("/{user_id}", response_model=UserOut)
def get_user(user_id: int, session: SessionDep, _user: CurrentUser):
    return UserOut.model_validate(_user_row(session, user_id))


@router.post("", response_model=UserOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(ADMIN)])
def create_user(body: UserCreate, session: SessionDep):
    username = auth_rules.normalise_username(body.username)
    if session.scalar(select(User.id).where(User.username == username)):
        raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um usuário '{username}'.")
    user = User(username=username, name=body.name, email=body.email, role=body.role,
                password_hash=hash_password(body.password), cargos=_cargos(session, body.cargo_ids))
    session.add(user)
    session.commit()
    return UserOut.model_validate(user)


@router.patch("/{user_id}", response_model=UserOut)
def update_user(user_id: int, body: UserUpdate, session: SessionDep,
                admin: Annotated[User, require_roles(ADMIN)]):
    user = _user_row(session, user_id)
    if user.id == admin.id and (body.active is False or (body.role and body.role != ADMIN)):
        raise HTTPException(status.HTTP_409_CONFLICT,
                            "Você não pode desativar nem rebaixar o próprio usuário administrador.")
    for field in ("name", "email", "role", "active"):
        value = getattr(body, field)
        if value is not None:
            setattr(user, field, value)
    if body.password is not None:
        user.password_hash = hash_password(body.password)
        auth_rules.revoke_all_for_user(session, user.id)
    if body.active is False:
        auth_rules.revoke_all_for_user(session, user.id)
    if body.cargo_ids is not None:
        user.cargos = _cargos(session, body.cargo_ids)
    session.commit()
    return UserOut.model_validate(user)
