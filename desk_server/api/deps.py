"""Dependencies shared by the routes: database session, current user, role checks."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.tokens import token_digest
from ..models import AuthToken, User, utcnow

_bearer = HTTPBearer(auto_error=False, description="Token de `POST /api/v1/auth/login`")


async def get_settings(request: Request) -> Settings:
    # async: no I/O here, and a sync dependency would cost a thread-pool hop on every request.
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    session: Session = request.app.state.session_factory()
    try:
        yield session
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]


def unauthorized(detail: str = "Não autenticado: faça login novamente.") -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def user_for_token(session: Session, token: str | None) -> tuple[User, AuthToken]:
    if not token:
        raise unauthorized()
    row = session.execute(
        select(AuthToken, User).join(User, User.id == AuthToken.user_id)
        .where(AuthToken.token_hash == token_digest(token))
    ).first()  # one round trip for token and user: this runs on every authenticated request
    if row is None:
        raise unauthorized("Sessão expirada ou inválida: faça login novamente.")
    auth_token, user = row
    if auth_token.revoked_at is not None or auth_token.expires_at <= utcnow():
        raise unauthorized("Sessão expirada ou inválida: faça login novamente.")
    if not user.active:
        raise unauthorized("Usuário desativado: procure o administrador.")
    return user, auth_token


def get_current_user(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    user, token = user_for_token(session, credentials.credentials if credentials else None)
    request.state.auth_token = token
    return user


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
