"""E-mails não entregues: every message the SMTP server refused (of open and closed tickets), with
the reason; Reenviar puts the selected one back in the queue (the same Message-ID)."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..api import mail
from ..forms.ui_email_undelivered import Ui_EmailUndeliveredWindow
from ..ui.formats import format_protocol


class EmailUndeliveredWindow(QWidget):
    def __init__(self, api, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_EmailUndeliveredWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("E-mails não entregues"))
        self.api = api
        self.items: list[dict] = []
        self._notice = ""  # what the last action did, kept in front of the count the reload brings
        header = self.ui.emailsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.emailsTable.verticalHeader().hide()
        self.ui.statusLabel.setWordWrap(False)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.resendButton.clicked.connect(self.resend)
        self.ui.emailsTable.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.ui.statusLabel.setText(self.tr("Carregando…"))
        call = mail.undelivered(self.api, owner=self)
        call.succeeded.connect(self._loaded)
        call.failed.connect(lambda error: self.ui.statusLabel.setText(error.message))

    def _loaded(self, answer: dict) -> None:
        self.items = answer.get("items", [])
        table = self.ui.emailsTable
        table.setRowCount(len(self.items))
        for row, e in enumerate(self.items):
            created = QDateTime.fromString(e["created_at"], Qt.DateFormat.ISODateWithMs).toLocalTime()
            cells = (format_protocol(e["protocol"]), ", ".join(e["to"]), e["subject"], str(e["attempts"]),
                     e.get("last_error") or "", created.toString("dd/MM/yyyy HH:mm"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        count = self.tr("%n e-mail(s) não entregue(s)", "", len(self.items))
        notice, self._notice = self._notice, ""
        self.ui.statusLabel.setText(f"{notice}  {count}" if notice else count)
        if self.items:
            table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> dict | None:
        rows = self.ui.emailsTable.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.ui.resendButton.setEnabled(self._selected() is not None)

    def resend(self) -> None:
        email = self._selected()
        if email is None:
            return
        self.ui.resendButton.setEnabled(False)
        call = mail.resend(self.api, email["id"], owner=self)
        call.succeeded.connect(lambda _answer: self._resent(email))
        call.failed.connect(lambda error: self.ui.statusLabel.setText(error.message))

    def _resent(self, email: dict) -> None:
        self._notice = (self.tr("E-mail do protocolo %1 de volta à fila de envio.")
                        .replace("%1", format_protocol(email["protocol"])))
        self.reload()
        self.ui.statusLabel.setText(self._notice)
