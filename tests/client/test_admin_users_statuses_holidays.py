"""Administração → Usuários, Status de atendimento and Feriados municipais: who gets the menu entries,
on canned JSON (tests/client/fake_api.py): the login dialog and the main window answered with what
the live demo server answered to an operator's session, recorded once into
tests/client/canned/admin_operator_session.json. Adding, editing and unlocking users, statuses and
holidays, each read back from the server, and the server's 403 for operators and supervisors run
against a real server process in tests/e2e/test_admin_users_statuses_holidays_e2e.py."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .admin_support import admin_session
from .gui_support import logged_in
from .session_support import SERVER, empty_api  # noqa: F401  (the fixture api)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def test_operators_get_no_users_statuses_or_holidays_window(qtbot, controller, api):
    admin_session(api, controller, "operator")  # its 204 logout: a success
    window = logged_in(qtbot, controller, SERVER, "operador")
    assert api.sent("POST", "/auth/login")[0]["json"]["username"] == "operador"
    for action in (window.ui.actionUsers, window.ui.actionTicketStatuses, window.ui.actionHolidays):
        assert not action.isVisible()
    assert not [a for a in window.ui.menuAdmin.actions() if a.isVisible() and not a.isSeparator()]
    assert not [r for r in api.requests if r["path"] == "/municipal-holidays"]  # no window asked for them
    window.close()
    QApplication.processEvents()
    assert len(api.sent("POST", "/auth/logout")) == 1  # closing the window ended the session
