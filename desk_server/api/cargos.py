from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from ..domain.roles import MANAGERS
from ..models import Cargo, User
from ..schemas.common import ItemList
from ..schemas.users import CargoCreate, CargoOut, CargoUpdate
from .deps import CurrentUser, SessionDep, require_roles

router = APIRouter(prefix="/cargos", tags=["cargos"])


def cargo_out(cargo: Cargo) -> CargoOut:
    return CargoOut(id=cargo.id, name=cargo.name, description=cargo.description, active=cargo.active,
                    member_ids=sorted(u.id for u in cargo.members))


def _members(session, ids: list[int]) -> list[User]:
    users = list(session.scalars(select(User).where(User.id.in_(ids)))) if ids else []
    if len(users) != len(set(ids)):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Usuário inexistente na lista de membros.")
    return users


@router.get("", response_model=ItemList[CargoOut])
def list_cargos(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    query = select(Cargo).order_by(Cargo.name)
    if not include_inactive:
        query = query.where(Cargo.active.is_(True))
    return ItemList[CargoOut](items=[cargo_out(c) for c in session.scalars(query)])


@router.get("/{cargo_id}", response_model=CargoOut)
def get_cargo(cargo_id: int, session: SessionDep, _user: CurrentUser):
    cargo = session.get(Cargo, cargo_id)
    if cargo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Cargo não encontrado.")
    return cargo_out(cargo)


@router.post("", response_model=CargoOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_cargo(body: CargoCreate, session: SessionDep):
    if session.scalar(select(Cargo.id).where(Cargo.name == body.name)):
        raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um cargo '{body.name}'.")
    cargo = Cargo(name=body.name, description=body.description, members=_members(session, body.member_ids))
    session.add(cargo)
    session.commit()
    return cargo_out(cargo)


@router.patch("/{cargo_id}", response_model=CargoOut, dependencies=[require_roles(*MANAGERS)])
def update_cargo(cargo_id: int, body: CargoUpdate, session: SessionDep):
    cargo = session.get(Cargo, cargo_id)
    if cargo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Cargo não encontrado.")
    if body.name is not None and body.name != cargo.name:
        if session.scalar(select(Cargo.id).where(Cargo.name == body.name)):
            raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um cargo '{body.name}'.")
        cargo.name = body.name
    if body.description is not None:
        cargo.description = body.description
    if body.active is not None:
        cargo.active = body.active
    if body.member_ids is not None:
        cargo.members = _members(session, body.member_ids)
    session.commit()
    return cargo_out(cargo)
