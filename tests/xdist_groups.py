"""pytest plugin for scripts/test (`-p tests.xdist_groups`): the order in which the two pytest-xdist
workers take the tests. Every GUI test is one work unit, so one worker runs them one after another —
a Qt client, its server process and the GUI-thread timings never compete with another GUI test —
while the other worker runs the server tests a module at a time (its module fixtures set up once).

This is a scheduler, not `xdist_group` marks: xdist 3.8's loadgroup renames `item._nodeid`, which
pytest 9.2 no longer reads, so the marks were silently ignored and two GUI tests ran at once."""
from __future__ import annotations

import pytest
from xdist.scheduler import LoadScopeScheduling

GUI_DIRS = ("tests/client/", "tests/e2e/")


def work_unit(nodeid: str) -> str:
    """The unit a worker takes whole: "gui" for every GUI test, else the test's module."""
    path = nodeid.split("::", 1)[0]
    return "gui" if path.startswith(GUI_DIRS) else path


class GuiTogether(LoadScopeScheduling):
    def _split_scope(self, nodeid: str) -> str:
        return work_unit(nodeid)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    return GuiTogether(config, log)
