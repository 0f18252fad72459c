"""The token lookup every authenticated call pays (issue 15, item 10: the fixed cost of a call).

The token is read from the database on every call, so a revoked or expired token fails at once on
every instance. What made that read cost more than the rest of a cheap call was not the database
but the ORM: loading AuthToken, User and the user's Cargos through a joined eager load took about
0.45 ms of Python for a 0.1 ms query. Here one Core statement reads the three tables, and the
objects are built from the row as already-loaded, detached instances. A plain route gets them
attached to its session without SQL (the same persistent `User`, with `cargos`, as before); an
`async` route, which does no I/O of its own, keeps them detached.

On PostgreSQL an `async` route reads on the event loop, on a connection of a small psycopg async
pool of its own, in autocommit: one round trip, with no BEGIN, no COMMIT, no pre-ping and no thread
hop (the hop cost 0.3 ms, more than the query). The health check asks PostgreSQL the same way. A
plain route reads the token in its own transaction, in a thread: measured under a burst, the event
loop is the busiest thread, and every lookup on it made the burst slower.
"""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from sqlalchemy import Connection, Engine, bindparam, inspect, select
from sqlalchemy.dialects.postgresql import psycopg as postgresql_psycopg
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from ..models import AuthToken, User
from ..models.users import Cargo, cargo_members


def _columns(model, prefix: str) -> list[tuple[str, str, object]]:
    """(attribute key, label, labelled column) for every column attribute of `model`."""
    return [(attr.key, f"{prefix}{attr.key}", attr.columns[0].label(f"{prefix}{attr.key}"))
            for attr in inspect(model).column_attrs]


_TOKEN, _USER, _CARGO = _columns(AuthToken, "t_"), _columns(User, "u_"), _columns(Cargo, "c_")

# One row per cargo of the user (one row with empty cargo columns when there is none). Built once:
# building a statement costs more than running it.
_STATEMENT = (
    select(*(col for _, _, col in _TOKEN + _USER + _CARGO))
    .select_from(AuthToken.__table__.join(User.__table__, User.id == AuthToken.user_id)
                 .outerjoin(cargo_members, cargo_members.c.user_id == User.id)
                 .outerjoin(Cargo.__table__, Cargo.id == cargo_members.c.cargo_id))
    .where(AuthToken.token_hash == bindparam("digest"))
)


def _loaded(model, fields: list[tuple[str, str, object]], row):
    """A detached instance of `model` with every column loaded from `row` (reading it costs no SQL).
    The values go into the instance's dict as a query's loader puts them (the constructor's
    instrumented assignments cost three times as much, on every call)."""
    mapping = row._mapping
    instance = inspect(model).class_manager.new_instance()
    instance.__dict__.update({key: mapping[label] for key, label, _ in fields})
    make_transient_to_detached(instance)
    return instance


def read(conn: Connection, digest: str) -> tuple[User, AuthToken] | None:
    """The token and its user (with cargos, ordered by id) as detached instances, or None."""
    return _objects(conn.execute(_STATEMENT, {"digest": digest}).all())


def _objects(rows) -> tuple[User, AuthToken] | None:
    if not rows:
        return None
    token = _loaded(AuthToken, _TOKEN, rows[0])
    user = _loaded(User, _USER, rows[0])
    cargos = sorted((_loaded(Cargo, _CARGO, row) for row in rows if row._mapping["c_id"] is not None),
                    key=lambda cargo: cargo.id)
    # Committed values, not assignments: an assignment would also fill each cargo's `members` with
    # this one user (the backref), and would be flushed as a change.
    set_committed_value(user, "cargos", cargos)
    set_committed_value(token, "user", user)
    return user, token


def attach(session: Session, found: tuple[User, AuthToken]) -> tuple[User, AuthToken]:
    """Make the instances persistent in `session` (no SQL), as a query in it would have."""
    user, token = found
    session.add(user)
    session.add(token)
    return found


class AutocommitLookups:
    """PostgreSQL: the lookups of `async` routes, on the event loop, in autocommit, on a small pool of
    their own without pre-ping (psycopg's own async pool; the statement is compiled once by
    SQLAlchemy, so the SQL is the same as the thread path's).

    Opened by the app's lifespan in the server's event loop; a request served in another loop (a
    test client without a lifespan) gets `None` from `for_this_loop` and takes the thread path."""

    def __init__(self, url, pool_size: int, pool_timeout: float):
        self.url, self.pool_size, self.pool_timeout = url, pool_size, pool_timeout
        self.pool: AsyncConnectionPool | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        compiled = _STATEMENT.compile(dialect=postgresql_psycopg.dialect())
        self.sql = str(compiled)
        self.keys = [column.name for column in _STATEMENT.selected_columns]

    async def open(self) -> None:
        self.loop = asyncio.get_running_loop()
        url = self.url.set(drivername="postgresql")
        self.pool = AsyncConnectionPool(url.render_as_string(hide_password=False), min_size=1,
                                        max_size=self.pool_size, timeout=self.pool_timeout,
                                        kwargs={"autocommit": True}, open=False)
        await self.pool.open()

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()
        self.pool = self.loop = None

    def for_this_loop(self) -> AutocommitLookups | None:
        return self if self.pool is not None and asyncio.get_running_loop() is self.loop else None

    async def read(self, digest: str) -> tuple[User, AuthToken] | None:
        """`read` in one round trip."""
        rows = await self._again_if_dead(self._rows, digest)
        return _objects([_Row(dict(zip(self.keys, (_utc(v) for v in row)))) for row in rows])

    async def ping(self) -> None:
        """One round trip to PostgreSQL (the health check), on the event loop."""
        await self._again_if_dead(self._select_one)

    async def _again_if_dead(self, call, *args):
        # After a PostgreSQL restart every pooled connection is dead: the first one found dead makes
        # the pool check the others (dropping the dead ones), and the call is tried once more.
        try:
            return await call(*args)
        except PoolTimeout:
            raise  # no connection to be had in time (api/errors.py: 503): waiting twice helps nobody
        except psycopg.OperationalError:
            await self.pool.check()
            return await call(*args)

    async def _rows(self, digest: str) -> list[tuple]:
        async with self.pool.connection() as conn:
            cursor = await conn.execute(self.sql, {"digest": digest}, prepare=True)
            return await cursor.fetchall()

    async def _select_one(self) -> None:
        async with self.pool.connection() as conn:
            await conn.execute("SELECT 1")


class _Row:
    __slots__ = ("_mapping",)

    def __init__(self, mapping: dict):
        self._mapping = mapping


def _utc(value):
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def autocommit_lookups(engine: Engine, pool_size: int) -> AutocommitLookups | None:
    """For the app on PostgreSQL (None on SQLite, whose lookups run inline)."""
    if engine.dialect.name != "postgresql":
        return None
    return AutocommitLookups(engine.url, pool_size, engine.pool.timeout())


def in_this_loop(app) -> AutocommitLookups | None:
    """The app's lookups when they can serve the running event loop, else None (SQLite, or a test
    client without the app's lifespan: the caller takes its thread path)."""
    lookups = app.state.lookups
    return lookups.for_this_loop() if lookups is not None else None
