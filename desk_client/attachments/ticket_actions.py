"""The ticket window's files and e-mails (issue 12): Anexar arquivo (upload with progress, cancellable),
Abrir (download, then the system's viewer), Remover (soft: stays in the history); an E-mails tab with
each message's state; the protocol in writing against its 24 h deadline in the header, and "Enviar
protocolo por e-mail"."""
from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..api import attachments, clients, tickets
from ..mail.receipt_state import receipt_text
from ..ui.record_table import Column, RecordTableModel, setup_table
from ..ui.status import set_status_label
from . import files, picker

translate = QCoreApplication.translate  # the ticket window's context: its strings sit with the window's

def _tr(text: str) -> str:
    # the buttons and words live in the ticket window: its translation context
    return QCoreApplication.translate("TicketWindow", text)


STATUS_WORDS = {"pending": "Pendente", "sending": "Enviando", "sent": "Enviado", "failed": "Não entregue"}


class TicketFiles:
    def __init__(self, window):
        self.window, self.api = window, window.api
        self.progress: QProgressDialog | None = None
        self.client: dict | None = None
        self.dialog = None
        self.call = None
        ui = window.ui
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("TicketWindow", "Ane&xar arquivo..."), window)
        self.open_button = QPushButton(translate("TicketWindow", "A&brir"), window)
        # every letter of "Remover anexo" is a mnemonic of the window already: the Delete key instead
        self.remove_button = QPushButton(translate("TicketWindow", "Remover anexo (Del)"), window)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        ui.attachmentsTabLayout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.receipt_label = QLabel(window)
        ui.headerLayout.addWidget(self.receipt_label, ui.headerLayout.rowCount(), 0, 1, -1)
        self._emails_tab(window)
        arrived, attachments_arrived = window._ticket_arrived, window._attachments_arrived
        window._ticket_arrived = lambda ticket: (arrived(ticket), self.ticket_arrived(ticket))
        window._attachments_arrived = lambda body: (attachments_arrived(body), self._selection())
        ui.attachmentsTable.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.attachmentsTable)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(self.remove_selected)
        picker.LimitCache.refresh(self.api)

    def _emails_tab(self, window) -> None:
        tab = QWidget(window)
        layout = QVBoxLayout(tab)
        self.emails_table = QTableView(tab)
        self.emails_model = RecordTableModel([
            Column(translate("TicketWindow", "Situação"),
                   lambda e: STATUS_WORDS.get(e.get("status"), e.get("status") or "")),
            Column(translate("TicketWindow", "Para"), lambda e: ", ".join(e.get("to") or [])),
            Column(translate("TicketWindow", "Assunto"), lambda e: e.get("subject") or ""),
            Column(translate("TicketWindow", "Tentativas"), lambda e: str(e.get("attempts", 0)), align_right=True),
            Column(translate("TicketWindow", "Confirmação de leitura"), lambda e: e.get("read_receipt_label") or ""),
            Column(translate("TicketWindow", "Motivo"), lambda e: e.get("last_error") or ""),
        ], window)
        setup_table(self.emails_table, self.emails_model, stretch_column=2)
        self.receipt_button = QPushButton(translate("TicketWindow", "Enviar protocolo por e-mail (Ctrl+Shift+E)"), tab)
        QShortcut(QKeySequence("Ctrl+Shift+E"), window).activated.connect(self.send_receipt)
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.clicked.connect(self.send_receipt)
        self.compose_button = QPushButton(_tr("Enviar e-mail... (Ctrl+Shift+M)"), tab)
        self.compose_button.setAutoDefault(False)
        self.compose_button.clicked.connect(self.compose)
        QShortcut(QKeySequence("Ctrl+Shift+M"), window).activated.connect(self.compose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compose_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout.addWidget(self.emails_table)
        layout.addLayout(buttons)
        window.ui.tabs.addTab(tab, translate("TicketWindow", "E-mails"))

    # -- the ticket and its e-mails -----------------------------------------------------------------
    def ticket_arrived(self, ticket: dict) -> None:
        word, kind = receipt_text(ticket.get("receipt"))
        if word:
            set_status_label(self.receipt_label, translate("TicketWindow", "Protocolo por escrito: %s") % word, kind)
        call = tickets.emails(self.api, ticket["id"])
        self.window._send(call, lambda body: self.emails_model.set_rows(body.get("items") or []), lambda _e: None)
        self._selection()

    def compose(self) -> None:
        """Enviar e-mail from the ticket (the wizard's form, on the ticket and its client)."""
        from ..mail.compose_dialog import ComposeDialog

        if not self.window.ticket.get("id"):
            return
        if self.window.ticket.get("client_id") and self.client is None:  # the contacts first
            call = clients.client(self.api, self.window.ticket["client_id"])
            self.window._send(call, lambda client: (setattr(self, "client", client), self.compose()))
            return
        self.dialog = ComposeDialog(self.api, self.window.ticket, self.client, self.window)
        self.dialog.sent.connect(lambda _email: self.window.reload())
        self.dialog.open()

    def receipt_address(self) -> str | None:
        contacts = getattr(self.window.contacts_model, "rows", [])
        chosen = [c for c in contacts if c.get("id") == self.window.ticket.get("contact_id")]
        return next((c["email"] for c in chosen + list(contacts) if c.get("email")), None)

    def send_receipt(self) -> None:
        address = self.receipt_address()
        if not address:
            self.window._show_failure(_Message(translate("TicketWindow", "Nenhum contato deste cliente tem e-mail.")))
            return
        call = tickets.send_receipt(self.api, self.window.ticket_id, address, str(uuid.uuid4()))
        self.window._send(call, lambda _answer: self.window.reload())

    # -- attachments ----------------------------------------------------------------------------------
    def _selected(self) -> dict | None:
        index = self.window.ui.attachmentsTable.currentIndex()
        return self.window.attachments_model.record(index.row()) if index.isValid() else None

    def _selection(self) -> None:
        selected = self._selected()
        self.open_button.setEnabled(selected is not None)
        self.remove_button.setEnabled(selected is not None and not selected.get("removed"))

    def add(self) -> None:
        added, refused = picker.pick(self.window, picker.LimitCache.max_mb)
        if refused:
            self.window._show_failure(_Message("\n".join(refused)))
        if added:
            self._upload(added)

    def _upload(self, entries: list[dict]) -> None:
        entry = entries[0]
        self.progress = QProgressDialog(translate("TicketWindow", "Enviando %s…") % entry["name"],
                                        translate("TicketWindow", "Cancelar"), 0, 100, self.window)
        self.progress.setMinimumDuration(300)
        self.call = call = attachments.upload(self.api, self.window.ticket_id, entry["file"],
                                              entry.get("note") or None, entry["key"])
        call.progress.connect(lambda done, total: self.progress and self.progress.setValue(
            int(done * 100 / total) if total else 0))
        self.progress.canceled.connect(call.cancel)
        call.finished.connect(lambda: self._uploaded(entries))
        call.failed.connect(self.window._show_failure)

    def _uploaded(self, entries: list[dict]) -> None:
        files.discard(entries[0])
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
            self.window.activateWindow()  # the keyboard goes back to the ticket window
        if entries[1:] and not self.call.cancelled:
            self._upload(entries[1:])
        else:
            self.window.reload()

    def open_selected(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        folder = Path(tempfile.gettempdir()) / "isp-desk-anexos" / str(attachment["id"])
        call = attachments.download(self.api, attachment["id"], folder / attachment["name"])
        self.window._send(call, lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.last_download = call

    def remove_selected(self) -> None:
        attachment = self._selected()
        if attachment is not None:
            call = attachments.remove(self.api, attachment["id"])
            self.window._send(call, lambda _a: self.window.reload())


class _Message:
    """What TicketWindow._show_failure reads from an ApiError."""

    def __init__(self, message: str):
        self.message = message


def install(window) -> TicketFiles:
    window.ticket_files = TicketFiles(window)
    return window.ticket_files
