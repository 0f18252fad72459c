"""The client app in a test: an isolated home folder per test, its settings, the DeskController,
garbage collected on the GUI thread and a watchdog for unanswered modals. Imported as fixtures by
tests/client/conftest.py and tests/e2e/conftest.py."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ISP_DESK_NO_CRASH_DIALOGS"] = "1"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    """As in the app: cyclic garbage is collected on the GUI thread only."""
    from desk_client.gc_guard import GuiThreadGarbageCollector
    from desk_client.refcount_guard import install as guard_bool_refcounts

    guard_bool_refcounts()  # as in the app: a long run of emits must not free True
    collector = GuiThreadGarbageCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def client_home(tmp_path, monkeypatch):
    home = tmp_path / "client-home"
    monkeypatch.setenv("ISP_DESK_HOME", str(home))
    from desk_client import crash
    crash.set_dialogs_enabled(False)
    return home


@pytest.fixture
def client_settings(client_home):
    from desk_client.settings import ClientSettings
    return ClientSettings(client_home / "settings.ini")


@pytest.fixture
def controller(qapp, client_settings):
    from desk_client import style
    from desk_client.app import DeskController

    style.apply(qapp)
    ctl = DeskController(qapp, client_settings)
    yield ctl
    if ctl.window is not None:
        ctl.window.blockSignals(True)
        ctl.window.close()
    if ctl.login is not None:
        ctl.login.blockSignals(True)
        ctl.login.close()
    if ctl.api is not None:
        ctl.api.close()


@pytest.fixture(autouse=True)
def modal_watchdog(qapp):
    """A modal left unanswered for 30 s is closed and fails the test instead of hanging the run."""
    from tests.modal_watchdog import ModalWatchdog

    watchdog = ModalWatchdog()
    yield watchdog
    closed = watchdog.stop()
    if closed:
        pytest.fail(f"diálogo modal sem resposta fechado pelo watchdog: {', '.join(closed)}")
