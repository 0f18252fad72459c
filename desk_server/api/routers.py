"""Routers (MikroTik concentrators): registry, status, live PPPoE sessions, disconnect, traffic.

Router problems are data, not HTTP errors: a router that does not answer gives 200 with
`"reachable": false` (status) or `"online": null` + `"router_error": {"code", "message"}` (sessions,
connection), always within 15 s. HTTP errors are for our side: 404 unknown router/subscription,
409 a subscription without login/routing point/router, 403 role, 422 bad input. Only a disconnect that
cannot reach the router answers 503 (the action did not happen).
"""
from __future__ import annotations

import json
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..domain.roles import ADMIN, MANAGERS, OPERATOR, SUPERVISOR
from ..models import User, utcnow
from ..models.routers import Router, RouterAction, RouterPollLease, RouterSession, RouterStatus
from ..routeros import store
from ..routeros.crypto import encrypt_password
from ..routeros.errors import RouterError
from ..routeros.service import (
    LiveSession,
    RouterService,
    add_ticket_event,
    format_mac,
    normalise_mac,
    relogin_text,
    service_for,
)
from ..schemas.common import ItemList
from ..schemas.routers import (
    DEFAULT_PORT,
    DEFAULT_SSL_PORT,
    DisconnectIn,
    OnlineSessionList,
    OnlineSessionOut,
    ReloginOut,
    RouterActionOut,
    RouterCreate,
    RouterErrorOut,
    RouterOut,
    RouterRef,
    RouterStatusOut,
    RouterTestIn,
    RouterTestOut,
    RouterUpdate,
    RoutingPointOut,
    RoutingPointRouterIn,
    SessionOut,
    TrafficOut,
    TrafficPoint,
)
from .deps import CurrentUser, SessionDep, forbidden, require_roles
from .errors import readable_errors

MAX_TRAFFIC_POINTS = 720


@asynccontextmanager
async def _lifespan(app):
    service_for(app.state)
    try:
        yield
    finally:
        service = getattr(app.state, "routeros", None)
        if service is not None:
            service.close()


router = APIRouter(tags=["routers"], lifespan=_lifespan)


def _service(request: Request) -> RouterService:
    return service_for(request.app.state)


def _clients():
    from ..models.clients import RoutingPoint, Subscription

    return RoutingPoint, Subscription


# -- helpers ------------------------------------------------------------------------------------

def _get_router(session: Session, router_id: int) -> Router:
    row = session.get(Router, router_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Roteador não encontrado.")
    return row


def _status_out(router: Router, row: RouterStatus | None, lease: RouterPollLease | None,
                fresh_seconds: float) -> RouterStatusOut:
    if row is None:
        return RouterStatusOut(router_id=router.id, name=router.name, reachable=None, fresh=False,
                               polled_by=lease.owner if lease else None,
                               last_polled_at=lease.last_polled_at if lease else None)
    fresh = row.checked_at >= utcnow() - timedelta(seconds=fresh_seconds)
    return RouterStatusOut(
        router_id=router.id, name=router.name, reachable=row.reachable, identity=row.identity,
        version=row.version, board_name=row.board_name, router_uptime_seconds=row.router_uptime_seconds,
        sessions=row.sessions, cpu_load=row.cpu_load, latency_ms=row.latency_ms, error=row.error,
        error_code=row.error_code, checked_at=row.checked_at, last_ok_at=row.last_ok_at, source=row.source,
        fresh=fresh, polled_by=lease.owner if lease else None,
        last_polled_at=lease.last_polled_at if lease else None)


def _router_out(session: Session, router: Router, fresh_seconds: float,
                routing_points: dict[int, list[RouterRef]] | None = None) -> RouterOut:
    if routing_points is None:
        routing_points = _routing_points_by_router(session, [router.id])
    return RouterOut(
        id=router.id, name=router.name, host=router.host, port=router.port, use_ssl=router.use_ssl,
        username=router.username, active=router.active, created_at=router.created_at,
        updated_at=router.updated_at,
        status=_status_out(router, session.get(RouterStatus, router.id), session.get(RouterPollLease, router.id),
                           fresh_seconds),
        routing_points=routing_points.get(router.id, []))


def _routing_points_by_router(session: Session, router_ids: list[int]) -> dict[int, list[RouterRef]]:
    try:
        RoutingPoint, _ = _clients()
    except ImportError:  # pragma: no cover - clients area missing
        return {}
    out: dict[int, list[RouterRef]] = {}
    if not router_ids:
        return out
    rows = session.execute(select(RoutingPoint.id, RoutingPoint.name, RoutingPoint.router_id)
                           .where(RoutingPoint.router_id.in_(router_ids)).order_by(RoutingPoint.name))
    for rp_id, name, router_id in rows:
        out.setdefault(router_id, []).append(RouterRef(id=rp_id, name=name))
    return out


def _ensure_unique_name(session: Session, name: str, router_id: int | None = None) -> None:
    other = session.scalar(select(Router.id).where(Router.name == name))
    if other is not None and other != router_id:
        raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um roteador chamado '{name}'.")


def _session_out(login: str, router: Router, live: LiveSession | None, error: RouterError | None,
                 session: Session, *, registered_mac: str | None, registered_ip: str | None) -> SessionOut:
    online_now = error is None and live is not None and live.online
    # online now: seen now; otherwise the poller's record says when it was last seen
    seen = None if online_now else store.last_seen(session, login)[1]
    out = SessionOut(login=login, online=None, router=RouterRef(id=router.id, name=router.name),
                     checked_at=utcnow(), registered_mac=format_mac(registered_mac), registered_ip=registered_ip,
                     last_seen=seen)
    if error is not None:
        out.router_error = RouterErrorOut(code=error.code, message=error.message)
        return out
    assert live is not None
    out.online = live.online
    out.checked_at = live.checked_at
    out.elapsed_ms = live.elapsed_ms
    if live.online and live.session is not None:
        s = live.session
        out.uptime_seconds = s.uptime_seconds
        out.uptime = s.uptime_text
        if s.uptime_seconds is not None:
            out.connected_at = live.checked_at - timedelta(seconds=s.uptime_seconds)
        out.address = s.address
        out.caller_id = s.caller_id
        out.session_id = s.session_id
        out.session_ref = s.ref
        out.rx_bps, out.tx_bps = live.rx_bps, live.tx_bps
        out.download_bps, out.upload_bps = live.tx_bps, live.rx_bps
        out.last_seen = live.checked_at
        seen_mac, reg_mac = normalise_mac(s.caller_id), normalise_mac(registered_mac)
        out.mac_mismatch = (seen_mac != reg_mac) if (seen_mac and reg_mac) else None
    return out


def _live_lookup(svc: RouterService, router: Router, login: str) -> tuple[LiveSession | None, RouterError | None]:
    if not router.active:
        return None, RouterError("inactive")
    try:
        return svc.lookup(svc.target(router), login), None
    except RouterError as error:
        return None, error


def _subscription_chain(session: Session, subscription_id: int):
    """(subscription, routing point, router) or a 404/409 saying what is missing."""
    RoutingPoint, Subscription = _clients()
    sub = session.get(Subscription, subscription_id)
    if sub is None or getattr(sub, "deleted_at", None) is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Plano do cliente não encontrado.")
    if not sub.login:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            "Este plano não tem login PPPoE cadastrado: não há sessão para consultar no roteador.")
    if sub.routing_point_id is None:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            "Este plano não tem ponto de roteamento cadastrado: não há concentrador para consultar.")
    point = session.get(RoutingPoint, sub.routing_point_id)
    if point is None or point.router_id is None:
        name = point.name if point is not None else sub.routing_point_id
        raise HTTPException(status.HTTP_409_CONFLICT,
                            f"O ponto de roteamento '{name}' não está ligado a um roteador: "
                            "um administrador deve vinculá-lo em Roteadores.")
    router_row = session.get(Router, point.router_id)
    if router_row is None:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            f"O ponto de roteamento '{point.name}' aponta para um roteador inexistente.")
    return sub, point, router_row


def _registered_for_login(session: Session, login: str) -> tuple[str | None, str | None, int | None]:
    try:
        _, Subscription = _clients()
    except ImportError:  # pragma: no cover
        return None, None, None
    row = session.execute(select(Subscription.mac, Subscription.ip, Subscription.id)
                          .where(Subscription.login == login, Subscription.deleted_at.is_(None))
                          .order_by(Subscription.id)).first()
    return (row.mac, row.ip, row.id) if row else (None, None, None)


# -- registry -----------------------------------------------------------------------------------

@router.get("/routers", response_model=ItemList[RouterOut], dependencies=[require_roles(*MANAGERS)])
def list_routers(request: Request, session: SessionDep, include_inactive: bool = True):
    svc = _service(request)
    query = select(Router).order_by(Router.name)
    if not include_inactive:
        query = query.where(Router.active.is_(True))
    routers = list(session.scalars(query))
    points = _routing_points_by_router(session, [r.id for r in routers])
    fresh = svc.rsettings.status_fresh_seconds
    return ItemList[RouterOut](items=[_router_out(session, r, fresh, points) for r in routers])


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
    return _router_out(session, row, svc.rsettings.status_fresh_seconds)


@router.get("/routers/{router_id}", response_model=RouterOut, dependencies=[require_roles(*MANAGERS)])
def get_router(router_id: int, request: Request, session: SessionDep):
    return _router_out(session, _get_router(session, router_id), _service(request).rsettings.status_fresh_seconds)


@router.patch("/routers/{router_id}", response_model=RouterOut, dependencies=[require_roles(ADMIN)])
def update_router(router_id: int, body: RouterUpdate, request: Request, session: SessionDep):
    svc = _service(request)
    row = _get_router(session, router_id)
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
    return _router_out(session, row, svc.rsettings.status_fresh_seconds)


@router.post("/routers/test", response_model=RouterTestOut, dependencies=[require_roles(ADMIN)])
def test_new_router(body: RouterTestIn, request: Request, session: SessionDep):
    """'Testar conexão' with the data typed in the form (before saving)."""
    from ..routeros.connection import RouterTarget

    svc = _service(request)
    password = body.password
    if password is None:
        if body.router_id is None:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                                "Dados inválidos — password: obrigatório para testar um roteador novo")
        try:
            password = svc.target(_get_router(session, body.router_id)).password
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
    row = _get_router(session, router_id)
    try:
        target = svc.target(row)
    except RouterError as error:
        return RouterTestOut(ok=False, error=error.message, error_code=error.code)
    result = svc.test(target)
    if result["ok"]:
        from ..routeros.commands import StatusInfo

        info = StatusInfo(identity=result["identity"], version=result["version"], board_name=result["board_name"],
                          cpu_load=result["cpu_load"], router_uptime_seconds=None, sessions=result["sessions"],
                          latency_ms=result["latency_ms"])
        store.save_status(session, row.id, utcnow(), info=info, source="live")
    else:
        store.save_status(session, row.id, utcnow(), error=RouterError(result["error_code"]), source="live")
    session.commit()
    return RouterTestOut(**result)


# -- status and sessions ------------------------------------------------------------------------

@router.get("/routers/{router_id}/status", response_model=RouterStatusOut)
def router_status(router_id: int, request: Request, session: SessionDep, _user: CurrentUser,
                  refresh: bool = False):
    """The poller's record when fresh, otherwise checked now (bounded by the live deadline, < 15 s)."""
    svc = _service(request)
    row = _get_router(session, router_id)
    fresh_seconds = svc.rsettings.status_fresh_seconds
    current = _status_out(row, session.get(RouterStatus, row.id), session.get(RouterPollLease, row.id),
                          fresh_seconds)
    if current.fresh and not refresh:
        return current
    now = utcnow()
    if not row.active:
        store.save_status(session, row.id, now, error=RouterError("inactive"), source="live")
    else:
        try:
            info = svc.live_status(svc.target(row))
            store.save_status(session, row.id, utcnow(), info=info, source="live")
        except RouterError as error:
            store.save_status(session, row.id, utcnow(), error=error, source="live")
    session.commit()
    return _status_out(row, session.get(RouterStatus, row.id), session.get(RouterPollLease, row.id), fresh_seconds)


@router.get("/routers/{router_id}/sessions/{login}", response_model=SessionOut)
def router_session(router_id: int, login: str, request: Request, session: SessionDep, _user: CurrentUser):
    row = _get_router(session, router_id)
    live, error = _live_lookup(_service(request), row, login)
    mac, ip, sub_id = _registered_for_login(session, login)
    out = _session_out(login, row, live, error, session, registered_mac=mac, registered_ip=ip)
    out.subscription_id = sub_id
    return out


@router.get("/routers/{router_id}/sessions", response_model=OnlineSessionList,
            dependencies=[require_roles(*MANAGERS)])
def router_sessions(router_id: int, session: SessionDep, q: str | None = None, online: bool | None = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                    offset: Annotated[int, Query(ge=0)] = 0):
    """The poller's table of this router's PPPoE sessions (who is online, who was seen when)."""
    row = _get_router(session, router_id)
    query = select(RouterSession).where(RouterSession.router_id == row.id)
    if q:
        pattern = q.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(RouterSession.login.like(f"%{pattern}%", escape="\\"))
    if online is not None:
        query = query.where(RouterSession.online.is_(online))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    online_count = session.scalar(select(func.count()).select_from(RouterSession).where(
        RouterSession.router_id == row.id, RouterSession.online.is_(True))) or 0
    status_row = session.get(RouterStatus, row.id)
    as_of = status_row.last_ok_at if status_row else None
    items = [OnlineSessionOut(login=s.login, online=s.online, address=s.address, caller_id=s.caller_id,
                              session_id=s.session_id, connected_at=s.connected_at,
                              last_seen=(as_of or s.last_seen) if s.online else s.last_seen)
             for s in session.scalars(query.order_by(RouterSession.login).limit(limit).offset(offset))]
    return OnlineSessionList(router_id=row.id, total=total, online=online_count, as_of=as_of, items=items)


@router.get("/subscriptions/{subscription_id}/connection", response_model=SessionOut)
def subscription_connection(subscription_id: int, request: Request, session: SessionDep, _user: CurrentUser):
    sub, point, row = _subscription_chain(session, subscription_id)
    if not row.active:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            f"O roteador '{row.name}' está desativado no cadastro: não é consultado.")
    live, error = _live_lookup(_service(request), row, sub.login)
    out = _session_out(sub.login, row, live, error, session, registered_mac=sub.mac, registered_ip=sub.ip)
    out.subscription_id = sub.id
    out.routing_point = RouterRef(id=point.id, name=point.name)
    return out


@router.get("/subscriptions/{subscription_id}/traffic", response_model=TrafficOut)
def subscription_traffic(subscription_id: int, request: Request, session: SessionDep, _user: CurrentUser,
                         hours: Annotated[int, Query(ge=1, le=168)] = 24):
    """Download/upload rates of the last `hours` from the poller's samples (oldest first)."""
    _, Subscription = _clients()
    sub = session.get(Subscription, subscription_id)
    if sub is None or getattr(sub, "deleted_at", None) is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Plano do cliente não encontrado.")
    rs = _service(request).rsettings
    points = []
    if sub.login:
        since = utcnow() - timedelta(hours=hours)
        # a longer pause of the poller (restart, outage) is bridged by an average up to 15 min
        points = store.traffic_history(session, sub.login, since, max_gap=max(3 * rs.router_traffic_interval, 900))
        points = store.downsample(points, MAX_TRAFFIC_POINTS)
    return TrafficOut(subscription_id=sub.id, login=sub.login or "", hours=hours,
                      interval_seconds=rs.router_traffic_interval, points=[TrafficPoint(**p) for p in points])


# -- disconnect ---------------------------------------------------------------------------------

def _may_disconnect(user: User, svc: RouterService) -> bool:
    if user.role in (SUPERVISOR, ADMIN):
        return True
    return user.role == OPERATOR and svc.rsettings.operators_may_disconnect


async def _disconnect_body(request: Request) -> DisconnectIn:
    try:
        data = json.loads(await request.body() or b"null")
        return DisconnectIn.model_validate(data)
    except json.JSONDecodeError:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Dados inválidos — corpo: JSON inválido") from None
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, readable_errors(exc.errors())) from None


def _action_out(session: Session, action: RouterAction) -> RouterActionOut:
    router_row = session.get(Router, action.router_id)
    user = session.get(User, action.user_id)
    return RouterActionOut(
        id=action.id, action=action.action, router=RouterRef(id=router_row.id, name=router_row.name),
        login=action.login, subscription_id=action.subscription_id, ticket_id=action.ticket_id,
        reason=action.reason, user=RouterRef(id=user.id, name=user.name), at=action.at, ok=action.ok,
        message=action.message, session_ref=action.session_ref,
        relogin=ReloginOut(status=action.relogin_status, window_seconds=action.relogin_window_seconds,
                           after_seconds=action.relogin_after_seconds, checked_at=action.relogin_checked_at,
                           text=relogin_text(action.relogin_status, action.relogin_after_seconds,
                                             action.relogin_window_seconds) if action.relogin_status else None))


def _check_ticket(session: Session, ticket_id: int | None) -> None:
    if ticket_id is None:
        return
    try:
        from ..models.tickets import Ticket
    except ImportError:  # pragma: no cover
        return
    if session.get(Ticket, ticket_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Atendimento não encontrado.")


def _disconnect(request: Request, session: Session, user: User, router_row: Router, login: str,
                body: DisconnectIn, subscription_id: int | None) -> RouterActionOut:
    svc = _service(request)
    _check_ticket(session, body.ticket_id)
    if not router_row.active:
        raise HTTPException(status.HTTP_409_CONFLICT, f"O roteador '{router_row.name}' está desativado no cadastro.")
    window = round(svc.rsettings.router_relogin_window)
    now = utcnow()
    try:
        target = svc.target(router_row)
        removed = svc.remove(target, login)
    except RouterError as error:
        action = RouterAction(router_id=router_row.id, subscription_id=subscription_id, ticket_id=body.ticket_id,
                              login=login, action="disconnect", reason=body.reason, user_id=user.id, at=now,
                              ok=False, message=error.message)
        session.add(action)
        session.commit()
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                            f"Não foi possível desconectar {login}: {error.message}.") from None
    if removed is None:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            f"O login {login} não está conectado no roteador {router_row.name}: nada a desconectar.")
    action = RouterAction(router_id=router_row.id, subscription_id=subscription_id, ticket_id=body.ticket_id,
                          login=login, action="disconnect", reason=body.reason, user_id=user.id, at=now, ok=True,
                          message=f"sessão {removed.ref} removida", session_ref=removed.ref,
                          relogin_status="pending", relogin_window_seconds=window)
    session.add(action)
    session.flush()
    if body.ticket_id is not None:
        add_ticket_event(session, body.ticket_id, user.id, "router_disconnect",
                         f"Sessão PPPoE de {login} desconectada no roteador {router_row.name} "
                         f"por {user.name}. Motivo: {body.reason}",
                         {"router_action_id": action.id, "router_id": router_row.id, "login": login,
                          "session_ref": removed.ref})
    session.commit()
    svc.watch_relogin(action.id, target, login, now, window)
    return _action_out(session, action)


def _disconnect_login_sync(request, session, user, router_id, login, body):
    router_row = _get_router(session, router_id)
    _mac, _ip, sub_id = _registered_for_login(session, login)
    return _disconnect(request, session, user, router_row, login, body, sub_id)


def _disconnect_subscription_sync(request, session, user, subscription_id, body):
    sub, _point, router_row = _subscription_chain(session, subscription_id)
    return _disconnect(request, session, user, router_row, sub.login, body, sub.id)


@router.post("/routers/{router_id}/sessions/{login}/disconnect", response_model=RouterActionOut,
             status_code=status.HTTP_201_CREATED)
async def disconnect_login(router_id: int, login: str, request: Request, session: SessionDep, user: CurrentUser):
    """Removes the login's /ppp/active session (supervisor/admin; operator if allowed by the setting),
    records it (router_actions and, with ticket_id, the ticket's history) and then watches for the
    customer's re-login for DESK_ROUTER_RELOGIN_WINDOW seconds (see GET /router-actions/{id})."""
    if not _may_disconnect(user, _service(request)):
        raise forbidden()
    body = await _disconnect_body(request)
    return await run_in_threadpool(_disconnect_login_sync, request, session, user, router_id, login, body)


@router.post("/subscriptions/{subscription_id}/disconnect", response_model=RouterActionOut,
             status_code=status.HTTP_201_CREATED)
async def disconnect_subscription(subscription_id: int, request: Request, session: SessionDep, user: CurrentUser):
    """Same as /routers/{id}/sessions/{login}/disconnect, through the subscription's routing point."""
    if not _may_disconnect(user, _service(request)):
        raise forbidden()
    body = await _disconnect_body(request)
    return await run_in_threadpool(_disconnect_subscription_sync, request, session, user, subscription_id, body)


@router.get("/router-actions/{action_id}", response_model=RouterActionOut)
def get_router_action(action_id: int, session: SessionDep, _user: CurrentUser):
    action = session.get(RouterAction, action_id)
    if action is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Ação não encontrada.")
    return _action_out(session, action)


@router.get("/router-actions", response_model=ItemList[RouterActionOut])
def list_router_actions(session: SessionDep, _user: CurrentUser, subscription_id: int | None = None,
                        login: str | None = None, ticket_id: int | None = None, router_id: int | None = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 50):
    query = select(RouterAction).order_by(RouterAction.id.desc()).limit(limit)
    for column, value in ((RouterAction.subscription_id, subscription_id), (RouterAction.login, login),
                          (RouterAction.ticket_id, ticket_id), (RouterAction.router_id, router_id)):
        if value is not None:
            query = query.where(column == value)
    return ItemList[RouterActionOut](items=[_action_out(session, a) for a in session.scalars(query)])


# -- routing points → router ----------------------------------------------------------------------

@router.patch("/routing-points/{point_id}", response_model=RoutingPointOut, dependencies=[require_roles(ADMIN)])
def link_routing_point(point_id: int, body: RoutingPointRouterIn, session: SessionDep):
    """Points a routing point at a router (`{"router_id": null}` unlinks it)."""
    RoutingPoint, _ = _clients()
    point = session.get(RoutingPoint, point_id)
    if point is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Ponto de roteamento não encontrado.")
    if body.router_id is not None and session.get(Router, body.router_id) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Dados inválidos — router_id: roteador inexistente")
    point.router_id = body.router_id
    session.commit()
    return RoutingPointOut(id=point.id, name=point.name, network_id=point.network_id, router_id=point.router_id)
