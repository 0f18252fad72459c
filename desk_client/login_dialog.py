"""Login dialog: server URL, user, password; stays responsive and cancellable while connecting."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from . import __version__
from .api import ApiClient, ApiError, auth
from .forms.ui_login import Ui_LoginDialog
from .icons import icon
from .settings import ClientSettings

log = logging.getLogger("desk_client.login")


class LoginDialog(QDialog):
    def __init__(self, settings: ClientSettings, make_api: Callable[[str], ApiClient],
                 message: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self._make_api = make_api
        self.api: ApiClient | None = None
        self.user: dict | None = None
        self._call = None
        self._candidate: ApiClient | None = None

        self.setWindowIcon(icon("app"))
        self.ui.logoLabel.setPixmap(icon("app").pixmap(48, 48))
        self.ui.versionLabel.setText(self.tr("versão %s") % __version__)
        self.ui.serverEdit.setText(settings.server_url)
        if settings.preset.force_server:  # the admin's isp-desk.ini wins anyway: don't invite edits
            self.ui.serverEdit.setReadOnly(True)
            self.ui.serverEdit.setToolTip(self.tr("Definido pelo administrador (isp-desk.ini)"))
        self.ui.usernameEdit.setText(settings.last_username)
        self.ui.loginButton.clicked.connect(self.attempt)
        self.ui.cancelButton.clicked.connect(self._cancel_or_close)
        self._set_busy(False)
        self.show_error(message or "")
        (self.ui.passwordEdit if settings.last_username else self.ui.usernameEdit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    # -- states --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._call is not None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.serverEdit, self.ui.usernameEdit, self.ui.passwordEdit, self.ui.loginButton):
            widget.setEnabled(not busy)
        self.ui.busyBar.setVisible(busy)
        self.ui.busyLabel.setVisible(busy)
        self.ui.cancelButton.setText(self.tr("Cancelar") if busy else self.tr("Fechar"))

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------
    def attempt(self) -> None:
        if self.busy:
            return
        server = self.ui.serverEdit.text().strip()
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not server.startswith(("http://", "https://")):
            self.show_error(self.tr("Informe o endereço do servidor, ex.: http://servidor:8470"))
            self.ui.serverEdit.setFocus()
            return
        if not username:
            self.show_error(self.tr("Informe o usuário."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Informe a senha."))
            self.ui.passwordEdit.setFocus()
            return
        self.show_error("")
        if self._candidate is None or self._candidate.base_url != server.rstrip("/"):
            self._candidate = self._make_api(server)
        self._call = auth.login(self._candidate, username, password)
        self._call.succeeded.connect(self._logged_in)
        self._call.failed.connect(self._refused)
        self._set_busy(True)
        log.info("login attempt for %s at %s", username, server)

    def _cancel_or_close(self) -> None:
        if self.busy:
            self._call.cancel()
            self._call = None
            self._set_busy(False)
            self.show_error(self.tr("Conexão cancelada."))
            self.ui.loginButton.setFocus()
        else:
            self.reject()

    def _logged_in(self, body: dict) -> None:
        self._call = None
        api = self._candidate
        api.token = body["token"]
        api.user = body["user"]
        self.api, self.user = api, body["user"]
        self.settings.server_url = api.base_url
        self.settings.last_username = self.ui.usernameEdit.text().strip()
        self.ui.passwordEdit.clear()
        log.info("logged in as %s (%s)", self.user["username"], self.user["role"])
        self.accept()

    def _refused(self, error: ApiError) -> None:
        self._call = None
        self._set_busy(False)
        if error.status == 401:
            text = error.detail or self.tr("Usuário ou senha inválidos.")
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        elif error.status == 429:
            text = error.detail or self.tr("Usuário bloqueado temporariamente. Aguarde alguns minutos.")
        else:
            text = error.message
        log.info("login refused: %s", error.kind if error.status is None else error.status)
        self.show_error(text)

    def reject(self) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        super().reject()
