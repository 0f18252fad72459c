"""Pedido de histórico (Decreto 11.034/2022 art. 12) on the client window's Atendimentos tab: record the
consumer's request (channel e-mail or post, the address, 5 calendar days), show the requests with
their state (late ones in red), mark one as sent, and open the history PDF. By e-mail the server sends
it through its outbox: the line shows the e-mail's delivery (queued, retrying, not delivered, sent at)
and is refreshed while the e-mail waits."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..api import ApiError, CallSlot, history_requests
from ..style import BAD_RED, OK_GREEN
from ..ui.formats import show_date, show_datetime

POLL_MS = 10_000  # while a history e-mail waits in the server's outbox


def _may_mark_sent(request: dict) -> bool:
    """By hand only what the server does not send itself (post, or an e-mail it could not deliver)."""
    return request["state"] == "pending" and request.get("may_mark_sent", True)


class HistoryRequestDialog(QDialog):
    def __init__(self, client: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pedido de histórico — %s") % client.get("name", ""))
        self.setModal(True)
        form = QFormLayout(self)
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("E-mail"), "email")
        self.channel.addItem(self.tr("Correio"), "mail")
        self.address = QLineEdit(self)
        self.note = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;")
        self.error.hide()
        form.addRow(self.tr("&Canal:"), self.channel)
        form.addRow(self.tr("&Endereço:"), self.address)
        form.addRow(self.tr("&Observação:"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Registrar pedido"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.client = client
        self.channel.currentIndexChanged.connect(self._fill_address)
        self._fill_address()

    def _fill_address(self) -> None:
        c = self.client
        if self.channel.currentData() == "email":
            self.address.setText(c.get("email") or "")
        else:
            parts = [c.get("street"), c.get("number"), c.get("district"), c.get("city"), c.get("uf"), c.get("cep")]
            self.address.setText(", ".join(p for p in parts if p))

    def _check(self) -> None:
        if len(self.address.text().strip()) < 3:
            self.error.setText(self.tr("Informe o endereço para onde enviar o histórico."))
            self.error.show()
            self.address.setFocus()
            return
        self.accept()

    def body(self) -> dict:
        body = {"channel": self.channel.currentData(), "address": self.address.text().strip()}
        if self.note.text().strip():
            body["note"] = self.note.text().strip()
        return body


class HistoryRequests(QObject):
    """The row of buttons and the requests line under the client's Atendimentos."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.api = window.api
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Ped&ido de histórico…"), window)
        self.pdf_button = QPushButton(self.tr("Hi&stórico em PDF"), window)
        self.sent_button = QPushButton(self.tr("Marcar como &enviado"), window)
        self.resend_button = QPushButton(self.tr("Reen&viar e-mail"), window)
        self.resend_button.setToolTip(self.tr("Põe de novo na fila o e-mail do histórico que o servidor de e-mail recusou"))
        self.label = QLabel(window)
        self.label.setWordWrap(True)
        for widget in (self.request_button, self.pdf_button, self.sent_button, self.resend_button):
            row.addWidget(widget)
        row.addWidget(self.label, 1)
        window.ui.ticketsLayout.addLayout(row)
        self.request_button.clicked.connect(self.ask)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.sent_button.clicked.connect(self.mark_sent)
        self.resend_button.clicked.connect(self.resend)
        self.requests: list[dict] = []
        self.dialog: HistoryRequestDialog | None = None
        self._calls: list = []
        self._list = CallSlot(self.api, self)
        self.poll = QTimer(self)
        self.poll.setSingleShot(True)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._update()

    def _send(self, call, ok) -> None:
        self._calls.append(call)
        call.succeeded.connect(ok)
        call.failed.connect(self._failed)

    def reload(self) -> None:
        call = self._list.run(history_requests.listing, self.window.client_id)  # the latest answer wins
        call.succeeded.connect(self._arrived)
        call.failed.connect(self._failed)

    def _poll(self) -> None:
        if self.window.isVisible():
            self.reload()

    def _arrived(self, body: dict) -> None:
        self.requests = body.get("items") or []
        self._update()

    def _update(self) -> None:
        pending = [r for r in self.requests if _may_mark_sent(r)]
        self.sent_button.setVisible(bool(pending))
        self.resend_button.setVisible(any(r.get("may_resend") for r in self.requests))
        if not self.requests:
            self.label.setText("")
            return
        last = self.requests[0]
        email = last.get("email")
        if last["state"] == "sent":
            when = show_datetime(last["sent_at"])
            text = (self.tr("Histórico enviado por e-mail em %s") % when if email and email["status"] == "sent"
                    else self.tr("Histórico enviado em %s") % show_date(last["sent_at"]))
            colour = OK_GREEN
            if last["late"]:
                text, colour = text + " — " + self.tr("FORA DO PRAZO (era %s)") % show_date(last["due_at"]), BAD_RED
        elif last["late"]:
            text, colour = self.tr("Pedido de histórico ATRASADO: prazo era %s") % show_date(last["due_at"]), BAD_RED
        elif email:
            text, colour = self.tr("Histórico por e-mail: enviar até %s") % show_date(last["due_at"]), "#52606d"
        else:
            text, colour = self.tr("Pedido de histórico: enviar até %s") % show_date(last["due_at"]), "#52606d"
        if last["state"] == "pending" and email:
            text += " — " + self._email_state(email)
            if email["status"] == "failed":
                colour = BAD_RED
        self.label.setText(text)
        self.label.setToolTip(last.get("delivery") or "")
        self.label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        if any(r["state"] == "pending" and (r.get("email") or {}).get("status") in ("pending", "sending")
               for r in self.requests):
            self.poll.start()  # the server sends it: look again until it went out

    def _email_state(self, email: dict) -> str:
        if email["status"] == "failed":
            return self.tr("e-mail NÃO ENTREGUE a %s: %s") % (email["to"], email.get("last_error") or "")
        if email["status"] == "sending":
            return self.tr("enviando o e-mail a %s") % email["to"]
        if email.get("last_error"):
            return self.tr("e-mail a %s aguardando nova tentativa (%s)") % (email["to"], email["last_error"])
        return self.tr("e-mail na fila de envio a %s") % email["to"]

    def ask(self) -> None:
        self.dialog = HistoryRequestDialog(self.window.client or {}, self.window)
        self.dialog.accepted.connect(self._requested)
        self.dialog.open()

    def _requested(self) -> None:
        body, self.dialog = self.dialog.body(), None
        self._send(history_requests.create(self.api, self.window.client_id, body),
                   lambda _r: self.reload())

    def mark_sent(self) -> None:
        pending = [r for r in self.requests if _may_mark_sent(r)]
        if pending:
            self._send(history_requests.mark_sent(self.api, pending[0]["id"]), lambda _r: self.reload())

    def resend(self) -> None:
        undelivered = [r for r in self.requests if r.get("may_resend")]
        if undelivered:
            self._send(history_requests.resend(self.api, undelivered[0]["id"]), lambda _r: self.reload())

    def open_pdf(self) -> None:
        dest = Path(tempfile.gettempdir()) / f"historico-{self.window.client_id}.pdf"
        call = history_requests.download_pdf(self.api, self.window.client_id, dest)
        self._send(call, lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def _failed(self, error: ApiError) -> None:
        self.label.setText(error.message)
        self.label.setStyleSheet(f"color: {BAD_RED}; font-weight: 600;")


def install(window) -> HistoryRequests:
    requests = HistoryRequests(window)
    window.loaded.connect(lambda _body: requests.reload())
    return requests
