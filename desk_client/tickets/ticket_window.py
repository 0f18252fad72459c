"""The ticket window: header (protocol large and grouped, client, type, status, destination, SLA clock),
tabs Dados / Histórico / Contatos / Vínculos / Anexos, and the actions with their shortcuts.

Two operators on one ticket: a heartbeat tells the server the window is open and answers who else
has it open; before an action the window asks the server for the ticket again and, when someone
changed it meanwhile, shows what changed before going on."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ..api import ApiClient, ApiError, clients, tickets
from ..forms.ui_ticket_window import Ui_TicketWindow
from ..ui.formats import show_datetime
from ..ui.record_table import Column, RecordTableModel, fit_columns, keep_current_row, setup_table
from ..ui.status import set_status_label
from . import rules
from .action_dialog import SPECS, TicketActionDialog

HEARTBEAT_MS = 20_000
SHORTCUTS = {"forward": "Ctrl+E", "status": "Ctrl+M", "pause": "Ctrl+P", "resume": "Ctrl+Shift+P", "take": "Ctrl+T",
             "comment": "Ctrl+K", "close": "Ctrl+Shift+F", "cancel": "Ctrl+Shift+X", "reopen": "Ctrl+Shift+R"}
MANAGER_ROLES = ("supervisor", "admin")


class TicketWindow(QWidget):
    changed = Signal(int)  # this window changed its ticket (lists may refresh)
    open_client = Signal(int)

    def __init__(self, api: ApiClient, ticket_id: int, catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_TicketWindow()
        self.ui.setupUi(self)
        self.api, self.ticket_id, self.catalog = api, ticket_id, catalog
        self.role = (api.user or {}).get("role", "")
        self.ticket: dict = {}
        self.events: list[dict] = []
        self.dialog: TicketActionDialog | None = None
        self.pending_action: str | None = None
        self._calls: list = []
        self.buttons = {"forward": self.ui.forwardButton, "status": self.ui.statusButton,
                        "pause": self.ui.pauseButton, "resume": self.ui.resumeButton, "take": self.ui.takeButton,
                        "comment": self.ui.commentButton, "close": self.ui.closeButton,
                        "cancel": self.ui.cancelButton, "reopen": self.ui.reopenButton}
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.start_action(k))
            shortcut = QShortcut(QKeySequence(SHORTCUTS[key]), self)
            shortcut.activated.connect(lambda k=key: self.buttons[k].isEnabled() and self.start_action(k))
            button.setEnabled(False)
        reload_key = QShortcut(QKeySequence("F5"), self)
        reload_key.activated.connect(self.reload)
        self.history_model = RecordTableModel([
            Column(self.tr("Quando"), lambda e: show_datetime(e.get("at")), sort=lambda e: e.get("at")),
            Column(self.tr("Evento"), lambda e: rules.EVENT_WORDS.get(e.get("kind"), e.get("kind") or "")),
            Column(self.tr("Usuário"), lambda e: e.get("user_name") or ""),
            Column(self.tr("Texto"), lambda e: " ".join((e.get("text") or "").split())[:160]),
        ], self)
        setup_table(self.ui.historyTable, self.history_model, stretch_column=3)
        self.ui.historyTable.selectionModel().currentRowChanged.connect(self._show_event)
        self.contacts_model = RecordTableModel([
            Column(self.tr("Nome"), lambda c: c.get("name") or ""),
            Column(self.tr("Telefone"), lambda c: c.get("phone") or c.get("mobile") or ""),
            Column(self.tr("E-mail"), lambda c: c.get("email") or ""),
        ], self)
        setup_table(self.ui.contactsTable, self.contacts_model, stretch_column=0)
        self.ui.contactsTable.doubleClicked.connect(lambda _i: self._open_client())
        from .ticket_list import ticket_columns
        self.links_model = RecordTableModel(ticket_columns(), self)
        setup_table(self.ui.linksTable, self.links_model, stretch_column=1)
        self.ui.linksTable.doubleClicked.connect(self._open_link)
        self.attachments_model = RecordTableModel([
            Column(self.tr("Arquivo"), lambda a: a.get("name") or ""),
            Column(self.tr("Tamanho"), lambda a: f"{int(a.get('size') or 0) // 1024} KiB", align_right=True),
            Column(self.tr("Observação"), lambda a: a.get("note") or ""),
        ], self)
        setup_table(self.ui.attachmentsTable, self.attachments_model, stretch_column=0)
        keep_current_row(self.ui.attachmentsTable, self.attachments_model)  # the heartbeat reloads it
        self.ui.messageLabel.hide()
        self.disconnect_flow = self._attach_disconnect()
        self.ui.headerLayout.setColumnStretch(1, 1)  # captions hug their values
        self.ui.headerLayout.setColumnStretch(3, 1)
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()
        from ..service_orders.ticket_actions import install as install_visit_actions
        install_visit_actions(self)  # "Agendar O.S." and "Incluir tarefa" (issue 11)
        from ..attachments.ticket_actions import install as install_files
        install_files(self)  # Anexar/Abrir/Remover, the E-mails tab, the protocol in writing (issue 12)
        self.resize(1060, 700)
        self.reload()
        self._beat()
        self._send(tickets.mark_read(self.api, ticket_id), None)

    def _attach_disconnect(self):
        """Desconectar the ticket's PPPoE session: the event lands in this ticket's history."""
        from ..routers.disconnect import DISCONNECT_ROLES, DisconnectFlow

        if self.role not in DISCONNECT_ROLES:
            return None
        button = QPushButton(self.tr("Des&conectar…"), self)
        label = QLabel(self)
        label.hide()
        self.ui.actionsLayout.insertWidget(self.ui.actionsLayout.count() - 1, button)
        self.ui.mainLayout.insertWidget(3, label)
        flow = DisconnectFlow(self.api, button, label, self)
        flow.ticket_id = self.ticket_id
        flow.finished.connect(lambda _state: self.reload())
        return flow

    # -- loading --------------------------------------------------------------------------------
    def _send(self, call, ok, fail=None):
        self._calls.append(call)
        call.finished.connect(lambda c=call: self._calls.remove(c) if c in self._calls else None)
        if ok is not None:
            call.succeeded.connect(ok)
        call.failed.connect(fail or self._show_failure)
        return call

    def reload(self) -> None:
        self._send(tickets.ticket(self.api, self.ticket_id), self._ticket_arrived)
        self._send(tickets.history(self.api, self.ticket_id), self._history_arrived)
        self._send(tickets.listing(self.api, params={"parent_id": self.ticket_id, "limit": 200}),
                   self._children_arrived)
        self._send(tickets.attachments(self.api, self.ticket_id), self._attachments_arrived,
                   self._attachments_missing)

    def _ticket_arrived(self, ticket: dict) -> None:
        self.ticket = ticket
        ui = self.ui
        protocol = ticket.get("protocol_formatted") or ""
        self.setWindowTitle(self.tr("Atendimento %s") % protocol)
        ui.protocolLabel.setText(protocol)
        ui.clientLabel.setText(ticket.get("client_name") or self.tr("(sem cliente: %s)") % ticket.get("kind"))
        ui.typeLabel.setText(ticket.get("ticket_type") or "")
        word, kind = rules.status_word(ticket)
        set_status_label(ui.statusLabel, word, kind)
        ui.destinationLabel.setText(rules.destination_text(ticket))
        sla_word, sla_kind = rules.sla_text(ticket)
        if sla_word:
            set_status_label(ui.slaLabel, self.tr("SLA: %s") % sla_word, sla_kind)
        else:
            ui.slaLabel.setText("")
        self._show_viewers(ticket.get("viewers") or [])
        ui.dataText.setHtml(self._data_html(ticket))
        self._enable_actions()
        if self.disconnect_flow is not None and self.disconnect_flow.action_id is None:
            self.disconnect_flow.set_subscription(ticket.get("subscription_id") if ticket.get("status") in rules.OPEN
                                                  else None)
        if ticket.get("client_id"):
            self._send(clients.client(self.api, ticket["client_id"]), self._client_arrived)

    def _data_html(self, t: dict) -> str:
        def row(label: str, value) -> str:
            return f"<tr><td><b>{html.escape(label)}</b>&nbsp;</td><td>{html.escape(str(value or '—'))}</td></tr>"
        rows = [(self.tr("Canal"), rules.CHANNELS.get(t.get("channel"), t.get("channel"))), (self.tr("Aberto por"), (t.get("opened_by") or {}).get("name")),
                (self.tr("Aberto em"), show_datetime(t.get("opened_at"))),
                (self.tr("Prazo SLA"), show_datetime((t.get("sla") or {}).get("due_at") or t.get("sla_due_at"))),
                (self.tr("Prazo de resposta (7 dias)"), show_datetime(t.get("answer_due_at"))),
                (self.tr("Problema"), t.get("problem")), (self.tr("Verificações"), t.get("checks")),
                (self.tr("Solução"), t.get("solution")), (self.tr("Fechado em"), show_datetime(t.get("closed_at"))),
                (self.tr("Motivo do fechamento"), t.get("close_reason"))]
        return "<table cellpadding='3'>" + "".join(row(a, b) for a, b in rows) + "</table>"

    def _history_arrived(self, body: dict) -> None:
        self.events = body.get("items") or []
        self.history_model.set_rows(self.events)
        fit_columns(self.ui.historyTable)

    def _show_event(self, current, _previous=None) -> None:
        event = self.history_model.record(current.row()) if current.isValid() else None
        if event is None:
            self.ui.eventText.clear()
            return
        head = f"{rules.EVENT_WORDS.get(event.get('kind'), event.get('kind'))} — {event.get('user_name')}, " \
               f"{show_datetime(event.get('at'))}"
        self.ui.eventText.setPlainText(f"{head}\n\n{event.get('text') or ''}")

    def _client_arrived(self, client: dict) -> None:
        self.contacts_model.set_rows(client.get("contacts") or [])
        fit_columns(self.ui.contactsTable)

    def _children_arrived(self, body: dict) -> None:
        children = body.get("items") or []
        parent = self.ticket.get("parent_protocol")
        text = self.tr("Pai: %s") % parent if parent else self.tr("Sem atendimento pai.")
        self.ui.linksLabel.setText(f"{text}  " + self.tr("%d filho(s).") % len(children))
        self.links_model.set_rows(children)
        self.open_children = sum(1 for c in children if c.get("status") in rules.OPEN)
        fit_columns(self.ui.linksTable)

    def _attachments_arrived(self, body) -> None:
        items = body.get("items") if isinstance(body, dict) else body
        self.attachments_model.set_rows(items or [])
        self.ui.attachmentsLabel.setText(self.tr("%d anexo(s).") % len(items or []))

    def _attachments_missing(self, error: ApiError) -> None:
        self.ui.attachmentsLabel.setText(self.tr("Anexos indisponíveis neste servidor (%s).") % error.message)

    def _show_failure(self, error: ApiError) -> None:
        self.ui.messageLabel.setText(error.message)
        self.ui.messageLabel.setStyleSheet("color: #c62828; font-weight: 600;")
        self.ui.messageLabel.show()

    # -- presence -------------------------------------------------------------------------------
    def _beat(self, open_: bool = True) -> None:
        call = tickets.viewing(self.api, self.ticket_id, open_)
        if open_:
            self._send(call, self._show_viewers, lambda _e: None)

    def _show_viewers(self, viewers) -> None:
        names = [v.get("name") for v in viewers or []]
        self.ui.viewersLabel.setText(self.tr("Também aberto por: %s") % ", ".join(names) if names else "")
        self.ui.viewersLabel.setVisible(bool(names))

    def notice_change(self, change: dict) -> None:
        """The change bus says someone changed this ticket: show the news."""
        if change.get("user_id") == (self.api.user or {}).get("id"):
            return
        self.ui.messageLabel.setText(self.tr("Este atendimento foi alterado por outra pessoa — atualizado."))
        self.ui.messageLabel.setStyleSheet("color: #b26a00; font-weight: 600;")
        self.ui.messageLabel.show()
        self.reload()

    # -- actions --------------------------------------------------------------------------------
    def _enable_actions(self) -> None:
        t = self.ticket
        is_open = t.get("status") in rules.OPEN
        manager = self.role in MANAGER_ROLES
        paused = t.get("status_category") == "waiting_customer"
        to_cargo = bool((t.get("destination") or {}).get("cargo_id"))
        allowed = {"forward": is_open, "status": is_open, "pause": is_open and not paused,
                   "resume": is_open and paused, "take": is_open and to_cargo, "comment": True,
                   "close": is_open, "cancel": is_open and manager, "reopen": not is_open and manager}
        why = {"cancel": self.tr("Somente supervisores cancelam"), "reopen": self.tr("Somente supervisores reabrem")}
        for key, button in self.buttons.items():
            button.setEnabled(allowed[key])
            tip = SHORTCUTS[key]
            if not allowed[key] and key in why and not manager:
                tip = f"{why[key]} ({tip})"  # disabled says why (DESIGN §11)
            button.setToolTip(tip)

    def start_action(self, key: str) -> None:
        """Check for news first; then ask what the action needs (or do it at once: Assumir, Retomar)."""
        self.pending_action = key
        self._send(tickets.ticket(self.api, self.ticket_id), self._fresh_for_action)

    def _fresh_for_action(self, fresh: dict) -> None:
        key, self.pending_action = self.pending_action, None
        if key is None:
            return
        seen = self.ticket  # what the window shows now: a reload arriving meanwhile must not move it
        if fresh.get("last_event_id") != seen.get("last_event_id") or fresh.get("status") != seen.get("status"):
            call = tickets.history(self.api, self.ticket_id)
            self._send(call, lambda body: self._confirm_changed(key, seen, fresh, body.get("items") or []))
            return
        self._ask(key)

    def _confirm_changed(self, key: str, seen: dict, fresh: dict, events: list[dict]) -> None:
        if rules.only_mine_since(seen, events, (self.api.user or {}).get("id")):
            self._ticket_arrived(fresh)
            self._history_arrived({"items": events})
            self._ask(key)
            return
        lines = rules.changes_since(seen, fresh, events) or [self.tr("(detalhes no Histórico)")]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Atendimento alterado"),
                          self.tr("Este atendimento mudou desde que você o abriu:\n\n%s\n\nContinuar com a ação?")
                          % "\n".join(f"• {line}" for line in lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.changed_box = box
        self._ticket_arrived(fresh)
        self._history_arrived({"items": events})
        box.finished.connect(lambda _r: self._changed_answered(key, box))
        box.open()

    def _changed_answered(self, key: str, box: QMessageBox) -> None:
        self.changed_box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self._ask(key)

    def _ask(self, key: str) -> None:
        if not self.buttons[key].isEnabled():
            return
        if key in ("take", "resume"):
            self._act(key, None)
            return
        spec = SPECS[key]
        statuses = [s for s in self.catalog.statuses if s["category"] != "closed"
                    and (key != "pause" or s["category"] == "waiting_customer")]
        self.dialog = TicketActionDialog(spec, self.ticket, self, destinations=self.catalog.destinations(),
                                         statuses=statuses, ticket_types=self.catalog.ticket_types,
                                         open_children=getattr(self, "open_children", 0))
        self.dialog.submitted.connect(lambda body: self._act(key, body))
        self.dialog.open()

    def _act(self, key: str, body) -> None:
        self._send(tickets.act(self.api, self.ticket_id, key, body), lambda _r: self._done(key), self._action_failed)

    def _done(self, key: str) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.ui.messageLabel.setText(self.tr("Feito: %s.") % SPECS.get(key, SPECS["status"]).title
                                     if key in SPECS else self.tr("Feito."))
        self.ui.messageLabel.setStyleSheet("color: #1e7d32; font-weight: 600;")
        self.ui.messageLabel.show()
        self.reload()
        self.changed.emit(self.ticket_id)

    def _action_failed(self, error: ApiError) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_error(error.message)
        else:
            self._show_failure(error)

    def _open_client(self) -> None:
        if self.ticket.get("client_id"):
            self.open_client.emit(int(self.ticket["client_id"]))

    def _open_link(self, index) -> None:
        record = self.links_model.record(index.row())
        if record is not None and self.parent() is not None and hasattr(self.catalog, "open_ticket"):
            self.catalog.open_ticket(int(record["id"]))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.heartbeat.stop()
        if self.disconnect_flow is not None:
            self.disconnect_flow.stop()
        self._beat(open_=False)
        for call in list(self._calls):
            call.cancel()
        super().closeEvent(event)
