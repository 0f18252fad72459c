"""Administração → Roteadores (supervisor/admin; admins add and edit): the MikroTik concentrators with
the poller's status (coloured + icon + word), sessions, RouterOS version, latency and last error;
"Testar conexão" connects now."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..api import ApiClient, ApiError, routers
from ..forms.ui_routers_window import Ui_RoutersWindow
from ..icons import icon
from ..style import BAD_RED, OK_GREEN, WAIT_AMBER, status_style
from ..window_chrome import closable
from ..window_placement import place
from .format import ago, latency, local_time
from .router_dialog import TEST_TIMEOUT_S, RouterDialog, test_result_text

log = logging.getLogger("desk_client.routers.window")

REFRESH_MS = 30_000
COLUMNS = ("Nome", "Endereço", "Situação", "Sessões", "Versão", "CPU", "Latência", "Verificado",
           "Pontos", "Último erro")
ERROR_COLUMN = COLUMNS.index("Último erro")


def status_of(router: dict) -> tuple[str, str, str]:
    """(kind, word, tooltip) of a router row: ok/online, bad/offline, wait/não verificado."""
    status = router.get("status") or {}
    if not router.get("active", True):
        return "", "desativado", "Roteador desativado: o servidor não o consulta."
    reachable = status.get("reachable")
    if reachable is True:
        return "ok", "online", f"Respondeu {ago(status.get('checked_at'))}"
    if reachable is False:
        return "bad", "offline", status.get("error") or "Não respondeu."
    return "wait", "não verificado", "Ainda não consultado pelo servidor."


class _SortItem(QTableWidgetItem):
    """Sorts by a hidden key (numbers as numbers, '—' last)."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.key = key

    def __lt__(self, other):
        if isinstance(other, _SortItem):
            a, b = self.key, other.key
            if a is None:
                return False
            if b is None:
                return True
            return a < b
        return super().__lt__(other)


class RoutersController(QObject):
    """The "routers" feature: one Roteadores window per main window."""

    def __init__(self, api: ApiClient, settings, parent: QWidget):
        super().__init__(parent)
        self.api = api
        self.settings = settings
        self.window: RoutersWindow | None = None

    def open(self) -> RoutersWindow:
        if self.window is None:
            self.window = RoutersWindow(self.api, self.parent())
            self.window.destroyed.connect(lambda *_: setattr(self, "window", None))
            place(self.window, None, "routers", QSize(1060, 460))  # centred, not at the corner
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


class RoutersWindow(QWidget):
    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RoutersWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowIcon(icon("routers"))
        self.api = api
        self.is_admin = (api.user or {}).get("role") == "admin"
        self.routers: list[dict] = []
        self.dialog: RouterDialog | None = None
        self._list_call = None
        self._list_quiet = False
        self._test_call = None
        self._testing_name = ""
        self._closed = False
        table = self.ui.routersTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ERROR_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.ui.addButton.setIcon(icon("routers"))
        self.ui.addButton.setVisible(self.is_admin)
        self.ui.editButton.setVisible(self.is_admin)
        self.ui.addButton.clicked.connect(self._add_clicked)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.testButton.clicked.connect(self.test_selected)
        self.ui.refreshButton.clicked.connect(self._refresh_clicked)
        self.ui.closeButton.clicked.connect(self.close)
        closable(self)  # Esc too
        table.itemDoubleClicked.connect(self._double_clicked)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._timer_reload)
        self.resize(1060, 460)
        self._selection_changed()
        self.reload()

    # -- data ---------------------------------------------------------------------------------------
    def reload(self, *, quiet: bool = False) -> None:
        """Fetch the list again; quiet (timer, after a test) keeps the message on screen."""
        if self._list_call is not None or self._closed:
            return
        if not quiet:
            self._show_message(self.tr("Carregando roteadores…"), "wait")
        self.ui.refreshButton.setEnabled(False)
        self._list_quiet = quiet
        call = routers.routers(self.api, owner=self)
        call.succeeded.connect(self._loaded)
        call.failed.connect(self._load_failed)
        call.finished.connect(self._list_finished)
        self._list_call = call

    def _refresh_clicked(self) -> None:
        self.reload()

    def _timer_reload(self) -> None:
        self.reload(quiet=True)

    def _list_finished(self) -> None:
        self._list_call = None
        if not self._closed:
            self.ui.refreshButton.setEnabled(True)

    def _loaded(self, body: dict) -> None:
        if self._closed:
            return
        self.routers = list((body or {}).get("items", []))
        self.fill(self.routers)
        if self._list_quiet:
            return
        offline = sum(1 for r in self.routers if r.get("active", True) and (r.get("status") or {}).get("reachable") is False)
        if offline:
            self._show_message((self.tr("1 roteador sem resposta: veja a coluna Último erro.") if offline == 1 else
                                self.tr("%d roteadores sem resposta: veja a coluna Último erro.") % offline), "bad")
        else:
            self._show_message("")

    def _load_failed(self, error: ApiError) -> None:
        if self._closed:
            return
        self._show_message(self.tr("Não foi possível carregar os roteadores: %s") % error.message, "bad")

    def fill(self, rows: list[dict]) -> None:
        table = self.ui.routersTable
        selected = self.current()
        selected_id = selected.get("id") if selected else None
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for row, router in enumerate(rows):
            status = router.get("status") or {}
            kind, word, tip = status_of(router)
            host = f"{router.get('host')}:{router.get('port')}" + (" (SSL)" if router.get("use_ssl") else "")
            cpu = status.get("cpu_load")
            point_names = [p.get("name", "") for p in router.get("routing_points", [])]
            cells = [
                _SortItem(router.get("name", ""), (router.get("name") or "").lower()),
                _SortItem(host, host),
                _SortItem(word, {"ok": 0, "wait": 1, "bad": 2}.get(kind, 3)),
                _SortItem(str(status["sessions"]) if status.get("sessions") is not None else "—", status.get("sessions")),
                _SortItem(status.get("version") or "—", status.get("version") or ""),
                _SortItem(f"{cpu}%" if cpu is not None else "—", cpu),
                _SortItem(latency(status.get("latency_ms")), status.get("latency_ms")),
                _SortItem(local_time(status.get("checked_at")) if status.get("checked_at") else "—",
                          status.get("checked_at") or ""),
                _SortItem(str(len(point_names)) if point_names else "—", len(point_names)),
                _SortItem(status.get("error") or "", status.get("error") or ""),
            ]
            cells[7].setToolTip(ago(status.get("checked_at")) if status.get("checked_at") else "")
            cells[8].setToolTip(self.tr("Pontos de roteamento ligados a este roteador:\n%s")
                                % "\n".join(point_names) if point_names else self.tr("Nenhum ponto de roteamento"))
            cells[0].setData(Qt.ItemDataRole.UserRole, router)
            status_item = cells[2]
            status_item.setIcon(self._status_icon(kind))
            status_item.setForeground(QColor({"ok": OK_GREEN, "bad": BAD_RED, "wait": WAIT_AMBER}.get(kind, "#52606d")))
            font = status_item.font()
            font.setBold(True)
            status_item.setFont(font)
            status_item.setToolTip(tip)
            cells[ERROR_COLUMN].setToolTip(status.get("error") or "")
            if status.get("error"):
                cells[ERROR_COLUMN].setForeground(QColor(BAD_RED))
            for col, item in enumerate(cells):
                if not router.get("active", True) and col != 2:
                    item.setForeground(Qt.GlobalColor.gray)
                if col in (3, 5, 6, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.setSortingEnabled(True)
        target = 0
        for r in range(table.rowCount()):
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole).get("id") == selected_id:
                target = r
        if table.rowCount():
            table.selectRow(target)
        total = len(rows)
        online = sum(1 for r in rows if status_of(r)[0] == "ok")
        self.ui.countLabel.setText((self.tr("1 roteador, %d online") % online) if total == 1 else
                                   (self.tr("%d roteadores, %d online") % (total, online)))
        self._selection_changed()

    @staticmethod
    def _status_icon(kind: str) -> QIcon:
        return icon({"ok": "status_ok", "bad": "status_bad"}.get(kind, "status_wait"))

    def current(self) -> dict | None:
        rows = self.ui.routersTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.routersTable.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self) -> None:
        has = self.current() is not None
        self.ui.editButton.setEnabled(has and self.is_admin)
        self.ui.testButton.setEnabled(has and self._test_call is None)

    # -- actions ------------------------------------------------------------------------------------
    def _add_clicked(self) -> None:
        self.edit(None)

    def _double_clicked(self, _item) -> None:
        if self.is_admin:
            self.edit_selected()
        else:
            self.test_selected()

    def edit_selected(self) -> None:
        router = self.current()
        if router is not None and self.is_admin:
            self.edit(router)

    def edit(self, router: dict | None) -> RouterDialog | None:
        if not self.is_admin:
            return None
        self.dialog = RouterDialog(self.api, router, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, router: dict) -> None:
        self._show_message(self.tr("Roteador %s salvo.") % router.get("name", ""), "ok")
        self.reload(quiet=True)

    def test_selected(self) -> None:
        router = self.current()
        if router is None or self._test_call is not None or self._closed:
            return
        self._show_message(self.tr("Testando conexão com %s…") % router["name"], "wait")
        self._list_quiet = True  # a list answer still on its way must not overwrite the test's result
        self._testing_name = router["name"]
        call = routers.test(self.api, router["id"], timeout=TEST_TIMEOUT_S, owner=self)
        call.succeeded.connect(self._tested)
        call.failed.connect(self._test_failed)
        call.finished.connect(self._test_finished)
        self._test_call = call
        self.ui.testButton.setEnabled(False)

    def _test_finished(self) -> None:
        self._test_call = None
        if self._closed:
            return
        self._selection_changed()
        self.reload(quiet=True)

    def _tested(self, body: dict) -> None:
        self._show_message(test_result_text(self._testing_name, body), "ok" if body.get("ok") else "bad")

    def _test_failed(self, error: ApiError) -> None:
        self._show_message(self.tr("Teste não realizado: %s") % error.message, "bad")

    def _show_message(self, text: str, kind: str = "") -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(status_style(kind) if kind else "")

    # -- Qt events ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def closeEvent(self, event) -> None:
        self._closed = True
        self.timer.stop()
        for call in (self._list_call, self._test_call):
            if call is not None:
                call.cancel()
        super().closeEvent(event)
