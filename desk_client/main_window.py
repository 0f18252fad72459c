"""Main window shell: menus and toolbar of the capabilities, status bar with user and connection."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from . import __version__
from .api import ApiClient
from .connection_monitor import ConnectionMonitor
from .forms.ui_main_window import Ui_MainWindow
from .icons import icon
from .permissions import ROLE_LABELS, can_use
from .session_windows import close_user_windows, keeps_work, open_work
from .settings import ClientSettings
from .style import status_style

log = logging.getLogger("desk_client.main_window")


class MainWindow(QMainWindow):
    logout_requested = Signal()
    quit_requested = Signal()

    def __init__(self, api: ApiClient, settings: ClientSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.api = api
        self.settings = settings
        self.user = api.user or {}
        self._closing_for_logout = False

        self.features: dict[str, QAction] = {
            "new_ticket": self.ui.actionNewTicket,
            "find_client": self.ui.actionFindClient,
            "tickets": self.ui.actionTickets,
            "agenda": self.ui.actionAgenda,
            "scripts": self.ui.actionScripts,
            "ticket_types": self.ui.actionTicketTypes,
            "ticket_statuses": self.ui.actionTicketStatuses,
            "holidays": self.ui.actionHolidays,
            "routers": self.ui.actionRouters,
            "users": self.ui.actionUsers,
        }
        for key, action in self.features.items():
            action.setIcon(icon(key))
            visible = can_use(self.user.get("role", ""), key)
            action.setVisible(visible)
            action.setEnabled(False)  # until a window registers for it (enable_feature)
            # greyed out is not enough: say why (menus show tooltips, see below)
            action.setToolTip(self.tr("%s — ainda não disponível: chega numa próxima versão do ISP Desk.")
                              % action.text().replace("&", ""))
        self.ui.menuAdmin.menuAction().setVisible(any(
            a.isVisible() for a in (self.ui.actionScripts, self.ui.actionTicketTypes, self.ui.actionTicketStatuses,
                                    self.ui.actionRouters, self.ui.actionUsers)))
        for menu in (self.ui.menuFile, self.ui.menuAttendance, self.ui.menuAdmin, self.ui.menuHelp):
            menu.setToolTipsVisible(True)
        self.ui.actionLogout.setIcon(icon("logout"))
        self.setWindowIcon(icon("app"))
        self.ui.actionLogout.triggered.connect(self._logout)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)

        name = self.user.get("name", "")
        self.setWindowTitle(self.tr("ISP Desk — %s") % name)
        self.ui.welcomeLabel.setText(self.tr("Olá, %s") % name.split(" ")[0] if name else self.tr("Bem-vindo(a)"))
        self.ui.shortcutsLabel.setText(self._shortcuts_html())

        self.user_label = QLabel(self.tr("%s (%s)") % (name, ROLE_LABELS.get(self.user.get("role"), "")))
        self.server_label = QLabel(self.tr("Servidor: %s") % api.base_url)
        self.connection_label = QLabel()
        for widget in (self.user_label, self.server_label):
            self.statusBar().addWidget(widget)
        self.statusBar().addPermanentWidget(self.connection_label)

        self.monitor = ConnectionMonitor(api, parent=self)
        self.monitor.state_changed.connect(self._show_connection)
        self._show_connection(None)
        self.monitor.start()

        geometry = settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- features ------------------------------------------------------------------------------
    def enable_feature(self, key: str, handler: Callable[[], None]) -> None:
        """A capability that exists: enable its action (it stays hidden if the role may not use it)."""
        action = self.features[key]
        action.setEnabled(True)
        action.setToolTip(action.text().replace("&", ""))
        action.triggered.connect(handler)

    def _shortcuts_html(self) -> str:
        rows = [(a.shortcut().toString(), a.text().replace("&", "")) for a in self.features.values()
                if a.isVisible() and not a.shortcut().isEmpty()]
        items = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{t}</td></tr>" for k, t in rows)
        return f"<table cellpadding='4'>{items}</table>"

    # -- status --------------------------------------------------------------------------------
    def _show_connection(self, online: bool | None) -> None:
        if online is None:
            text, kind, name = self.tr("verificando conexão…"), "wait", "status_wait"
        elif online:
            text, kind, name = self.tr("conectado"), "ok", "status_ok"
        else:
            text, kind, name = self.tr("sem conexão"), "bad", "status_bad"
        self.connection_label.setText(f"<img src=':/icons/{name}.svg' width='14' height='14'> {text}")
        self.connection_label.setStyleSheet(status_style(kind))
        self.connection_label.setToolTip(self.tr("Conexão com o servidor: %s") % text)

    # -- closing -------------------------------------------------------------------------------
    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Sobre o ISP Desk"),
                          self.tr("<b>ISP Desk</b> %s<br>Central de atendimento para provedores de internet.")
                          % __version__)

    def _logout(self) -> None:
        self._closing_for_logout = True
        self.close()

    def _confirm_end(self, work: list[QWidget]) -> None:
        """Non-blocking question; 'Sim' closes again with the answer given."""
        wizard = any(keeps_work(w) for w in work)
        text = (self.tr("Há um atendimento em andamento. Ele fica salvo como rascunho e será oferecido "
                        "no próximo login.") if wizard else
                self.tr("Há uma edição aberta: o que não foi salvo será perdido."))
        verb = self.tr("Sair da sessão?") if self._closing_for_logout else self.tr("Fechar o ISP Desk?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Encerrar sessão"), f"{text}\n\n{verb}",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Sim"))  # (no Qt catalogue: not "Yes")
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Não"))
        box.finished.connect(self._end_confirmed)
        self.close_box = box
        box.open()

    def _end_confirmed(self, _result: int) -> None:
        box, self.close_box = self.close_box, None
        if box is not None and box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self._end_confirmed_once = True
            self.close()
        else:
            self._closing_for_logout = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # Blocked signals: the controller ends the session itself (expired token): nobody to ask.
        work = [] if self.signalsBlocked() or getattr(self, "_end_confirmed_once", False) else open_work(self)
        if work:
            event.ignore()
            if getattr(self, "close_box", None) is None:
                self._confirm_end(work)
            return
        close_user_windows(self)
        self.monitor.stop()
        self.settings.set_geometry("main_window", self.saveGeometry())
        event.accept()
        if self._closing_for_logout:
            self.logout_requested.emit()
        else:
            self.quit_requested.emit()
