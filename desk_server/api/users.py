from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from ..domain import auth as auth_rules
from ..domain.passwords import hash_password
from ..domain.roles import ADMIN
from ..models import Cargo, User
from ..schemas.common import ItemList
from ..schemas.users import UserCreate, UserOut, UserUpdate
from .deps import CurrentUser, SessionDep, require_roles

router = APIRouter(prefix="/users", tags=["users"])


def user_out(user: User) -> UserOut:
    return UserOut(id=user.id, username=user.username, name=user.name, email=user.email,
                   role=user.role, active=user.active, cargo_ids=sorted(c.id for c in user.cargos))


def _cargos(session, ids: list[int]) -> list[Cargo]:
    cargos = list(session.scalars(select(Cargo).where(Cargo.id.in_(ids)))) if ids else []
    if len(cargos) != len(set(ids)):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Cargo inexistente na lista de cargos.")
    return cargos


@router.get("", response_model=ItemList[UserOut])
def list_users(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    query = select(User).order_by(User.name)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return ItemList[UserOut](items=[user_out(u) for u in session.scalars(query)])


@router.get("/me", response_model=UserOut)
def me(user: CurrentUser):
    return user_out(user)


@router.get("/{user_id}", response_model=UserOut)
def get_user(user_id: int, session: SessionDep, _user: CurrentUser):
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Usuário não encontrado.")
    return user_out(user)


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
    return user_out(user)


@router.patch("/{user_id}", response_model=UserOut)
def update_user(user_id: int, body: UserUpdate, session: SessionDep,
                admin: Annotated[User, require_roles(ADMIN)]):
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Usuário não encontrado.")
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
    return user_out(user)
