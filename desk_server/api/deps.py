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


def get_settings(request: Request) -> Settings:
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
    row = session.scalar(select(AuthToken).where(AuthToken.token_hash == token_digest(token)))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        raise unauthorized("Sessão expirada ou inválida: faça login novamente.")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise unauthorized("Usuário desativado: procure o administrador.")
    return user, row


def get_current_token(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AuthToken:
    _user, token = user_for_token(session, credentials.credentials if credentials else None)
    return token


def get_current_user(session: SessionDep, token: Annotated[AuthToken, Depends(get_current_token)]) -> User:
    return session.get(User, token.user_id)


CurrentToken = Annotated[AuthToken, Depends(get_current_token)]
CurrentUser = Annotated[User, Depends(get_current_user)]


def forbidden() -> HTTPException:
    return HTTPException(status.HTTP_403_FORBIDDEN, "Seu perfil não tem permissão para esta ação.")


def require_roles(*roles: str):
    """Dependency that admits only the given roles (checked before the body is validated)."""

    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise forbidden()
        return user

    check.required_roles = roles  # read by the validation-error handler (see app.py)
    return Depends(check)
