"""Seed 002's per-user option "Abre Atendimento ao abrir o cadastro do cliente", and the main
window's new entries (Prospectos, Novo cliente, Importar clientes for admins)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desk_client.clients import open_ticket_option as option

pytestmark = pytest.mark.gui


class FakeLauncher:
    username = "operador"
    wizard = None

    def __init__(self):
        self.resumed = []

    def resume(self, state):
        self.resumed.append(state)
        return state

    def open_new(self):
        return "existing"


class FakeWindows:
    def __init__(self):
        self.opened = []

    def open_client(self, client_id, summary=None):
        self.opened.append(client_id)
        return "detail"


def _host(qtbot):
    from PySide6.QtWidgets import QMainWindow

    from desk_client.forms.ui_main_window import Ui_MainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.ui = Ui_MainWindow()
    window.ui.setupUi(window)
    window.client_windows = FakeWindows()
    window.wizard_launcher = FakeLauncher()
    return window


def test_option_is_per_user_and_opens_the_wizard_with_the_client(qtbot, client_settings):
    from desk_client.api import ApiClient

    api = ApiClient("http://127.0.0.1:9")
    api.user = {"username": "operador", "role": "operator"}
    window = _host(qtbot)
    installed = option.install(window, api, client_settings)
    assert not installed.action.isChecked()
    # off: only the record opens
    window.client_windows.open_client(7, {"id": 7, "name": "Fulano"})
    assert window.wizard_launcher.resumed == []
    installed.action.setChecked(True)
    assert option.is_enabled(client_settings, "operador") and not option.is_enabled(client_settings, "outro")
    assert window.client_windows.open_client(7, {"id": 7, "name": "Fulano"}) == "detail"
    (state,) = window.wizard_launcher.resumed
    assert state.client_id == 7 and state.username == "operador"
    # a wizard already in progress is brought forward instead of a second one
    window.wizard_launcher.wizard = object()
    window.client_windows.open_client(8)
    assert len(window.wizard_launcher.resumed) == 1
    api.close()


def test_menu_entries_by_role(qtbot, client_settings):
    from desk_client.api import ApiClient
    from desk_client.clients.new_client_action import install as install_new_client
    from desk_client.importer import install as install_importer
    from desk_client.prospects import install as install_prospects

    for role, manager, admin in (("operator", False, False), ("supervisor", True, False), ("admin", True, True)):
        api = ApiClient("http://127.0.0.1:9")
        api.user = {"username": role, "role": role}
        window = _host(qtbot)
        assert install_prospects(window, api, client_settings) is not None
        assert (install_new_client(window, api, client_settings) is not None) == manager
        assert (install_importer(window, api, client_settings) is not None) == admin
        assert isinstance(window, QWidget)
        api.close()
