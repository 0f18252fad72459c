"""Informações do contrato of one subscription (seed 003), shown in the client window's Planos tab:
Detalhes, Eventos, Serviços and Conexão. Secrets are masked; "Mostrar" asks the server
(POST /subscriptions/{id}/reveal, audited) and shows the value until another plan is chosen.

    panel = ContractPanel(api, parent)
    panel.set_subscription(sub_id)   # None clears it
    panel.loaded                     # Signal(dict): GET /subscriptions/{id}/record answered
    panel.revealed                   # Signal(str, str): secret kind, value
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..api import ApiClient, ApiError, subscriptions
from ..forms.ui_client_contract_panel import Ui_ContractPanel
from ..ui.formats import money, show_datetime
from ..ui.record_table import Column, RecordTableModel, fit_columns, setup_table
from . import record_rules as rr

TIMEOUT_S = 15.0


def _t(text: str) -> str:
    return QCoreApplication.translate(rr.CONTEXT, text)


class ContractPanel(QWidget):
    loaded = Signal(dict)
    revealed = Signal(str, str)
    failed = Signal(str)

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ContractPanel()
        self.ui.setupUi(self)
        self.api = api
        self.sub_id: int | None = None
        self.record: dict | None = None
        self._call = None
        self.fields: dict[str, QLineEdit] = {}
        self.show_buttons: dict[str, QPushButton] = {}
        for label, key, _how in rr.DETAIL_ROWS:
            self.ui.detailsForm.addRow(_t(label) + ":", self._field("details." + key))
        for row, (label, key, how) in enumerate(rr.CONNECTION_ROWS):
            caption = QLabel(_t(label) + ":")
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.ui.connectionGrid.addWidget(caption, row, 0)
            edit = self._field("connection." + key)
            if how == "secret":
                edit = self._with_show_button(key, edit)
            self.ui.connectionGrid.addWidget(edit, row, 1)
        self.ui.connectionGrid.setColumnStretch(1, 1)
        self.events = RecordTableModel([
            Column(self.tr("Data"), lambda r: show_datetime(r.get("occurred_at")), sort=lambda r: r.get("occurred_at")),
            Column(self.tr("Descrição"), lambda r: r.get("description") or ""),
            Column(self.tr("Tipo"), lambda r: r.get("kind") or ""),
            Column(self.tr("Usuário"), lambda r: r.get("user") or ""),
        ], self)
        setup_table(self.ui.eventsTable, self.events, stretch_column=1)
        self.services = RecordTableModel([
            Column(self.tr("Código"), lambda r: r.get("code") or ""),
            Column(self.tr("Descrição"), lambda r: r.get("description") or ""),
            Column(self.tr("Valor"), lambda r: money(r.get("value")), align_right=True),
        ], self)
        setup_table(self.ui.servicesTable, self.services, stretch_column=1)
        self.set_subscription(None)

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setReadOnly(True)
        edit.setObjectName(name.replace(".", "_"))
        self.fields[name] = edit
        return edit

    def _with_show_button(self, kind: str, edit: QLineEdit) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        button = QPushButton(self.tr("Mostrar"), box)
        button.setObjectName(f"show_{kind}")
        button.setToolTip(self.tr("Mostra a senha; cada consulta fica registrada com seu usuário e a hora."))
        button.clicked.connect(partial(self.reveal, kind))
        layout.addWidget(button)
        self.show_buttons[kind] = button
        return box

    # -- loading --------------------------------------------------------------------------------
    def set_subscription(self, sub_id: int | None) -> None:
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self.sub_id = sub_id
        self.record = None
        self._fill({})
        if sub_id is None:
            self._message(self.tr("Escolha um plano para ver o contrato."))
            return
        self._message(self.tr("Carregando contrato…"))
        call = subscriptions.record(self.api, sub_id, timeout=TIMEOUT_S, owner=self)
        self._call = call
        # the panel may be deleted with its client window before the answer comes
        call.succeeded.connect(partial(self._arrived, call))
        call.failed.connect(partial(self._failed, call))

    def reload(self) -> None:
        self.set_subscription(self.sub_id)

    def _arrived(self, call, body: dict) -> None:
        if call is not self._call:
            return
        self._call = None
        self.record = body
        self._message("")
        self._fill(body)
        self.loaded.emit(body)

    def _failed(self, call, error: ApiError) -> None:
        if call is not self._call:
            return
        self._call = None
        self._message(error.message, error=True)
        self.failed.emit(error.message)

    def _fill(self, record: dict) -> None:
        details, connection = record.get("details") or {}, record.get("connection") or {}
        for label, key, how in rr.DETAIL_ROWS:
            self.fields["details." + key].setText(_t(rr.shown(details, key, how)) if isinstance(how, dict)
                                                  else rr.shown(details, key, how))
        for label, key, how in rr.CONNECTION_ROWS:
            text = rr.shown(connection, key, how)
            self.fields["connection." + key].setText(_t(text) if isinstance(how, dict) else text)
            if how == "secret":
                self.show_buttons[key].setEnabled(bool(text))
        self.events.set_rows(record.get("events") or [])
        self.services.set_rows(record.get("services") or [])
        fit_columns(self.ui.eventsTable)
        fit_columns(self.ui.servicesTable)

    # -- Mostrar --------------------------------------------------------------------------------
    def reveal(self, kind: str) -> None:
        if self.sub_id is None:
            return
        button = self.show_buttons[kind]
        button.setEnabled(False)
        call = subscriptions.reveal(self.api, self.sub_id, kind, timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._revealed, self.sub_id, kind))
        call.failed.connect(partial(self._reveal_failed, kind))

    def _revealed(self, sub_id: int, kind: str, body: dict) -> None:
        if sub_id != self.sub_id:
            return  # another plan was chosen meanwhile: never show its neighbour's password
        value = body.get("value") or ""
        self.fields["connection." + kind].setText(value or self.tr("(não cadastrada)"))
        self.revealed.emit(kind, value)
        self.reload_events()

    def _reveal_failed(self, kind: str, error: ApiError) -> None:
        self.show_buttons[kind].setEnabled(True)
        self._message(error.message, error=True)

    def reload_events(self) -> None:
        """The reveal is an event of the contract: fetch the list again, keeping the shown secret."""
        if self.sub_id is None:
            return
        call = subscriptions.record(self.api, self.sub_id, timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._events_arrived, self.sub_id))

    def _events_arrived(self, sub_id: int, body: dict) -> None:
        if sub_id == self.sub_id:
            self.events.set_rows(body.get("events") or [])
            fit_columns(self.ui.eventsTable)

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self.ui.messageLabel.setStyleSheet("color: #b42318;" if error else "color: #52606d;")
