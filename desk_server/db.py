"""Engine and session factory for SQLite (embedded) and PostgreSQL (production)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

# Execution option for a read-only unit of work (auth lookup, health): on SQLite it begins a
# deferred transaction, which in WAL mode never waits for the writers' lock.
READ_ONLY = {"desk_read_only": True}
# A connection that runs one read and is closed: on SQLite no BEGIN at all (the statement is its own
# implicit read transaction), which saves two statements on the cheapest, most frequent read.
SINGLE_READ = {"desk_read_only": True, "desk_single_read": True}


def make_engine(url: str, *, pool_size: int = 10, pool_timeout: float = 8.0,
                busy_timeout_ms: int = 5000) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_timeout=pool_timeout,
        )
        event.listen(engine, "connect", lambda conn, rec: _sqlite_pragmas(conn, busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, pool_timeout=pool_timeout,
                         pool_pre_ping=True)


def engine_for_settings(settings) -> Engine:
    """The server's engine: room for every request slot (api/limits.py) plus health and workers."""
    return make_engine(settings.sqlalchemy_url, pool_size=settings.request_slots() + 4,
                       pool_timeout=settings.db_pool_timeout_seconds,
                       busy_timeout_ms=settings.sqlite_busy_timeout_ms)


def _sqlite_begin(conn) -> None:
    # pysqlite's own transaction handling defers BEGIN, which lets two writers both read
    # before either writes; BEGIN IMMEDIATE serialises writers up front (protocol sequences).
    # Read-only work says so and takes no write lock (a burst of writers must not stall logins' reads).
    options = conn.get_execution_options()
    if options.get("desk_single_read"):
        return
    conn.exec_driver_sql("BEGIN" if options.get("desk_read_only") else "BEGIN IMMEDIATE")


def _sqlite_pragmas(dbapi_conn, busy_timeout_ms: int = 5000) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Short: a writer that cannot get the lock in a few seconds answers 503 + Retry-After (and a
    # stopping server never waits behind a 30 s busy loop).
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "after_begin", _remember_connection)
    return factory


def _remember_connection(session: Session, transaction, connection) -> None:
    session.info["connected_transaction"] = transaction


def holds_connection(session: Session) -> bool:
    """Whether the session's current transaction has a database connection. A transaction that only
    attached objects (session.add of loaded instances) has none, and ending it does no I/O."""
    transaction = session.get_transaction()
    return transaction is not None and session.info.get("connected_transaction") is transaction


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
