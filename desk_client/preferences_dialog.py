"""Preferências (Arquivo menu): the interface language, applied at the next start, and the server
the client connects to (shown; it is chosen in the login window or preset by the admin)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from .forms.ui_preferences import Ui_PreferencesDialog
from .i18n import LANGUAGES
from .settings import ClientSettings


class PreferencesDialog(QDialog):
    def __init__(self, settings: ClientSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        for code, name in LANGUAGES.items():  # each language in its own words, as usual
            self.ui.languageCombo.addItem(name, code)
        current = self.ui.languageCombo.findData(settings.language)
        self.ui.languageCombo.setCurrentIndex(max(current, 0))
        self.ui.serverLabel.setText(settings.server_url)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.language_changed = False

    def accept(self) -> None:
        chosen = self.ui.languageCombo.currentData()
        self.language_changed = chosen != self.settings.language
        self.settings.language = chosen
        self.settings.sync()
        super().accept()


def open_preferences(settings: ClientSettings, parent: QWidget) -> PreferencesDialog:
    dialog = PreferencesDialog(settings, parent)
    dialog.open()
    return dialog


def install(window, settings: ClientSettings) -> QAction:
    """Adds "Preferências…" to the main window's Arquivo menu, above "Sair da sessão"."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Preferências…"), window)
    action.setObjectName("actionPreferences")
    window.ui.menuFile.insertAction(window.ui.actionLogout, action)
    window.ui.menuFile.insertSeparator(window.ui.actionLogout)
    action.triggered.connect(partial(open_preferences, settings, window))
    return action
