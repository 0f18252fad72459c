"""Issue 9 item 2: nothing of one user's session survives logout or an expired session; quitting
after several logins never aborts (PySide6's emit() leaking references to True).
The session runs on canned JSON (tests/client/fake_api.py): the login dialog and the main window on a
FakeApi answering with what the live demo server answered to the same session, recorded once into
tests/client/canned/first_hour_session_supervisor.json (only the client closes windows here)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from .fake_api import FakeApi
from .gui_support import WAIT, logged_in

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]

CANNED = Path(__file__).resolve().parent / "canned"
SERVER = SimpleNamespace(url="http://127.0.0.1:8470")  # typed in the login dialog; the FakeApi answers


@pytest.fixture
def api(qapp, controller):
    """The login dialog makes this FakeApi, which answers as the live server answered the recorded session."""
    recorded = json.loads((CANNED / "first_hour_session_supervisor.json").read_text(encoding="utf-8"))["requests"]
    fake = FakeApi()
    fake.replay_as_recorded(recorded)  # POST /auth/logout's 204 No Content: a success without a body
    controller.make_api = lambda _url: fake
    yield fake
    assert fake.unanswered == []  # every request of the session had its recorded answer
    fake.close()


def _open_admin_windows(qtbot, window):
    window.ui.actionTicketTypes.trigger()
    types = window.ticket_types_controller.window
    qtbot.waitUntil(lambda: types.ready, timeout=WAIT)
    types.ui.cargosButton.click()
    cargos = types.cargos_window
    qtbot.waitUntil(lambda: cargos.isVisible() and cargos.ready, timeout=WAIT)
    return types, cargos


def test_logout_closes_every_window_after_asking_about_an_open_edit(qtbot, controller, api):
    window = logged_in(qtbot, controller, SERVER, "supervisor")
    assert api.sent("POST", "/auth/login")[0]["json"] == {"username": "supervisor", "password": "demo123"}
    types, cargos = _open_admin_windows(qtbot, window)
    types.ui.addButton.click()
    dialog = types.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)

    window.ui.actionLogout.trigger()                      # an edit is open: asked first
    box = window.close_box
    assert box is not None and box.isVisible() and "edição" in box.text()
    box.button(QMessageBox.StandardButton.No).click()    # "Não": nothing closes
    assert window.isVisible() and dialog.isVisible() and controller.window is window

    window.ui.actionLogout.trigger()
    window.close_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: controller.login is not None, timeout=WAIT)
    assert not any(w.isVisible() for w in (window, types, cargos, dialog))
    assert len(api.sent("POST", "/auth/logout")) == 1           # "Sim" logs out once; "Não" sent nothing


def test_expired_session_closes_every_window_without_asking(qtbot, controller, api):
    window = logged_in(qtbot, controller, SERVER, "supervisor")
    types, cargos = _open_admin_windows(qtbot, window)
    types.ui.addButton.click()
    qtbot.waitUntil(types.dialog.isVisible, timeout=WAIT)
    window.ui.actionFindClient.trigger()
    find = window.client_windows.find_window
    qtbot.waitUntil(find.isVisible, timeout=WAIT)

    controller.api.unauthorized.emit("Sessão expirada: faça login novamente.")
    assert controller.login is not None and controller.window is None
    assert getattr(window, "close_box", None) is None
    assert not any(w.isVisible() for w in (window, types, cargos, types.dialog, find))
    assert api.sent("POST", "/auth/logout") == []               # the server already ended the session


def test_many_signal_emits_never_free_true():
    """Without desk_client.refcount_guard this child process aborts with
    'Fatal Python error: bool_dealloc' on PySide6 builds whose emit() leaks a reference to True."""
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QObject, Signal
        from desk_client.refcount_guard import install
        n = 2 * sys.getrefcount(True) + 10000  # more emits than True has references
        install()
        class S(QObject):
            ping = Signal()
        s = S()
        for _ in range(n):
            s.ping.emit()
        print("alive")
    """)
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0 and out.stdout.strip() == "alive", out.stderr[-2000:]


def test_the_app_installs_the_guard_before_the_first_signal():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "desk_client" / "app.py").read_text()
    main = source[source.index("def main("):]
    assert main.index("guard_bool_refcounts()") < main.index("DeskController(")
