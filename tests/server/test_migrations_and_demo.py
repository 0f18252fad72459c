"""Migrations from empty to head (and back) on both engines; demo data is idempotent."""
from __future__ import annotations

from sqlalchemy import func, inspect, select

from desk_server import migrations
from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.demo import load_all
from desk_server.models import Base, Cargo, User

from ..harness import make_settings


def _blank_url(databases, backend):
    if backend == "sqlite":
        return f"sqlite:///{(databases.workdir / ('blank-' + str(id(object())) + '.db')).as_posix()}"
    import uuid
    return databases._pg_create(f"isp_desk_blank_{uuid.uuid4().hex[:8]}")


def test_migrations_from_empty_to_head_match_the_models(databases, backend):
    url = _blank_url(databases, backend)
    engine = make_engine(url, pool_size=1)
    assert migrations.current_revision(engine) is None
    migrations.upgrade(url)
    assert migrations.is_up_to_date(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables, set(Base.metadata.tables) - tables
    migrations.downgrade(url, "base")
    assert migrations.current_revision(engine) is None
    assert not ({"users", "auth_tokens"} & set(inspect(engine).get_table_names()))
    migrations.upgrade(url)
    assert migrations.is_up_to_date(engine)
    engine.dispose()


def test_demo_data_is_idempotent(db_url, tmp_path):
    engine = make_engine(db_url, pool_size=1)
    factory = make_session_factory(engine)
    settings = make_settings(db_url, tmp_path)

    def counts():
        with session_scope(factory) as session:
            return {t.name: session.scalar(select(func.count()).select_from(t))
                    for t in Base.metadata.sorted_tables}

    with session_scope(factory) as session:
        load_all(session, settings)
    first = counts()
    with session_scope(factory) as session:
        load_all(session, settings)
    assert counts() == first
    with session_scope(factory) as session:
        # the four demo logins plus the five other field technicians of the O.S. demo (issue 11)
        assert session.scalar(select(func.count()).select_from(User)) == 4 + 5
        assert session.scalar(select(func.count()).select_from(Cargo)) == 4
    engine.dispose()
