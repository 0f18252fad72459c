"""Shared fixtures: real SQLite and PostgreSQL databases, the app, a real server process.

Databases are migrated once per test session into a template (a SQLite file / a PostgreSQL
TEMPLATE database) and copied for each test, so every test starts clean and fast.
"""
from __future__ import annotations

import pytest

from .harness import BACKENDS, DatabaseFactory, LiveServer, login_headers, make_settings


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    factory = DatabaseFactory(tmp_path_factory.mktemp("databases"))
    yield factory
    factory.close()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(databases, backend):
    """A migrated, empty database on each backend."""
    url = databases.fresh(backend, "empty")
    yield url
    databases.drop(url)


@pytest.fixture
def demo_db_url(databases, backend):
    """A migrated database with the demo data, on each backend."""
    url = databases.fresh(backend, "demo")
    yield url
    databases.drop(url)


@pytest.fixture
def settings_for(tmp_path):
    def build(url: str, **overrides):
        return make_settings(url, tmp_path / "data", **overrides)
    return build


@pytest.fixture
def app_for(settings_for):
    """Builds a TestClient around create_app for a database URL (lifespan included); `client` is
    the (host, port) its requests come from (TestClient's default otherwise)."""
    from fastapi.testclient import TestClient

    from desk_server.app import create_app

    clients = []

    def build(url: str, *, client: tuple[str, int] | None = None, **overrides) -> TestClient:
        where = {"client": client} if client is not None else {}
        test_client = TestClient(create_app(settings_for(url, **overrides)), raise_server_exceptions=False, **where)
        test_client.__enter__()
        clients.append(test_client)
        return test_client

    yield build
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def api(app_for, demo_db_url):
    """TestClient on a demo database (users operador/supervisor/tecnico/admin, password demo123)."""
    return app_for(demo_db_url)


@pytest.fixture
def headers(api):
    """Auth headers by demo username, cached per test: headers('admin')."""
    cache: dict[str, dict[str, str]] = {}

    def get(username: str) -> dict[str, str]:
        if username not in cache:
            cache[username] = login_headers(api, username)
        return cache[username]
    return get


@pytest.fixture(scope="session")
def live_server(databases, tmp_path_factory):
    """One real server process on a SQLite demo database, shared by the GUI tests."""
    server = LiveServer(databases.fresh("sqlite", "demo"), tmp_path_factory.mktemp("live-server"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def private_live_server(databases, tmp_path):
    """A server process of this test's own (it may stop and restart it)."""
    server = LiveServer(databases.fresh("sqlite", "demo"), tmp_path / "server")
    server.start()
    yield server
    server.stop()
