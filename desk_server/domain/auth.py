"""Login, token issue/revoke and lockout against the database (no HTTP here)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import AuthToken, LoginThrottle, User, utcnow
from . import lockout
from .passwords import hash_password, needs_rehash, verify_password
from .tokens import new_token, token_digest


class LoginRefused(Exception):
    def __init__(self, reason: str, message: str, retry_after: int = 0):
        super().__init__(message)
        self.reason = reason  # "invalid" | "locked" | "inactive"
        self.message = message
        self.retry_after = retry_after


@dataclass
class IssuedToken:
    token: str
    row: AuthToken
    user: User


INVALID_MESSAGE = "Usuário ou senha inválidos."


def normalise_username(username: str) -> str:
    return username.strip().lower()


def login(session: Session, username: str, password: str, *, ttl_minutes: int,
          max_failures: int, lock_seconds: int, client_info: str | None = None) -> IssuedToken:
    username = normalise_username(username)
    now = utcnow()
    throttle = session.get(LoginThrottle, username)
    state = lockout.ThrottleState(throttle.failures, throttle.locked_until) if throttle else lockout.ThrottleState()
    wait = lockout.seconds_locked(state, now)
    if wait:
        raise LoginRefused("locked", lockout.lock_message(wait), wait)

    user = session.scalar(select(User).where(User.username == username))
    if not verify_password(user.password_hash if user else None, password):
        state = lockout.register_failure(state, now, max_failures, lock_seconds)
        _store_throttle(session, username, state, now)
        wait = lockout.seconds_locked(state, now)
        if wait:
            raise LoginRefused("locked", lockout.lock_message(wait), wait)
        raise LoginRefused("invalid", INVALID_MESSAGE)
    if not user.active:
        raise LoginRefused("inactive", "Usuário desativado: procure o administrador.")

    if throttle is not None:
        session.delete(throttle)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    token = new_token()
    row = AuthToken(token_hash=token_digest(token), user_id=user.id,
                    expires_at=now + timedelta(minutes=ttl_minutes), client_info=client_info)
    session.add(row)
    session.commit()
    return IssuedToken(token, row, user)


def _store_throttle(session: Session, username: str, state: lockout.ThrottleState, now) -> None:
    row = session.get(LoginThrottle, username)
    if row is None:
        row = LoginThrottle(username=username)
        session.add(row)
    row.failures = state.failures
    row.locked_until = state.locked_until
    row.last_failure_at = now
    try:
        session.commit()
    except IntegrityError:  # a concurrent first failure inserted the row; one lost count is harmless
        session.rollback()


def revoke(session: Session, token: AuthToken) -> None:
    token.revoked_at = utcnow()
    session.commit()


def revoke_all_for_user(session: Session, user_id: int) -> None:
    now = utcnow()
    for row in session.scalars(select(AuthToken).where(AuthToken.user_id == user_id,
                                                       AuthToken.revoked_at.is_(None))):
        row.revoked_at = now
