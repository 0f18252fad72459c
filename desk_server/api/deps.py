"""Dependencies shared by the routes: database session, current user, role checks."""
from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..db import READ_ONLY, SINGLE_READ, holds_connection
from ..domain.tokens import token_digest
from ..models import AuthToken, User, utcnow
from . import token_lookup
from .routing import request_session

_bearer = HTTPBearer(auto_error=False, description="Token de `POST /api/v1/auth/login`")


async def get_settings(request: Request) -> Settings:
    # async: no I/O here, and a sync dependency would cost a thread-pool hop on every request.
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    # async: making a session does no I/O, and a sync generator would cost two thread-pool hops per
    # request (enter and exit). Closing does I/O only while the session still holds a connection
    # (a route that did not commit): then it goes to a thread, never blocking the event loop.
    session: Session = request.app.state.session_factory()
    request_session.set(session)  # api/routing.py ends a PostgreSQL transaction in the route's own hop
    try:
        yield session
    except BaseException:
        await _release(session, session.rollback)
        raise
    finally:
        await _release(session, session.close)


async def _release(session: Session, action) -> None:
    # Without a transaction there is nothing to send; ending a SQLite transaction is a local file
    # operation that never waits for a lock. Only a PostgreSQL round trip goes to a thread.
    if holds_connection(session) and session.get_bind().dialect.name != "sqlite":
        await run_in_threadpool(action)
    else:
        action()


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]


async def client_address(request: Request) -> str:  # async: no I/O, no thread hop
    """The client's address for the login throttle. X-Forwarded-For counts only when the direct peer
    is a trusted proxy (DESK_TRUSTED_PROXIES; uvicorn's own proxy headers are off, see cli.py): read
    from the right, the first address that is not a trusted proxy is the client. Anyone else's
    header is ignored, so nobody picks the address their wrong passwords are counted under."""
    peer = request.client.host if request.client else ""
    trusted = request.app.state.settings.trusted_proxy_networks
    if not trusted or not _within(peer, trusted):
        return peer
    hops = [hop.strip() for value in request.headers.getlist("x-forwarded-for") for hop in value.split(",")]
    for hop in reversed(hops):
        if not _within(hop, trusted):
            return hop if _ip(hop) is not None else peer  # garbage from a misconfigured proxy: the proxy
    return hops[0] if hops and hops[0] else peer  # every hop a proxy of ours: the first one


def _ip(text: str):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _within(text: str, networks) -> bool:
    address = _ip(text)
    return address is not None and any(address in network for network in networks)


ClientAddress = Annotated[str, Depends(client_address)]


def unauthorized(detail: str = "Não autenticado: faça login novamente.") -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def user_for_token(session: Session, token: str | None) -> tuple[User, AuthToken]:
    """The token's user, checked against the database on every call (revocation is instant on every
    instance), read on the session's own connection and attached to it. Under a burst the pool used
    to run dry with connections idle in a transaction while their requests waited for a thread:
    api/limits.py now admits only as many requests as the pool holds, so the wait between this
    lookup and the route is a thread hop, never a queue."""
    if not token:
        raise unauthorized()
    sqlite = session.get_bind().dialect.name == "sqlite"
    try:
        conn = session.connection(execution_options=READ_ONLY) if not session.in_transaction() \
            else session.connection()  # SQLite: a deferred BEGIN, no write lock
        return token_lookup.attach(session, _checked(token_lookup.read(conn, token_digest(token))))
    finally:
        if sqlite:
            # End SQLite's deferred read before the route writes (a read upgraded to a write can
            # fail at once with SQLITE_BUSY). On PostgreSQL the request keeps its connection:
            # api/limits.py bounds how many requests hold one, and a second checkout (pre-ping and
            # all) would double the fixed cost of every call.
            session.commit()  # expire_on_commit=False: user and token stay loaded


def _checked(found: tuple[User, AuthToken] | None) -> tuple[User, AuthToken]:
    if found is None:
        raise unauthorized("Sessão expirada ou inválida: faça login novamente.")
    user, auth_token = found
    if auth_token.revoked_at is not None or auth_token.expires_at <= utcnow():
        raise unauthorized("Sessão expirada ou inválida: faça login novamente.")
    if not user.active:
        raise unauthorized("Usuário desativado: procure o administrador.")
    return found


async def get_current_user(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    # async, so FastAPI does not spend a thread-pool hop on it: on SQLite the lookup is a read of a
    # local file that never waits for a lock (WAL readers don't; a deferred BEGIN) and runs right
    # here. On PostgreSQL it is a network round trip: on the event loop for an async route
    # (api/token_lookup.py), in a thread for a plain one (the loop is a burst's busiest thread).
    token = credentials.credentials if credentials else None
    if session.get_bind().dialect.name == "sqlite":
        if token and _route_is_async(request):
            # A lone read on a connection of its own, outside any transaction (a local file read
            # that never waits for a writer); the request's session never connects.
            with session.get_bind().connect().execution_options(**SINGLE_READ) as conn:
                user, auth_token = _checked(token_lookup.read(conn, token_digest(token)))
        else:
            user, auth_token = user_for_token(session, token)
    elif token and (lookups := _async_lookups(request)) is not None:
        # The route does no I/O of its own: one autocommit round trip on the event loop, and the
        # request's session never connects. The instances stay detached (attaching them costs as much
        # as building them): one the route relates to a new row is attached by the session's cascade.
        user, auth_token = _checked(await lookups.read(token_digest(token)))
    else:
        user, auth_token = await run_in_threadpool(user_for_token, session, token)
    request.state.auth_token = auth_token
    return user


def _route_is_async(request: Request) -> bool:
    return getattr(request.scope.get("route"), "endpoint_is_async", False)


def _async_lookups(request: Request) -> token_lookup.AutocommitLookups | None:
    if not _route_is_async(request):
        return None  # a plain route reads the token in its own transaction, in its own thread hop
    return token_lookup.in_this_loop(request.app)


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_current_token(request: Request, _user: CurrentUser) -> AuthToken:
    return request.state.auth_token


CurrentToken = Annotated[AuthToken, Depends(get_current_token)]


def forbidden() -> HTTPException:
    return HTTPException(status.HTTP_403_FORBIDDEN, "Seu perfil não tem permissão para esta ação.")


def require_roles(*roles: str):
    """Dependency that admits only the given roles (checked before the body is validated)."""

    async def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise forbidden()
        return user

    check.required_roles = roles  # read by the validation-error handler (see app.py)
    return Depends(check)
