"""Client fixtures: the app in a test (tests/client/app_fixtures.py: home folder, settings, controller),
an ApiClient on a port nobody listens on. The client tests run on canned JSON (tests/client/fake_api.py);
an ApiClient signed in to the session's live server (operator_token, server_get, logged_api) is for the
end-to-end tests only: tests/e2e/live_api_fixtures.py (issue 8)."""
from __future__ import annotations

import pytest

from .app_fixtures import (  # noqa: F401  (fixtures)
    client_home,
    client_settings,
    controller,
    gui_thread_gc,
    modal_watchdog,
)


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
