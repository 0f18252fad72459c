"""End-to-end fixtures: the real client (offscreen) against a real server process."""
from __future__ import annotations

import pytest

from ..client.app_fixtures import (  # noqa: F401  (fixtures)
    client_home,
    client_settings,
    controller,
    gui_thread_gc,
    modal_watchdog,
)
from .helpers import collect_on_the_gui_thread


@pytest.fixture(autouse=True)
def _gui_objects_die_on_the_gui_thread(qapp):
    # autouse: set up before `controller`, so this runs after the controller has closed its windows
    yield
    collect_on_the_gui_thread()

