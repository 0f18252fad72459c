"""Desconectar: drop a customer's PPPoE session from the MikroTik panel (supervisors, and operators when
the server allows it — the server decides and answers 403 otherwise), after a confirmation with the
reason; then the re-login is followed live ("cliente reconectou após 12 s" / "não reconectou em 60 s").
The server records the action and, with a ticket, the event in its history.

    attach(panel, api)            # adds the button and the live line to a ConnectionPanel
    panel.disconnect_flow.ticket_id = 123   # the ticket window: the event goes to its history
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from ..api import ApiClient, ApiError, routers, subscriptions
from ..api.slot import CallSlot
from ..style import status_style

POLL_MS = 2000
DISCONNECT_ROLES = ("operator", "supervisor", "admin")  # technicians never; operators if the server allows


class DisconnectFlow(QObject):
    finished = Signal(str)  # the final re-login status: reconnected, not_reconnected, unknown, failed

    def __init__(self, api: ApiClient, button: QPushButton, label: QLabel, parent: QWidget):
        super().__init__(parent)
        self.api, self.button, self.label, self.host = api, button, label, parent
        self.subscription_id: int | None = None
        self.ticket_id: int | None = None
        self.action_id: int | None = None
        self.dialog: QInputDialog | None = None
        self._call = CallSlot(api, self)  # the disconnect, then each status poll: one at a time
        self._poll = QTimer(self, singleShot=True, interval=POLL_MS)
        self._poll.timeout.connect(self._ask_status)
        button.clicked.connect(self.confirm)
        self.set_subscription(None)

    def set_subscription(self, subscription_id: int | None) -> None:
        self.subscription_id = subscription_id
        self.button.setEnabled(subscription_id is not None and self.action_id is None)
        self.button.setToolTip(self.tr("Derruba a sessão PPPoE para o cliente reconectar") if subscription_id
                               else self.tr("Escolha um plano com login PPPoE"))

    def confirm(self) -> None:
        if self.subscription_id is None:
            return
        dialog = QInputDialog(self.host)
        dialog.setWindowTitle(self.tr("Desconectar cliente"))
        dialog.setLabelText(self.tr("A sessão PPPoE será derrubada e o cliente ficará alguns segundos sem "
                                    "internet.\nMotivo (fica registrado):"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("&Desconectar"))
        dialog.setCancelButtonText(self.tr("&Cancelar"))
        dialog.textValueSelected.connect(self._confirmed)
        self.dialog = dialog
        dialog.open()

    def _confirmed(self, reason: str) -> None:
        self.dialog = None
        reason = reason.strip()
        if len(reason) < 3:
            self._show(self.tr("Desconexão não feita: informe o motivo."), "bad")
            return
        self.button.setEnabled(False)
        self._show(self.tr("Desconectando…"), "wait")
        body = {"reason": reason, "ticket_id": self.ticket_id}
        call = self._call.run(subscriptions.disconnect, self.subscription_id, body, timeout=20)
        call.succeeded.connect(self._disconnected)
        call.failed.connect(self._failed)

    def _disconnected(self, action: dict) -> None:
        self.action_id = int(action["id"])
        self._show_relogin(action)

    def _ask_status(self) -> None:
        if self.action_id is None:
            return
        call = self._call.run(routers.action, self.action_id)
        call.succeeded.connect(self._show_relogin)
        call.failed.connect(self._failed)

    def _show_relogin(self, action: dict) -> None:
        relogin = action.get("relogin") or {}
        state = relogin.get("status") or "unknown"
        if state == "pending":
            self._show(self.tr("Sessão derrubada; aguardando o cliente reconectar (até %s s)…")
                       % (relogin.get("window_seconds") or "?"), "wait")
            self._poll.start()
            return
        kind = {"reconnected": "ok", "not_reconnected": "bad"}.get(state, "")
        self._show(relogin.get("text") or self.tr("Reconexão não verificada."), kind)
        self._end(state)

    def _failed(self, error: ApiError) -> None:
        self._show(self.tr("Desconexão: %s") % error.message, "bad")
        self._end("failed")

    def _end(self, state: str) -> None:
        self.action_id = None
        self._call.cancel()
        self.button.setEnabled(self.subscription_id is not None)
        self.finished.emit(state)

    def _show(self, text: str, kind: str) -> None:
        self.label.setText(text)
        self.label.setStyleSheet(status_style(kind))
        self.label.setVisible(bool(text))

    def stop(self) -> None:
        self._poll.stop()
        self._call.cancel()


def attach(panel, api: ApiClient) -> DisconnectFlow | None:
    """Add "Desconectar…" beside the panel's Atualizar, for the roles that may use it."""
    if (api.user or {}).get("role") not in DISCONNECT_ROLES:
        return None
    button = QPushButton(QCoreApplication.translate("DisconnectFlow", "Desco&nectar…"), panel)
    label = QLabel(panel)
    label.setWordWrap(True)
    label.hide()
    panel.ui.headerLayout.addWidget(button)
    panel.ui.mainLayout.insertWidget(1, label)
    flow = DisconnectFlow(api, button, label, panel)
    panel.disconnect_flow = flow
    return flow
