"""pytest plugin for scripts/test (`-p tests.xdist_groups` with `--dist loadgroup`): every GUI test in
one pytest-xdist group, so one worker runs them one after another — a Qt client, its server process
and the GUI-thread timings never compete with another GUI test — while the other worker runs the
server tests; every other module is a group of its own, so its module fixtures are set up once."""
from __future__ import annotations

import pytest

GUI_DIRS = ("tests/client/", "tests/e2e/")


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group("gui" if path.startswith(GUI_DIRS) else path))
