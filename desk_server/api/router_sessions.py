"""Customers' PPPoE sessions on the routers: live session of a login or a subscription, the poller's
session table, traffic history, disconnect and the recorded router actions.

Router problems are data, not HTTP errors (`"online": null` + `"router_error"`), always within 15 s;
only a disconnect that cannot reach the router answers 503 (the action did not happen)."""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, status
from pydantic import ValidationError
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from ..domain.errors import Conflict, NotFound
from ..domain.roles import MANAGERS
from ..models import utcnow
from ..models.routers import RouterAction, RouterSession, RouterStatus
from ..routeros import actions, store
from ..routeros.lookup import (
    get_router,
    live_lookup,
    live_subscription,
    registered_for_login,
    subscription_chain,
)
from ..routeros.service import RouterService, service_for
from ..schemas.common import ItemList
from ..schemas.routers import (
    DisconnectIn,
    OnlineSessionList,
    OnlineSessionOut,
    RouterActionOut,
    RouterRef,
    SessionOut,
    TrafficOut,
    TrafficPoint,
)
from .deps import CurrentUser, SessionDep, forbidden, require_roles
from .errors import readable_errors
from .router_answers import action_out, session_out
from .routing import DeskRoute

MAX_TRAFFIC_POINTS = 720

router = APIRouter(route_class=DeskRoute, tags=["routers"])


def _service(request: Request) -> RouterService:
    return service_for(request.app.state)


@router.get("/routers/{router_id}/sessions/{login}", response_model=SessionOut)
def router_session(router_id: int, login: Annotated[str, Path(max_length=64, description="login PPPoE")],
                   request: Request, session: SessionDep, _user: CurrentUser):
    row = get_router(session, router_id)
    live, error = live_lookup(_service(request), row, login)
    mac, ip, sub_id = registered_for_login(session, login)
    out = session_out(login, row, live, error, session, registered_mac=mac, registered_ip=ip)
    out.subscription_id = sub_id
    return out


@router.get("/routers/{router_id}/sessions", response_model=OnlineSessionList,
            dependencies=[require_roles(*MANAGERS)])
def router_sessions(router_id: int, session: SessionDep,
                    q: Annotated[str | None, Query(max_length=64, description="parte do login")] = None,
                    online: bool | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0):
    """The poller's table of this router's PPPoE sessions (who is online, who was seen when)."""
    row = get_router(session, router_id)
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
    sub, point, row = subscription_chain(session, subscription_id)
    if not row.active:
        raise Conflict(f"O roteador '{row.name}' está desativado no cadastro: não é consultado.")
    live, error = live_lookup(_service(request), row, sub.login)
    out = session_out(sub.login, row, live, error, session, registered_mac=sub.mac, registered_ip=sub.ip)
    out.subscription_id = sub.id
    out.routing_point = RouterRef(id=point.id, name=point.name)
    return out


@router.get("/subscriptions/{subscription_id}/traffic", response_model=TrafficOut)
def subscription_traffic(subscription_id: int, request: Request, session: SessionDep, _user: CurrentUser,
                         hours: Annotated[int, Query(ge=1, le=168)] = 24):
    """Download/upload rates of the last `hours` from the poller's samples (oldest first)."""
    sub = live_subscription(session, subscription_id)
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

async def _disconnect_body(request: Request) -> DisconnectIn:
    # read after the role check, so a forbidden caller gets 403 whatever the body
    try:
        data = json.loads(await request.body() or b"null")
        return DisconnectIn.model_validate(data)
    except json.JSONDecodeError:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Dados inválidos — corpo: JSON inválido") from None
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, readable_errors(exc.errors())) from None


def _disconnect_login_sync(request, session, user, router_id, login, body: DisconnectIn):
    router_row = get_router(session, router_id)
    _mac, _ip, sub_id = registered_for_login(session, login)
    action = actions.disconnect(session, _service(request), user, router_row, login, reason=body.reason,
                                ticket_id=body.ticket_id, subscription_id=sub_id)
    return action_out(session, action)


def _disconnect_subscription_sync(request, session, user, subscription_id, body: DisconnectIn):
    sub, _point, router_row = subscription_chain(session, subscription_id)
    action = actions.disconnect(session, _service(request), user, router_row, sub.login, reason=body.reason,
                                ticket_id=body.ticket_id, subscription_id=sub.id)
    return action_out(session, action)


@router.post("/routers/{router_id}/sessions/{login}/disconnect", response_model=RouterActionOut,
             status_code=status.HTTP_201_CREATED)
async def disconnect_login(router_id: int, login: str, request: Request, session: SessionDep, user: CurrentUser):
    """Removes the login's /ppp/active session (supervisor/admin; operator if allowed by the setting),
    records it (router_actions and, with ticket_id, the ticket's history) and then watches for the
    customer's re-login for DESK_ROUTER_RELOGIN_WINDOW seconds (see GET /router-actions/{id})."""
    if not actions.may_disconnect(user, _service(request)):
        raise forbidden()
    body = await _disconnect_body(request)
    return await run_in_threadpool(_disconnect_login_sync, request, session, user, router_id, login, body)


@router.post("/subscriptions/{subscription_id}/disconnect", response_model=RouterActionOut,
             status_code=status.HTTP_201_CREATED)
async def disconnect_subscription(subscription_id: int, request: Request, session: SessionDep, user: CurrentUser):
    """Same as /routers/{id}/sessions/{login}/disconnect, through the subscription's routing point."""
    if not actions.may_disconnect(user, _service(request)):
        raise forbidden()
    body = await _disconnect_body(request)
    return await run_in_threadpool(_disconnect_subscription_sync, request, session, user, subscription_id, body)


@router.get("/router-actions/{action_id}", response_model=RouterActionOut)
def get_router_action(action_id: int, session: SessionDep, _user: CurrentUser):
    action = session.get(RouterAction, action_id)
    if action is None:
        raise NotFound("Ação não encontrada.")
    return action_out(session, action)


@router.get("/router-actions", response_model=ItemList[RouterActionOut])
def list_router_actions(session: SessionDep, _user: CurrentUser, subscription_id: int | None = None,
                        login: Annotated[str | None, Query(max_length=64)] = None, ticket_id: int | None = None,
                        router_id: int | None = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 50):
    query = select(RouterAction).order_by(RouterAction.id.desc()).limit(limit)
    for column, value in ((RouterAction.subscription_id, subscription_id), (RouterAction.login, login),
                          (RouterAction.ticket_id, ticket_id), (RouterAction.router_id, router_id)):
        if value is not None:
            query = query.where(column == value)
    return ItemList[RouterActionOut](items=[action_out(session, a) for a in session.scalars(query)])
