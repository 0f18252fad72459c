"""Routers (MikroTik concentrators): the registry (admins), status, 'Testar conexão', and which
routing points point at which router. Sessions, traffic and disconnect are in router_sessions.py.

Router problems are data, not HTTP errors: a router that does not answer gives 200 with
`"reachable": false`, always within 15 s. HTTP errors are for our side: 404 unknown router, 409 a
duplicate name, 403 role, 422 bad input.
"""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import APIRouter, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Conflict, Invalid, NotFound
from ..domain.roles import ADMIN, MANAGERS
from ..models import utcnow
from ..models.clients import RoutingPoint
from ..models.routers import Router, RouterPollLease
from ..routeros import store
from ..routeros.commands import StatusInfo
from ..routeros.connection import RouterTarget
from ..routeros.crypto import encrypt_password
from ..routeros.errors import RouterError
from ..routeros.lookup import get_router
from ..routeros.service import RouterService, service_for
from ..schemas.common import ItemList
from ..schemas.routers import (
    DEFAULT_PORT,
    DEFAULT_SSL_PORT,
    RouterCreate,
    RouterOut,
    RouterStatusOut,
    RouterTestIn,
    RouterTestOut,
    RouterUpdate,
    RoutingPointOut,
    RoutingPointRouterIn,
)
from .deps import CurrentUser, SessionDep, require_roles
from .router_answers import current_status, router_out, routers_out
from .routing import DeskRoute


@asynccontextmanager
async def _lifespan(app):
    service_for(app.state)
    try:
        yield
    finally:
        service = getattr(app.state, "routeros", None)
        if service is not None:
            service.close()


router = APIRouter(route_class=DeskRoute, tags=["routers"], lifespan=_lifespan)


def _service(request: Request) -> RouterService:
    return service_for(request.app.state)


def _ensure_unique_name(session: Session, name: str, router_id: int | None = None) -> None:
    other = session.scalar(select(Router.id).where(Router.name == name))
    if other is not None and other != router_id:
        raise Conflict(f"Já existe um roteador chamado '{name}'.")


# -- registry -----------------------------------------------------------------------------------

@router.get("/routers", response_model=ItemList[RouterOut], dependencies=[require_roles(*MANAGERS)])
def list_routers(request: Request, session: SessionDep, include_inactive: bool = True):
    query = select(Router).order_by(Router.name)
    if not include_inactive:
        query = query.where(Router.active.is_(True))
    fresh = _service(request).rsettings.status_fresh_seconds
    return ItemList[RouterOut](items=routers_out(session, list(session.scalars(query)), fresh))


@router.post("/routers", response_model=RouterOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(ADMIN)])
def create_router(body: RouterCreate, request: Request, session: SessionDep):
    svc = _service(request)
    _ensure_unique_name(session, body.name)
    row = Router(name=body.name, host=body.host, port=body.port, use_ssl=body.use_ssl, username=body.username,
                 password_encrypted=encrypt_password(svc.secret, body.password), active=body.active)
    session.add(row)
    session.flush()
    session.add(RouterPollLease(router_id=row.id, polls=0))
    session.commit()
    return router_out(session, row, svc.rsettings.status_fresh_seconds)


@router.get("/routers/{router_id}", response_model=RouterOut, dependencies=[require_roles(*MANAGERS)])
def get_router_detail(router_id: int, request: Request, session: SessionDep):
    return router_out(session, get_router(session, router_id), _service(request).rsettings.status_fresh_seconds)


@router.patch("/routers/{router_id}", response_model=RouterOut, dependencies=[require_roles(ADMIN)])
def update_router(router_id: int, body: RouterUpdate, request: Request, session: SessionDep):
    svc = _service(request)
    row = get_router(session, router_id)
    if body.name is not None:
        _ensure_unique_name(session, body.name, row.id)
        row.name = body.name
    for field in ("host", "username", "active"):
        value = getattr(body, field)
        if value is not None:
            setattr(row, field, value)
    if body.use_ssl is not None and body.use_ssl != row.use_ssl:
        row.use_ssl = body.use_ssl
        if body.port is None and row.port in (DEFAULT_PORT, DEFAULT_SSL_PORT):
            row.port = DEFAULT_SSL_PORT if body.use_ssl else DEFAULT_PORT
    if body.port is not None:
        row.port = body.port
    if body.password is not None:
        row.password_encrypted = encrypt_password(svc.secret, body.password)
    session.commit()
    if not row.active:
        svc.pools.forget(row.id)
    return router_out(session, row, svc.rsettings.status_fresh_seconds)


# -- Testar conexão -----------------------------------------------------------------------------

@router.post("/routers/test", response_model=RouterTestOut, dependencies=[require_roles(ADMIN)])
def test_new_router(body: RouterTestIn, request: Request, session: SessionDep):
    """'Testar conexão' with the data typed in the form (before saving)."""
    svc = _service(request)
    password = body.password
    if password is None:
        if body.router_id is None:
            raise Invalid("Dados inválidos — password: obrigatório para testar um roteador novo")
        try:
            password = svc.target(get_router(session, body.router_id)).password
        except RouterError as error:
            return RouterTestOut(ok=False, error=error.message, error_code=error.code)
    port = body.port or (DEFAULT_SSL_PORT if body.use_ssl else DEFAULT_PORT)
    target = RouterTarget(id=body.router_id or 0, name=body.host, host=body.host, port=port,
                          username=body.username, password=password, use_ssl=body.use_ssl)
    return RouterTestOut(**svc.test(target))


@router.post("/routers/{router_id}/test", response_model=RouterTestOut, dependencies=[require_roles(*MANAGERS)])
def test_router(router_id: int, request: Request, session: SessionDep):
    """'Testar conexão': connects now (a fresh connection), answers identity/version/latency or the error."""
    svc = _service(request)
    row = get_router(session, router_id)
    try:
        target = svc.target(row)
    except RouterError as error:
        return RouterTestOut(ok=False, error=error.message, error_code=error.code)
    result = svc.test(target)
    if result["ok"]:
        info = StatusInfo(identity=result["identity"], version=result["version"], board_name=result["board_name"],
                          cpu_load=result["cpu_load"], router_uptime_seconds=None, sessions=result["sessions"],
                          latency_ms=result["latency_ms"])
        store.save_status(session, row.id, utcnow(), info=info, source="live")
    else:
        store.save_status(session, row.id, utcnow(), error=RouterError(result["error_code"]), source="live")
    session.commit()
    return RouterTestOut(**result)


@router.get("/routers/{router_id}/status", response_model=RouterStatusOut)
def router_status(router_id: int, request: Request, session: SessionDep, _user: CurrentUser,
                  refresh: bool = False):
    """The poller's record when fresh, otherwise checked now (bounded by the live deadline, < 15 s)."""
    svc = _service(request)
    row = get_router(session, router_id)
    fresh_seconds = svc.rsettings.status_fresh_seconds
    current = current_status(session, row, fresh_seconds)
    if current.fresh and not refresh:
        return current
    if not row.active:
        store.save_status(session, row.id, utcnow(), error=RouterError("inactive"), source="live")
    else:
        try:
            info = svc.live_status(svc.target(row))
            store.save_status(session, row.id, utcnow(), info=info, source="live")
        except RouterError as error:
            store.save_status(session, row.id, utcnow(), error=error, source="live")
    session.commit()
    return current_status(session, row, fresh_seconds)


# -- routing points → router ----------------------------------------------------------------------

@router.patch("/routing-points/{point_id}", response_model=RoutingPointOut, dependencies=[require_roles(ADMIN)])
def link_routing_point(point_id: int, body: RoutingPointRouterIn, session: SessionDep):
    """Points a routing point at a router (`{"router_id": null}` unlinks it)."""
    point = session.get(RoutingPoint, point_id)
    if point is None:
        raise NotFound("Ponto de roteamento não encontrado.")
    if body.router_id is not None and session.get(Router, body.router_id) is None:
        raise Invalid("Dados inválidos — router_id: roteador inexistente")
    point.router_id = body.router_id
    session.commit()
    return RoutingPointOut(id=point.id, name=point.name, network_id=point.network_id, router_id=point.router_id)
