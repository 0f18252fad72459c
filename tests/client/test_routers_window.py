"""Roteadores window (supervisor/admin) against a real server process and the RouterOS simulator."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager

# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.waits import GUI_WAIT_MS

from .routers_support import SIM_PASSWORD, clean_sim, world  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]
# Screenshots go to docs/screenshots only when asked (ISP_DESK_SCREENSHOTS_DIR=docs/screenshots).
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


@contextmanager
def _opened(qtbot, qapp, world, username):
    """The routers window as `username`, shown; closed (and its ApiClient) after the block."""
    from desk_client import style
    from desk_client.routers.routers_window import RoutersWindow

    style.apply(qapp)
    api = world.api(username)
    window = RoutersWindow(api)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()
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


def _wait_until_statuses_known(qtbot, window):
    """Reload until both routers show online/offline (the server polls them on its own)."""
    def ready():
        window.reload()
        return _statuses_known(window)
    qtbot.waitUntil(ready, timeout=30000)


def test_admin_sees_status_and_tests_a_connection(qtbot, qapp, clean_sim):
    with _opened(qtbot, qapp, clean_sim, "admin") as window:
        _wait_until_statuses_known(qtbot, window)
        ok = _cell(window, "RB-Centro (simulado)", 2)
        assert ok.text() == "online" and ok.foreground().color().name() == "#1e7d32"
        bad = _cell(window, "RB-Norte", 2)
        assert bad.text() == "offline" and bad.foreground().color().name() == "#c62828"
        assert _cell(window, "RB-Norte", 9).text().startswith("conexão recusada")
        assert _cell(window, "RB-Centro (simulado)", 3).text() == "3"  # sessions
        assert _cell(window, "RB-Centro (simulado)", 4).text().startswith("7.16")
        assert "2 roteadores, 1 online" == window.ui.countLabel.text()
        assert window.ui.addButton.isVisible() and window.ui.editButton.isVisible()
        window.ui.routersTable.selectRow(_row(window, "RB-Centro (simulado)"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=30000)
        assert "RouterOS 7.16" in window.ui.messageLabel.text() and "latência" in window.ui.messageLabel.text()
        window.ui.routersTable.selectRow(_row(window, "RB-Norte"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "falhou" in window.ui.messageLabel.text(), timeout=30000)
        assert "conexão recusada" in window.ui.messageLabel.text()


def test_admin_adds_and_edits_a_router_password_write_only(qtbot, qapp, clean_sim):
    with _opened(qtbot, qapp, clean_sim, "admin") as window:
        qtbot.waitUntil(lambda: window.ui.routersTable.rowCount() >= 2, timeout=GUI_WAIT_MS)
        dialog = window.edit(None)
        ui = dialog.ui
        ui.nameEdit.setText("RB-Sul")
        ui.hostEdit.setText("127.0.0.1")
        ui.portSpin.setValue(clean_sim.sim.port)
        ui.usernameEdit.setText("admin")
        ui.passwordEdit.setText("errada")
        ui.testButton.click()
        qtbot.waitUntil(lambda: "falhou" in ui.testResultLabel.text(), timeout=30000)
        assert "usuário ou senha do roteador inválidos" in ui.testResultLabel.text()
        ui.passwordEdit.setText(SIM_PASSWORD)
        ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in ui.testResultLabel.text(), timeout=30000)
        ui.sslCheck.setChecked(True)  # a custom port is kept when SSL is toggled
        assert ui.portSpin.value() == clean_sim.sim.port
        ui.sslCheck.setChecked(False)
        dialog.save()
        qtbot.waitUntil(lambda: _row(window, "RB-Sul") is not None, timeout=GUI_WAIT_MS)
        assert not dialog.isVisible()
        record = window.ui.routersTable.item(_row(window, "RB-Sul"), 0).data(Qt.ItemDataRole.UserRole)
        assert "password" not in record and SIM_PASSWORD not in repr(record)
        window.ui.routersTable.selectRow(_row(window, "RB-Sul"))
        edit = window.edit(window.current())
        assert edit.ui.passwordEdit.text() == "" and "inalterada" in edit.ui.passwordEdit.placeholderText()
        edit.ui.nameEdit.setText("RB-Sul 2")
        assert "password" not in edit.values()
        edit.save()
        qtbot.waitUntil(lambda: _row(window, "RB-Sul 2") is not None, timeout=GUI_WAIT_MS)
        # the stored password was kept: the router still answers
        window.ui.routersTable.selectRow(_row(window, "RB-Sul 2"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=30000)
        empty = window.edit(None)
        empty.save()
        assert "nome" in empty.ui.errorLabel.text().lower()
        empty.reject()


def test_supervisor_sees_but_does_not_edit(qtbot, qapp, clean_sim):
    with _opened(qtbot, qapp, clean_sim, "supervisor") as window:
        qtbot.waitUntil(lambda: window.ui.routersTable.rowCount() >= 2, timeout=GUI_WAIT_MS)
        assert not window.ui.addButton.isVisible() and not window.ui.editButton.isVisible()
        assert window.ui.testButton.isVisible()
        assert window.edit(None) is None


def test_refresh_timer_runs_only_while_visible(qtbot, qapp, clean_sim):
    with _opened(qtbot, qapp, clean_sim, "admin") as window:
        assert window.timer.isActive()
        window.hide()
        assert not window.timer.isActive()


def test_feature_is_registered_for_the_main_window(qtbot, clean_sim):
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
    api = clean_sim.api("supervisor")
    controller_parent = host
    install.__globals__  # noqa: B018 - the function exists
    from desk_client.routers.routers_window import RoutersController

    controller = RoutersController(api, None, controller_parent)
    fake.enable_feature("routers", controller.open)
    assert "routers" in fake.enabled
    window = fake.enabled["routers"]()
    assert window.isVisible()
    assert controller.open() is window  # one window per main window
    window.close()
    api.close()


def test_features_module_registers_routers():
    source = (Path(__file__).resolve().parents[2] / "desk_client" / "features.py").read_text()
    assert "from .routers import install as install_routers" in source


def test_screenshot_of_the_routers_window(qtbot, qapp, clean_sim):
    with _opened(qtbot, qapp, clean_sim, "admin") as window:
        _wait_until_statuses_known(qtbot, window)
        qtbot.waitUntil(lambda: window._list_call is None, timeout=30000)
        window.ui.routersTable.selectRow(_row(window, "RB-Centro (simulado)"))
        window.ui.testButton.click()
        qtbot.waitUntil(lambda: "conexão OK" in window.ui.messageLabel.text(), timeout=30000)
        qtbot.waitUntil(lambda: window._list_call is None and window._test_call is None, timeout=30000)
        qtbot.wait(200)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SHOTS / "routers_window.png"))
