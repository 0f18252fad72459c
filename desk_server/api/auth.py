from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status

from ..domain import auth as auth_rules
from ..schemas.users import LoginIn, LoginOut, UserOut
from .deps import ClientAddress, CurrentToken, SessionDep, SettingsDep
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginOut)
def login(body: LoginIn, session: SessionDep, settings: SettingsDep, request: Request, client: ClientAddress):
    try:
        issued = auth_rules.login(
            session, body.username, body.password,
            ttl_minutes=settings.token_ttl_minutes,
            max_failures=settings.login_max_failures,
            lock_seconds=settings.login_lock_seconds,
            client_info=(request.headers.get("user-agent") or "")[:200] or None,
            client=client,
            max_delay=settings.login_max_delay_seconds,
            user_rules=(settings.login_max_failures_per_user, settings.login_user_lock_seconds),
        )
    except auth_rules.LoginRefused as refused:
        if refused.reason == "locked":
            raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, refused.message,
                                headers={"Retry-After": str(refused.retry_after)}) from None
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, refused.message,
                            headers={"WWW-Authenticate": "Bearer"}) from None
    return LoginOut(token=issued.token, expires_at=issued.row.expires_at, user=UserOut.model_validate(issued.user))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(token: CurrentToken, session: SessionDep):
    auth_rules.revoke(session, session.merge(token))
