"""Language: pt_BR by default, English after choosing it in Preferências (at the next start), Qt's own
strings (dialog buttons) translated too, dates and money in the locale's format."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from desk_client import i18n


@pytest.fixture
def language(qapp):
    """Installs a language for one test and puts Portuguese back (the suite's default) after it."""
    def install(code: str):
        i18n.install(qapp, code)
    yield install
    i18n.install(qapp, "pt_BR")


def _buttons() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    texts = (box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
             box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""))
    box.deleteLater()
    return texts


def test_qt_own_buttons_follow_the_language(language):
    language("pt_BR")
    assert _buttons() == ("Salvar", "Cancelar")
    language("en")
    assert _buttons() == ("Save", "Cancel")


def test_dates_numbers_and_money_in_pt_br(language):
    from desk_client.ui.formats import money

    language("pt_BR")
    assert QLocale().toString(QDate(2026, 3, 9), QLocale.FormatType.ShortFormat) == "09/03/2026"
    assert QLocale().toString(1234567.5, "f", 2) == "1.234.567,50"
    assert money(Decimal("1234.56")) == "R$ 1.234,56"


def test_money_in_english_is_still_reais(language):
    from desk_client.ui.formats import money

    language("en")
    assert money(Decimal("1234.56")) == "R$1,234.56"


def test_login_window_in_english_after_installing_it(qtbot, language, client_settings):
    from desk_client.login_dialog import LoginDialog

    language("en")
    dialog = LoginDialog(client_settings, lambda url: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ISP Desk — Sign in"
    assert dialog.ui.loginButton.text() == "Sign &in"


def test_preferences_save_the_language_for_the_next_start(qtbot, client_settings):
    from desk_client.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(client_settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.languageCombo.currentData() == "pt_BR"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.language_changed and client_settings.language == "en"
    assert client_settings.server_url in dialog.ui.serverLabel.text()


def test_preferences_sit_in_the_file_menu(qtbot, client_settings):
    from PySide6.QtWidgets import QMainWindow

    from desk_client.forms.ui_main_window import Ui_MainWindow
    from desk_client.preferences_dialog import install

    window = QMainWindow()
    window.ui = Ui_MainWindow()
    window.ui.setupUi(window)
    qtbot.addWidget(window)
    action = install(window, client_settings)
    actions = window.ui.menuFile.actions()
    assert actions[0] is action and actions.index(window.ui.actionLogout) > 0
    action.trigger()
    dialog = window.findChild(QDialogButtonBox).parent()
    assert dialog.isVisible()
    dialog.reject()
