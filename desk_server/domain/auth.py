"""Login, token issue/revoke and lockout against the database (no HTTP here)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..config import Settings
from ..db import READ_ONLY
from ..models import AuthToken, LoginThrottle, User, utcnow
from . import lockout
from .passwords import hash_password, needs_rehash, verify_password
from .tokens import new_token, token_digest

log = logging.getLogger("desk_server.auth")


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
# The `client` of a user's count over all addresses (no address is "*"): a guess spread over many
# addresses slows down too. Its rules default to DESK_LOGIN_MAX_FAILURES_PER_USER / DESK_LOGIN_USER_LOCK_SECONDS.
USER_WIDE = "*"
DEFAULT_USER_RULES = (Settings.model_fields["login_max_failures_per_user"].default,
                      Settings.model_fields["login_user_lock_seconds"].default)


def normalise_username(username: str) -> str:
    return username.strip().lower()


def login(session: Session, username: str, password: str, *, ttl_minutes: int,
          max_failures: int, lock_seconds: int, client_info: str | None = None,
          client: str = "", max_delay: int | None = None,
          user_rules: tuple[int, int] = DEFAULT_USER_RULES) -> IssuedToken:
    """Check a password, counting the try *before* the (slow) check: of any number of parallel
    tries for one username from one address, at most `max_failures` are ever evaluated. Past
    `user_rules` = (max failures per user, first wait in s) from all addresses together, every try of
    the user waits too: a guess spread over many addresses slows down."""
    username = normalise_username(username)
    client = client[:64] if client != USER_WIDE else "?"
    max_delay = max_delay or lock_seconds
    rules = {client: (max_failures, lock_seconds, max_delay), USER_WIDE: (*user_rules, max_delay)}
    now = utcnow()
    wait, counted = _reserve_try(session, username, rules, now)
    if wait:
        raise _locked(*wait)

    session.connection(execution_options=READ_ONLY)
    user = session.scalar(select(User).where(User.username == username))
    session.commit()  # no transaction (nor SQLite lock) held during the deliberately slow hash check
    if not verify_password(user.password_hash if user else None, password):
        session.connection(execution_options=READ_ONLY)
        wait = _longest_wait(session.execute(select(_T.c.client, _T.c.locked_until).where(
            _T.c.username == username, _T.c.client.in_(list(rules)))).all(), now)
        session.rollback()
        if wait:
            raise _locked(*wait)
        raise LoginRefused("invalid", INVALID_MESSAGE)
    if not user.active:
        raise LoginRefused("inactive", "Usuário desativado: procure o administrador.")

    # The right password forgets the failures, unless other tries were counted after this one (a
    # parallel burst keeps its count). Tries counted only after this deletion start a new allowance:
    # between two successful logins at most max_failures wrong passwords are checked.
    for key, failures in counted.items():
        session.execute(delete(_T).where(_T.c.username == username, _T.c.client == key, _T.c.failures == failures))
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    token = new_token()
    row = AuthToken(token_hash=token_digest(token), user_id=user.id,
                    expires_at=now + timedelta(minutes=ttl_minutes), client_info=client_info)
    session.add(row)
    session.commit()
    return IssuedToken(token, row, user)


_T = LoginThrottle.__table__


def _reserve_try(session: Session, username: str, rules: dict[str, tuple[int, int, int]],
                 now) -> tuple[tuple[int, bool] | None, dict[str, int]]:
    """Count this try as a failure up front (a right password clears it), for its address and for
    the user over all addresses, in one short transaction holding both rows' locks (always the
    address first, then the user's: no deadlock), so parallel tries are counted one after the other.
    Returns the wait (seconds, whether the user-wide count imposes it) or None, and the counts."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(_T).values([{"username": username, "client": key, "failures": 0} for key in rules])
                    .on_conflict_do_nothing())
    rows = {key: session.execute(select(_T.c.client, _T.c.failures, _T.c.locked_until, _T.c.last_failure_at)
                                 .where(_T.c.username == username, _T.c.client == key).with_for_update()).one()
            for key in rules}
    wait = _longest_wait(rows.values(), now)
    if wait:
        session.commit()
        return wait, {}
    counted = {}
    for key, (max_failures, lock_seconds, max_delay) in rules.items():
        row = rows[key]
        forgotten = row.last_failure_at is not None and row.last_failure_at < now - timedelta(seconds=2 * max_delay)
        counted[key] = failures = 1 if forgotten else row.failures + 1
        until = lockout.locked_until_after(failures, now, max_failures, lock_seconds, max_delay)
        session.execute(update(_T).where(_T.c.username == username, _T.c.client == key)
                        .values(failures=failures, last_failure_at=now, locked_until=until))
        if until is not None:  # logged now; the try itself is still checked (it may be right)
            where = "from all addresses (the last from %r)" if key == USER_WIDE else "from %r"
            log.warning(f"login throttle: user %r {where} waits %d s after %d wrong passwords",
                        username, next(iter(rules)), lockout.seconds_locked(until, now), failures)
    session.commit()
    return None, counted


def _longest_wait(rows, now) -> tuple[int, bool] | None:
    """(seconds, user-wide?) of the longest lock among the rows (client, locked_until, ...), or None."""
    waits = [(lockout.seconds_locked(row.locked_until, now), row.client == USER_WIDE) for row in rows]
    longest = max(waits, default=(0, False))
    return longest if longest[0] else None


def _locked(seconds: int, everywhere: bool) -> LoginRefused:
    return LoginRefused("locked", lockout.lock_message(seconds, everywhere), seconds)


def unlock(session: Session, username: str, *, by: str) -> int:
    """Forget every failure of `username`: each address's and the count over all addresses.
    Returns how many addresses had failures."""
    username = normalise_username(username)
    key, failed = _T.c.username == username, _T.c.failures > 0
    removed = session.execute(delete(_T).where(key, failed, _T.c.client != USER_WIDE)).rowcount or 0
    wide = session.execute(delete(_T).where(key, failed, _T.c.client == USER_WIDE)).rowcount or 0
    session.execute(delete(_T).where(key))  # rows of tries that were refused while waiting (0 failures)
    session.commit()
    log.warning("login throttle: user %r unlocked by %s (%d address(es)%s)", username, by, removed,
                ", and the count over all addresses" if wide else "")
    return removed


def revoke(session: Session, token: AuthToken) -> None:
    token.revoked_at = utcnow()
    session.commit()


def revoke_all_for_user(session: Session, user_id: int) -> None:
    now = utcnow()
    for row in session.scalars(select(AuthToken).where(AuthToken.user_id == user_id,
                                                       AuthToken.revoked_at.is_(None))):
        row.revoked_at = now
