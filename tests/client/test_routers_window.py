"""Roteadores window (supervisor/admin) on the live demo server's captured answers (FakeApi,
tests/client/canned/routers_window_session.json: RB-Centro (simulado) was a RouterOS simulator on
`sim_port`, RB-Norte refused; the admin added RB-Sul, wrong password first, and renamed it without a
password). The server's own rules (the password kept on an edit, a hung router's words) are tested in
tests/server/test_routers_api.py; here what the window shows of its answers and what it sends."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from .fake_api import FakeApi
from .routers_support import SIM_PASSWORD

pytestmark = pytest.mark.gui
# Screenshots go to docs/screenshots only when asked (ISP_DESK_SCREENSHOTS_DIR=docs/screenshots).
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
CANNED = json.loads((Path(__file__).resolve().parent / "canned" / "routers_window_session.json")
                    .read_text(encoding="utf-8"))
SIM_PORT = CANNED["sim_port"]


def _recorded_api(username: str) -> FakeApi:
    """A FakeApi signed in as the demo `username` (admin or supervisor) answering as the server did.
    GET /routers answers the list as it was after the routers created and edited so far; POST
    /routers/test answers by the password sent (the simulator's one, or the wrong one)."""
    recorded = CANNED[username]
    api = FakeApi(CANNED["users"][username])
    api.replay_as_recorded(recorded)
    lists = [e["body"] for e in recorded if (e["method"], e["path"]) == ("GET", "/routers")]
    api.answer("GET", "/routers", lambda _request: lists[min(
        len(lists) - 1, len(api.sent("POST", "/routers")) + len([r for r in api.requests if r["method"] == "PATCH"]))])
    tests = {e["json"]["password"]: e["body"] for e in recorded if (e["method"], e["path"]) == ("POST", "/routers/test")}
    if tests:
        api.answer("POST", "/routers/test", lambda request: tests[request["json"]["password"]])
    return api


@contextmanager
def _opened(qtbot, qapp, username):
    """The routers window as `username`, shown; closed (and its FakeApi) after the block."""
    from desk_client import style
    from desk_client.routers.routers_window import RoutersWindow

    style.apply(qapp)
    api = _recorded_api(username)
    window = RoutersWindow(api)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()
        assert api.unanswered == []
        api.close()


def _row(window, name):
    table = window.ui.routersTable
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            return r
    return None


def _cell(window, name, column):
    row = _row(window, name)
    return None if row is None else window.ui.routersTable.item(row, column)


def _statuses_known(window):
    return all(_cell(window, n, 2) is not None and _cell(window, n, 2).text() in ("online", "offline")
               for n in ("RB-Centro (simulado)", "RB-Norte"))


def test_admin_sees_status_and_tests_a_connection(qtbot, qapp):
    with _opened(qtbot, qapp, "admin") as window:
        qtbot.waitUntil(lambda: _statuses_known(window), timeout=GUI_WAIT_MS)
        ok = _cell(window, "RB-Centro (simulado)", 2)
        assert ok.text() == "online" and ok.foreground().color().name() == "#1e7d32"
        bad = _cell(window, "RB-Norte", 2)
        assert bad.text() == "offline" and bad.foreground().color().name() == "#c62828"
        assert _cell(window, "RB-Norte", 9).text().startswith("conexão recusada")
        assert _cell(window, "RB-Centro (simulado)", 3).text() == "3"  # sessions
        assert _cell(window, "RB-Centro (simulado)", 4).text().startswith("7.16")
        assert "2 roteadores, 1 online" == window.ui.countLabel.text()
        assert window.ui.messageLabel.text() == "1 roteador sem resposta: veja a coluna Último erro."
        assert window.ui.addButton.isVisible() and window.ui.editButton.isVisible()
        window.ui.routersTable.selectRow(_row(window, "RB-Centro (simulado)"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
        assert "RouterOS 7.16" in window.ui.messageLabel.text() and "latência" in window.ui.messageLabel.text()
        window.ui.routersTable.selectRow(_row(window, "RB-Norte"))
        qtbot.waitUntil(lambda: window.ui.testButton.isEnabled(), timeout=GUI_WAIT_MS)
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "falhou" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
        assert "conexão recusada" in window.ui.messageLabel.text()
        ids = [r["id"] for r in CANNED["admin"][0]["body"]["items"]]
        assert [r["path"] for r in window.api.requests if r["method"] == "POST"] == [f"/routers/{i}/test" for i in ids]


def test_admin_adds_and_edits_a_router_password_write_only(qtbot, qapp):
    with _opened(qtbot, qapp, "admin") as window:
        qtbot.waitUntil(lambda: window.ui.routersTable.rowCount() >= 2, timeout=GUI_WAIT_MS)
        dialog = window.edit(None)
        ui = dialog.ui
        ui.nameEdit.setText("RB-Sul")
        ui.hostEdit.setText("127.0.0.1")
        ui.portSpin.setValue(SIM_PORT)
        ui.usernameEdit.setText("admin")
        ui.passwordEdit.setText("errada")
        ui.testButton.click()
        qtbot.waitUntil(lambda: "falhou" in ui.testResultLabel.text(), timeout=GUI_WAIT_MS)
        assert "usuário ou senha do roteador inválidos" in ui.testResultLabel.text()
        ui.passwordEdit.setText(SIM_PASSWORD)
        qtbot.waitUntil(lambda: ui.testButton.isEnabled(), timeout=GUI_WAIT_MS)
        ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in ui.testResultLabel.text(), timeout=GUI_WAIT_MS)
        assert [r["json"] for r in window.api.sent("POST", "/routers/test")] == [
            {"host": "127.0.0.1", "port": SIM_PORT, "use_ssl": False, "username": "admin", "password": p}
            for p in ("errada", SIM_PASSWORD)]
        ui.sslCheck.setChecked(True)  # a custom port is kept when SSL is toggled
        assert ui.portSpin.value() == SIM_PORT
        ui.sslCheck.setChecked(False)
        dialog.save()
        qtbot.waitUntil(lambda: _row(window, "RB-Sul") is not None, timeout=GUI_WAIT_MS)
        assert not dialog.isVisible()
        assert window.api.sent("POST", "/routers")[0]["json"]["password"] == SIM_PASSWORD
        record = window.ui.routersTable.item(_row(window, "RB-Sul"), 0).data(Qt.ItemDataRole.UserRole)
        assert "password" not in record and SIM_PASSWORD not in repr(record)
        window.ui.routersTable.selectRow(_row(window, "RB-Sul"))
        edit = window.edit(window.current())
        assert edit.ui.passwordEdit.text() == "" and "inalterada" in edit.ui.passwordEdit.placeholderText()
        edit.ui.nameEdit.setText("RB-Sul 2")
        assert "password" not in edit.values()
        edit.save()
        qtbot.waitUntil(lambda: _row(window, "RB-Sul 2") is not None, timeout=GUI_WAIT_MS)
        patch = window.api.sent("PATCH", f"/routers/{record['id']}")
        assert len(patch) == 1 and patch[0]["json"]["name"] == "RB-Sul 2" and "password" not in patch[0]["json"]
        # the server kept the stored password: its answer to the test after the edit
        window.ui.routersTable.selectRow(_row(window, "RB-Sul 2"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
        assert window.api.sent("POST", f"/routers/{record['id']}/test")
        empty = window.edit(None)
        empty.save()
        assert "nome" in empty.ui.errorLabel.text().lower()
        empty.reject()
        assert len(window.api.sent("POST", "/routers")) == 1  # the empty form sent nothing


def test_supervisor_sees_but_does_not_edit(qtbot, qapp):
    with _opened(qtbot, qapp, "supervisor") as window:
        qtbot.waitUntil(lambda: window.ui.routersTable.rowCount() >= 2, timeout=GUI_WAIT_MS)
        assert not window.ui.addButton.isVisible() and not window.ui.editButton.isVisible()
        assert window.ui.testButton.isVisible()
        assert window.edit(None) is None


def test_refresh_timer_runs_only_while_visible(qtbot, qapp):
    with _opened(qtbot, qapp, "admin") as window:
        assert window.timer.isActive()
        window.hide()
        assert not window.timer.isActive()


def test_feature_is_registered_for_the_main_window(qtbot):
    from desk_client.routers import install

    class FakeWindow:
        def __init__(self):
            self.enabled = {}

        def enable_feature(self, key, handler):
            self.enabled[key] = handler

    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    fake = FakeWindow()
    api = _recorded_api("supervisor")
    controller_parent = host
    install.__globals__  # noqa: B018 - the function exists
    from desk_client.routers.routers_window import RoutersController

    controller = RoutersController(api, None, controller_parent)
    fake.enable_feature("routers", controller.open)
    assert "routers" in fake.enabled
    window = fake.enabled["routers"]()
    assert window.isVisible()
    assert controller.open() is window  # one window per main window
    listed = len(CANNED["supervisor"][0]["body"]["items"])  # RB-Sul 2 was there by then
    qtbot.waitUntil(lambda: window.ui.routersTable.rowCount() == listed, timeout=GUI_WAIT_MS)
    window.close()
    api.close()


def test_features_module_registers_routers():
    source = (Path(__file__).resolve().parents[2] / "desk_client" / "features.py").read_text()
    assert "from .routers import install as install_routers" in source


def test_screenshot_of_the_routers_window(qtbot, qapp):
    with _opened(qtbot, qapp, "admin") as window:
        qtbot.waitUntil(lambda: _statuses_known(window), timeout=GUI_WAIT_MS)
        qtbot.waitUntil(lambda: window._list_call is None, timeout=GUI_WAIT_MS)
        window.ui.routersTable.selectRow(_row(window, "RB-Centro (simulado)"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=GUI_WAIT_MS)
        qtbot.waitUntil(lambda: window._list_call is None and window._test_call is None, timeout=GUI_WAIT_MS)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SHOTS / "routers_window.png"))
