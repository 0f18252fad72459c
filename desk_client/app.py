"""`isp-desk`: QApplication bootstrap, logging, crash handler, translations, login, main window."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from . import __version__

_T0 = time.perf_counter()
log = logging.getLogger("desk_client.app")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="isp-desk", description="ISP Desk — cliente de atendimento")
    parser.add_argument("--version", action="version", version=f"isp-desk {__version__}")
    parser.add_argument("--server", help="endereço do servidor (ex.: http://127.0.0.1:8470)")
    parser.add_argument("--language", choices=["pt_BR", "en"], help="idioma da interface")
    return parser.parse_known_args(argv)[0]


class DeskController:
    """Login → main window → (logout or expired session) → login again."""

    def __init__(self, app, settings):
        self.app = app
        self.settings = settings
        self.login = None
        self._retired_login = None
        self._retired_window = None
        self.window = None
        self.api = None

    def make_api(self, url: str):
        from .api import ApiClient

        return ApiClient(url, parent=self.app)

    def show_login(self, message: str | None = None):
        from .login_dialog import LoginDialog

        self.login = LoginDialog(self.settings, self.make_api, message)
        self.login.accepted.connect(self._logged_in)
        self.login.rejected.connect(self._login_closed)
        self.login.show()
        return self.login

    def _login_closed(self) -> None:
        if self.window is None:
            self.app.quit()

    def _logged_in(self) -> None:
        from . import features
        from .main_window import MainWindow

        self.api = self.login.api
        # Not deleteLater(): we are inside the dialog's own signal, and tests may still hold it.
        # Keeping the last closed dialog referenced lets Python free it safely on the next login.
        self._retired_login, self.login = self.login, None
        self.api.unauthorized.connect(self._session_over)
        self.window = MainWindow(self.api, self.settings)
        features.install(self.window, self.api, self.settings)
        self.window.logout_requested.connect(self._logout)
        self.window.quit_requested.connect(self._quit)
        self.window.show()

    def _end_session(self, revoke: bool) -> None:
        if self.api is not None:
            if revoke:
                from .api import auth

                auth.logout(self.api, timeout=3)
            self.api.unauthorized.disconnect(self._session_over)
        if self.window is not None:
            # Kept referenced (not deleteLater) for the same reason as the retired login dialog.
            self._retired_window, self.window = self.window, None

    def _session_over(self, message: str) -> None:
        if self.window is None:
            return
        log.info("session ended by the server: %s", message)
        self.window.blockSignals(True)
        self.window.close()
        self._end_session(revoke=False)
        self.show_login(message or "Sessão expirada: faça login novamente.")

    def _logout(self) -> None:
        self._end_session(revoke=True)
        self.show_login()

    def _quit(self) -> None:
        self._end_session(revoke=True)
        self.app.quit()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])  # --version exits here, before Qt is loaded

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from . import crash, i18n, logging_setup, paths, style
    from .settings import ClientSettings

    QCoreApplication.setOrganizationName(paths.ORG_NAME)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    log_dir = paths.log_dir()
    logging_setup.configure(log_dir)
    logging_setup.route_qt_messages()
    crash.install(log_dir)
    from .refcount_guard import install as guard_bool_refcounts
    guard_bool_refcounts()  # before the first signal: PySide6's emit() leaks references to True
    log.info("ISP Desk %s starting (Qt platform %s)", __version__, app.platformName())

    settings = ClientSettings()
    if args.server:
        settings.server_url = args.server
    if args.language:
        settings.language = args.language
    i18n.install(app, settings.language)
    style.apply(app)

    from .gc_guard import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(app)  # noqa: F841 — lives with the app
    controller = DeskController(app, settings)
    login = controller.show_login()

    previous = crash.previous_hard_crash(log_dir)
    if previous:
        log.error("the previous session ended in a hard crash:\n%s", previous)
        if os.environ.get("ISP_DESK_NO_CRASH_DIALOGS") != "1":
            translate = QCoreApplication.translate  # `app` is a QApplication: app.tr() would look in its class
            box = QMessageBox(QMessageBox.Icon.Warning, translate("app", "Falha na sessão anterior"),
                              translate("app", "O ISP Desk foi encerrado de forma inesperada na última vez. "
                                               "Os detalhes estão no log."), parent=login)
            box.setDetailedText(previous)
            box.open()

    if os.environ.get("ISP_DESK_EXIT_WHEN_SHOWN") == "1":  # start-up benchmark (bench/client_start.py)
        def shown():
            # The window and its title too: scripts/build-bundle checks the bundle showed the login in
            # the language asked for.
            print(f"shown_after_s={time.perf_counter() - _T0:.4f} window={type(login).__name__} "
                  f"visible={login.isVisible()} server={login.ui.serverEdit.text()} "
                  f"title={login.windowTitle()}", flush=True)
            app.quit()
        QTimer.singleShot(0, shown)

    code = app.exec()
    if controller.api is not None:
        controller.api.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
