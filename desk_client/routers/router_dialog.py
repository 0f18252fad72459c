"""Administração → Roteadores → Adicionar / Editar (admins): the router's address and API user, with
"Testar conexão" before saving; and the one-line text of a test's answer (also the window's)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..api import ApiClient, ApiError, routers
from ..forms.ui_router_dialog import Ui_RouterDialog
from ..icons import icon
from ..style import status_style
from .format import latency

TEST_TIMEOUT_S = 20.0
DEFAULT_PORT, DEFAULT_SSL_PORT = 8728, 8729


def test_result_text(name: str, body: dict) -> str:
    """One line for the "Testar conexão" answer of POST /routers/{id}/test or /routers/test."""
    if body.get("ok"):
        parts = []
        if body.get("identity"):
            parts.append(f"identidade {body['identity']}")
        if body.get("version"):
            parts.append(f"RouterOS {body['version']}")
        if body.get("latency_ms") is not None:
            parts.append(f"latência {latency(body['latency_ms'])}")
        if body.get("sessions") is not None:
            parts.append(f"{body['sessions']} sessões PPPoE")
        return f"{name}: conexão OK" + (f" ({', '.join(parts)})" if parts else "")
    return f"{name}: falhou — {body.get('error') or 'erro desconhecido'}"


class RouterDialog(QDialog):
    """Add or edit a router (admin). The password field is write-only: empty keeps the stored one."""

    saved = Signal(dict)

    def __init__(self, api: ApiClient, router: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RouterDialog()
        self.ui.setupUi(self)
        self.api = api
        self.router = router
        self._save_call = None
        self._test_call = None
        self.setWindowIcon(icon("routers"))
        editing = router is not None
        self.setWindowTitle(self.tr("Editar roteador — %s") % router["name"] if editing else self.tr("Novo roteador"))
        if editing:
            self.ui.nameEdit.setText(router.get("name", ""))
            self.ui.hostEdit.setText(router.get("host", ""))
            self.ui.portSpin.setValue(int(router.get("port") or DEFAULT_PORT))
            self.ui.sslCheck.setChecked(bool(router.get("use_ssl")))
            self.ui.usernameEdit.setText(router.get("username", ""))
            self.ui.activeCheck.setChecked(bool(router.get("active", True)))
            self.ui.passwordEdit.setPlaceholderText(self.tr("(inalterada — digite para trocar)"))
        else:
            self.ui.usernameEdit.setText("admin")
            self.ui.passwordEdit.setPlaceholderText(self.tr("senha do usuário da API"))
        self.ui.sslCheck.toggled.connect(self._ssl_toggled)
        self.ui.testButton.clicked.connect(self.test)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Salvar"))
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.show_error("")
        self.ui.testResultLabel.setText("")
        self.ui.nameEdit.setFocus()

    def _ssl_toggled(self, on: bool) -> None:
        if self.ui.portSpin.value() in (DEFAULT_PORT, DEFAULT_SSL_PORT):
            self.ui.portSpin.setValue(DEFAULT_SSL_PORT if on else DEFAULT_PORT)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def values(self) -> dict:
        body = {"name": self.ui.nameEdit.text().strip(), "host": self.ui.hostEdit.text().strip(),
                "port": self.ui.portSpin.value(), "use_ssl": self.ui.sslCheck.isChecked(),
                "username": self.ui.usernameEdit.text().strip(), "active": self.ui.activeCheck.isChecked()}
        password = self.ui.passwordEdit.text()
        if password:
            body["password"] = password
        return body

    def _check(self, body: dict, *, need_name: bool = True) -> str | None:
        if need_name and len(body["name"]) < 2:
            self.ui.nameEdit.setFocus()
            return self.tr("Informe o nome do roteador (2 caracteres ou mais).")
        if not body["host"]:
            self.ui.hostEdit.setFocus()
            return self.tr("Informe o endereço (IP ou nome) do roteador.")
        if not body["username"]:
            self.ui.usernameEdit.setFocus()
            return self.tr("Informe o usuário da API.")
        if self.router is None and "password" not in body:
            self.ui.passwordEdit.setFocus()
            return self.tr("Informe a senha do usuário da API.")
        return None

    def save(self) -> None:
        if self._save_call is not None:
            return
        body = self.values()
        problem = self._check(body)
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        if self.router is None:
            call = routers.create(self.api, body, owner=self)
        else:
            call = routers.update(self.api, self.router["id"], body, owner=self)
        call.succeeded.connect(self._saved)
        call.failed.connect(self._save_failed)
        call.finished.connect(self._save_finished)
        self._save_call = call
        self.ui.buttonBox.setEnabled(False)

    def _save_failed(self, error: ApiError) -> None:
        self.show_error(self.tr("Não foi salvo: %s") % error.message)

    def _save_finished(self) -> None:
        self._save_call = None
        self.ui.buttonBox.setEnabled(True)

    def _saved(self, router: dict) -> None:
        self.ui.passwordEdit.clear()
        self.saved.emit(router)
        self.accept()

    def test(self) -> None:
        if self._test_call is not None:
            return
        body = self.values()
        problem = self._check(body, need_name=False)
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        payload = {k: body[k] for k in ("host", "port", "use_ssl", "username")}
        if "password" in body:
            payload["password"] = body["password"]
        if self.router is not None:
            payload["router_id"] = self.router["id"]
        self.ui.testResultLabel.setStyleSheet(status_style("wait"))
        self.ui.testResultLabel.setText(self.tr("Conectando…"))
        self.ui.testButton.setEnabled(False)
        call = routers.test_settings(self.api, payload, timeout=TEST_TIMEOUT_S, owner=self)
        call.succeeded.connect(self._tested)
        call.failed.connect(self._test_failed)
        call.finished.connect(self._test_finished)
        self._test_call = call

    def _tested(self, body: dict) -> None:
        ok = body.get("ok")
        name = self.ui.nameEdit.text().strip() or self.ui.hostEdit.text().strip()
        self.ui.testResultLabel.setStyleSheet(status_style("ok" if ok else "bad"))
        self.ui.testResultLabel.setText(test_result_text(name, body))

    def _test_failed(self, error: ApiError) -> None:
        self.ui.testResultLabel.setStyleSheet(status_style("bad"))
        self.ui.testResultLabel.setText(self.tr("Teste não realizado: %s") % error.message)

    def _test_finished(self) -> None:
        self._test_call = None
        self.ui.testButton.setEnabled(True)

    def reject(self) -> None:
        for call in (self._save_call, self._test_call):
            if call is not None:
                call.cancel()
        super().reject()
