"""Ticket types (mounted under /api/v1): GET/POST /ticket-types, GET/PATCH /ticket-types/{id}."""
from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Invalid
from ..domain.roles import MANAGERS
from ..domain.rows import check_name_free, get_or_404
from ..domain.scripts.publishing import check_default_script
from ..models import Cargo, User
from ..models.tickets import TicketType
from ..schemas.common import ItemList
from ..schemas.tickets import TicketTypeCreate, TicketTypeOut, TicketTypeUpdate
from .deps import CurrentUser, SessionDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["tickets"])


def _check_type_defaults(session: Session, user_id: int | None, cargo_id: int | None) -> None:
    if user_id is not None and session.get(User, user_id) is None:
        raise Invalid(f"Usuário {user_id} não existe.")
    if cargo_id is not None and session.get(Cargo, cargo_id) is None:
        raise Invalid(f"Cargo {cargo_id} não existe.")


def _check_name_free(session: Session, name: str, except_id: int | None = None) -> None:
    check_name_free(session, TicketType, name, f"Já existe um tipo de atendimento '{name}'.", except_id)


def _existing(session: Session, type_id: int) -> TicketType:
    return get_or_404(session, TicketType, type_id, "Tipo de atendimento não encontrado.")


@router.get("/ticket-types", response_model=ItemList[TicketTypeOut])
def list_ticket_types(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    query = select(TicketType).order_by(TicketType.name)
    if not include_inactive:
        query = query.where(TicketType.active.is_(True))
    return ItemList[TicketTypeOut](items=[TicketTypeOut.model_validate(t) for t in session.scalars(query).unique()])


@router.get("/ticket-types/{type_id}", response_model=TicketTypeOut)
def get_ticket_type(type_id: int, session: SessionDep, _user: CurrentUser):
    return TicketTypeOut.model_validate(_existing(session, type_id))


@router.post("/ticket-types", response_model=TicketTypeOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_ticket_type(body: TicketTypeCreate, session: SessionDep):
    _check_name_free(session, body.name)
    _check_type_defaults(session, body.default_user_id, body.default_cargo_id)
    check_default_script(session, body.default_script_id)
    tt = TicketType(**body.model_dump())
    session.add(tt)
    session.commit()
    return TicketTypeOut.model_validate(session.get(TicketType, tt.id))


@router.patch("/ticket-types/{type_id}", response_model=TicketTypeOut, dependencies=[require_roles(*MANAGERS)])
def update_ticket_type(type_id: int, body: TicketTypeUpdate, session: SessionDep):
    tt = _existing(session, type_id)
    given = body.model_fields_set
    if "name" in given and body.name is not None and body.name != tt.name:
        _check_name_free(session, body.name, except_id=tt.id)
        tt.name = body.name
    for field in ("sla_hours", "allows_linking", "active"):
        if field in given and getattr(body, field) is not None:
            setattr(tt, field, getattr(body, field))
    if "default_script_id" in given:
        check_default_script(session, body.default_script_id)
    for field in ("description", "default_script_id"):
        if field in given:
            setattr(tt, field, getattr(body, field))
    if "default_user_id" in given or "default_cargo_id" in given:
        _check_type_defaults(session, body.default_user_id, body.default_cargo_id)
        # Setting one default destination replaces the other.
        if body.default_user_id is not None:
            tt.default_user_id, tt.default_cargo_id = body.default_user_id, None
        elif body.default_cargo_id is not None:
            tt.default_user_id, tt.default_cargo_id = None, body.default_cargo_id
        else:
            if "default_user_id" in given:
                tt.default_user_id = None
            if "default_cargo_id" in given:
                tt.default_cargo_id = None
    session.commit()
    session.expire(tt)
    return TicketTypeOut.model_validate(session.get(TicketType, tt.id))
