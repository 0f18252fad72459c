"""Client fixtures: the app in a test (tests/client/app_fixtures.py: home folder, settings, controller),
ApiClients on the session's live server or on a port nobody listens on."""
from __future__ import annotations

import httpx
import pytest

from .app_fixtures import (  # noqa: F401  (fixtures)
    client_home,
    client_settings,
    controller,
    gui_thread_gc,
    modal_watchdog,
)
from .live_support import signed_in_api

# --- a live server session as the demo operator (tests that talk to the session's live_server) ---

@pytest.fixture(scope="session")
def operator_token(live_server) -> str:
    return live_server.token("operador")


@pytest.fixture
def server_get(live_server, operator_token):
    """GET on the live server with httpx (to learn the demo data the GUI must show)."""

    def get(path: str, **params):
        response = httpx.get(
            f"{live_server.url}/api/v1{path}",
            params=params,
            headers={"Authorization": f"Bearer {operator_token}"},
            timeout=15,
        )
        response.raise_for_status()
        return response.json()

    return get


@pytest.fixture
def logged_api(qapp, live_server, operator_token):
    """An ApiClient logged in as the demo operator (pt_BR locale, like the app)."""
    with signed_in_api(qapp, live_server.url, operator_token, "operador") as api:
        yield api


@pytest.fixture
def closed_port_api(qapp):
    """An ApiClient for a port on 127.0.0.1 that nothing listens on (a server that is down)."""
    import socket

    from PySide6.QtWidgets import QApplication

    from desk_client.api import ApiClient

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = ApiClient(f"http://127.0.0.1:{port}", timeout=3, parent=QApplication.instance())
    yield api
    api.close()


@pytest.fixture
def gui_objects_die_on_the_gui_thread(qapp):
    """Closed windows and their timers are destroyed on the GUI thread, not by a garbage collection
    that happens to run in an API worker thread later (see tests/e2e/conftest.py). For modules whose
    windows talk to a server: `pytestmark = pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")`."""
    yield
    from tests.e2e.helpers import collect_on_the_gui_thread

    collect_on_the_gui_thread()
