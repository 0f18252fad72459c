from __future__ import annotations

from fastapi import APIRouter, status

from ..domain.roles import MANAGERS
from ..domain.rows import catalogue, check_name_free, get_or_404, rows_by_ids
from ..models import Cargo, User
from ..schemas.common import ItemList
from ..schemas.users import CargoCreate, CargoOut, CargoUpdate
from .deps import CurrentUser, SessionDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, prefix="/cargos", tags=["cargos"])


def _members(session, ids: list[int]) -> list[User]:
    return rows_by_ids(session, User, ids, "Usuário inexistente na lista de membros.")


@router.get("", response_model=ItemList[CargoOut])
def list_cargos(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[CargoOut](items=[CargoOut.model_validate(c) for c in
                                     catalogue(session, Cargo, include_inactive=include_inactive)])


def _cargo(session, cargo_id: int) -> Cargo:
    return get_or_404(session, Cargo, cargo_id, "Cargo não encontrado.")


def _check_name_free(session, name: str, except_id: int | None = None) -> None:
    check_name_free(session, Cargo, name, f"Já existe um cargo '{name}'.", except_id)


@router.get("/{cargo_id}", response_model=CargoOut)
def get_cargo(cargo_id: int, session: SessionDep, _user: CurrentUser):
    return CargoOut.model_validate(_cargo(session, cargo_id))


@router.post("", response_model=CargoOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_cargo(body: CargoCreate, session: SessionDep):
    _check_name_free(session, body.name)
    cargo = Cargo(name=body.name, description=body.description, members=_members(session, body.member_ids))
    session.add(cargo)
    session.commit()
    return CargoOut.model_validate(cargo)


@router.patch("/{cargo_id}", response_model=CargoOut, dependencies=[require_roles(*MANAGERS)])
def update_cargo(cargo_id: int, body: CargoUpdate, session: SessionDep):
    cargo = _cargo(session, cargo_id)
    if body.name is not None and body.name != cargo.name:
        _check_name_free(session, body.name, except_id=cargo.id)
        cargo.name = body.name
    if body.description is not None:
        cargo.description = body.description
    if body.active is not None:
        cargo.active = body.active
    if body.member_ids is not None:
        cargo.members = _members(session, body.member_ids)
    session.commit()
    return CargoOut.model_validate(cargo)
