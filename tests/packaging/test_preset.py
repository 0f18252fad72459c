"""The installation's preset (isp-desk.ini next to the executable) under the operator's QSettings."""
from __future__ import annotations

import sys

import pytest

from desk_client.preset import PRESET_FILE_NAME, Preset, preset_path, read_preset
from desk_client.settings import DEFAULT_SERVER_URL, ClientSettings


@pytest.fixture
def ini(tmp_path):
    def write(text: str):
        path = tmp_path / PRESET_FILE_NAME
        path.write_text(text, encoding="utf-8-sig")
        return path
    return write


def settings(tmp_path, preset: Preset) -> ClientSettings:
    return ClientSettings(tmp_path / "user.ini", preset=preset)


def test_preset_is_the_default_until_the_operator_chooses(tmp_path, ini):
    preset = read_preset(ini("[connection]\nserver_url = http://desk.provedor.local:8470/  ; o servidor\n"))
    assert preset.server_url == "http://desk.provedor.local:8470"
    user = settings(tmp_path, preset)
    assert user.server_url == "http://desk.provedor.local:8470"
    user.server_url = "http://outro:8470"
    assert user.server_url == "http://outro:8470"


def test_a_forced_preset_wins_over_the_operators_last_server(tmp_path, ini):
    user = settings(tmp_path, read_preset(ini("[connection]\nserver_url = http://novo:8470\nforce = yes\n")))
    user.server_url = "http://antigo:8470"
    assert user.server_url == "http://novo:8470"


def test_language_preset_and_the_operators_choice(tmp_path, ini):
    user = settings(tmp_path, read_preset(ini("[ui]\nlanguage = en\n")))
    assert user.language == "en"
    user.language = "pt_BR"
    assert user.language == "pt_BR"


def test_no_preset_means_the_built_in_defaults(tmp_path):
    user = settings(tmp_path, read_preset(tmp_path / "absent.ini"))
    assert (user.server_url, user.language) == (DEFAULT_SERVER_URL, "pt_BR")


def test_a_broken_file_is_ignored_not_fatal(tmp_path, ini):
    assert read_preset(ini("server_url = sem seção\n")) == Preset()
    assert read_preset(ini("[connection]\nforce = talvez\nserver_url = http://x:1\n")) == Preset()


def test_where_the_preset_is_looked_for(tmp_path, monkeypatch):
    monkeypatch.delenv("ISP_DESK_PRESET", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert preset_path() is None  # from source: only when named
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "isp-desk.exe"))
    assert preset_path() == tmp_path.resolve() / PRESET_FILE_NAME
    monkeypatch.setenv("ISP_DESK_PRESET", str(tmp_path / "x.ini"))
    assert preset_path() == tmp_path / "x.ini"


def test_login_window_shows_a_forced_server_read_only(qtbot, tmp_path, ini):
    from desk_client.login_dialog import LoginDialog

    user = settings(tmp_path, read_preset(ini("[connection]\nserver_url = http://novo:8470\nforce = true\n")))
    dialog = LoginDialog(user, lambda url: None)
    qtbot.addWidget(dialog)
    assert dialog.ui.serverEdit.text() == "http://novo:8470" and dialog.ui.serverEdit.isReadOnly()
    free = LoginDialog(settings(tmp_path, Preset(server_url="http://x:1")), lambda url: None)
    qtbot.addWidget(free)
    assert not free.ui.serverEdit.isReadOnly()
