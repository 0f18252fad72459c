"""Client fixtures: an isolated per-test home folder, settings and the app controller."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ISP_DESK_NO_CRASH_DIALOGS"] = "1"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp):
    """As in the app: cyclic garbage is collected on the GUI thread only."""
    from desk_client.gc_guard import GuiThreadGarbageCollector

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


def do_login(qtbot, login, server_url: str, username: str, password: str) -> None:
    from PySide6.QtCore import Qt

    login.ui.serverEdit.clear()
    qtbot.keyClicks(login.ui.serverEdit, server_url)
    login.ui.usernameEdit.clear()
    qtbot.keyClicks(login.ui.usernameEdit, username)
    login.ui.passwordEdit.clear()
    qtbot.keyClicks(login.ui.passwordEdit, password)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
