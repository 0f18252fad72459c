"""Fixtures for e2e tests that drive one client widget or window on an ApiClient signed in to the session's
live server (tests/conftest.py `live_server`); the client tests run on canned JSON (tests/client/fake_api.py).
A test module imports the ones it uses (`from .live_api_fixtures import logged_api, ...  # noqa: F401`)."""
from __future__ import annotations

import httpx
import pytest

from ..client.live_support import signed_in_api


@pytest.fixture(scope="session")
def operator_token(live_server) -> str:
    return live_server.token("operador")


@pytest.fixture(scope="session")
def supervisor_token(live_server) -> str:
    return live_server.token("supervisor")


@pytest.fixture
def server_get(live_server, operator_token):
    """GET on the live server with httpx (to learn the demo data the GUI must show)."""

    def get(path: str, **params):
        response = httpx.get(f"{live_server.url}/api/v1{path}", params=params,
                             headers={"Authorization": f"Bearer {operator_token}"}, timeout=15)
        response.raise_for_status()
        return response.json()

    return get


@pytest.fixture
def logged_api(qapp, live_server, operator_token):
    """An ApiClient logged in as the demo operator (pt_BR locale, like the app)."""
    with signed_in_api(qapp, live_server.url, operator_token, "operador") as api:
        yield api


@pytest.fixture
def supervisor_api(qapp, live_server, supervisor_token):
    with signed_in_api(qapp, live_server.url, supervisor_token, "supervisor") as api:
        yield api
