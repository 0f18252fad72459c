"""Novo Atendimento: the wizard window. It lays the step pages (from the step registry) in a stack,
keeps the protocol in its header on every step, moves with the keyboard (Enter / Ctrl+Enter / Alt+←
/ Alt+→ / Esc), saves the draft as the operator types and hands the finished ticket to the outbox.

The window knows no step by position: it asks the registry which steps apply to the state, which
comes next, and what each one requires.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QListWidgetItem, QScrollArea, QWidget
from shiboken6 import isValid

from ..api import ApiClient, ApiError
from ..forms.ui_wizard_window import Ui_WizardWindow
from ..icons import icon
from ..outbox.sender import OutboxSender
from ..outbox.store import abandon_entry, ticket_entry
from ..ui.callbacks import alive
from .abandon_dialog import AbandonDialog
from .catalog import Catalog
from .context import WizardContext
from .drafts import DraftStore
from .model_text import tr_model
from .page import StepPage
from .pages.client_text import describe_client, name_of
from .pages.protocol import protocol_font
from .registry import Step, StepRegistry
from .state import KIND_LABELS, WizardState

# The pages not yet shown are built in the background with this much room between two of them, so
# the answers arriving meanwhile (protocol, lists, the main window's own) and the painting get
# their turn: built back to back, several builds ran in one stretch of the GUI thread.
BACKGROUND_BUILD_SPACING_MS = 25

log = logging.getLogger("desk_client.wizard.window")

AUTOSAVE_MS = 400


class WizardWindow(QDialog):
    # the ticket left the wizard: (outbox entry, server answer or None, message when deferred)
    handed_over = Signal(object, object, str)
    abandoned = Signal(str)        # the reason
    step_changed = Signal(str)     # key of the step now shown

    def __init__(self, api: ApiClient, state: WizardState, *, drafts: DraftStore, outbox: OutboxSender,
                 catalog: Catalog, registry: StepRegistry, user: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WizardWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowIcon(icon("new_ticket"))
        self.api = api
        self.state = state
        self.drafts = drafts
        self.outbox = outbox
        self.registry = registry
        self.ctx = WizardContext(api, state, catalog, user, registry, self)
        from ..mail.receipt_option import ReceiptOption  # the protocol in writing (issue 12)

        self.receipt_option = ReceiptOption(self.ctx, self)
        self.ui.buttonLayout.insertWidget(self.ui.buttonLayout.indexOf(self.ui.backgroundButton), self.receipt_option)
        self.current: Step | None = None
        self.pages: dict[str, StepPage] = {}
        self.step_times_ms: list[float] = []
        self._entry_id: str | None = None
        self._may_close = False
        self.abandon_dialog: AbandonDialog | None = None

        self.ui.protocolHeaderLabel.setFont(protocol_font(20))
        self.ui.keysLabel.setWordWrap(True)  # the key hints never make the window wider than a small screen
        self.ui.headerCopyButton.setIcon(icon("copy"))
        self.ui.headerCopyButton.clicked.connect(self.copy_protocol)
        self.ui.nextButton.clicked.connect(self.advance)
        self.ui.finishButton.clicked.connect(self.finish)
        self.ui.backButton.clicked.connect(self.back)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.backgroundButton.clicked.connect(self._send_in_background)
        self.ui.stepList.itemClicked.connect(self._step_clicked)
        for keys, slot in (((QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")), self._primary),
                           ((QKeySequence("Alt+Right"),), self.advance),
                           ((QKeySequence("Alt+Left"),), self.back),
                           ((QKeySequence("Ctrl+Shift+C"),), self.copy_protocol)):
            for key in keys:
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.ctx.changed.connect(self._state_changed)
        outbox.sent.connect(self._entry_sent)
        outbox.deferred.connect(self._entry_deferred)
        outbox.rejected.connect(self._entry_rejected)

        self._set_sending(False)
        self.show_header()
        self.go_to(registry.resume_step(state).key, measure=False)

    # -- navigation ---------------------------------------------------------------------------------
    @property
    def current_page(self) -> StepPage:
        return self.page(self.current.key)

    def page(self, key: str) -> StepPage:
        """The step's page, built on first use (the others are built while the operator reads the
        first one, one per event-loop turn, so opening the wizard is quick and no step waits)."""
        page = self.pages.get(key)
        if page is None:
            # Each page sits in a scroll area: a tall page (or one another issue adds) never
            # pushes the buttons off a small screen.
            scroll = QScrollArea(self.ui.pages)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            page = self.registry.get(key).make_page(self.ctx, scroll)
            scroll.setWidget(page)
            page.advance.connect(self.advance)
            self.pages[key] = page
            self.ui.pages.addWidget(scroll)
        return page

    def _build_next_page(self) -> None:
        for step in self.registry:
            if step.key not in self.pages:
                self.page(step.key)
                QTimer.singleShot(BACKGROUND_BUILD_SPACING_MS, alive(self, self._build_next_page))
                return

    def go_to(self, key: str, *, measure: bool = True) -> None:
        started = time.perf_counter()
        step = self.registry.get(key)
        if self.current is not None and self.current.key != key:
            self.current_page.leave()
        self.current = step
        self.state.current_step = key
        # steps the operator has been through keep their check mark when going back
        self._visited = getattr(self, "_visited", set()) | {key}
        page = self.page(key)
        page.enter()
        self.ui.pages.setCurrentWidget(page.parentWidget().parentWidget())  # its scroll area
        self.show_errors([])
        self._refresh_steps()
        page.focus_first()
        if measure:
            self.step_times_ms.append((time.perf_counter() - started) * 1000)
        self.save_draft()
        self.step_changed.emit(key)

    def advance(self) -> None:
        if self._sending:
            return
        problems = self.current.validate(self.state)
        if problems:
            self.show_errors(problems)
            return
        following = self.registry.next(self.state, self.current.key)
        if following is None:
            self.finish()
            return
        self.go_to(following.key)

    def back(self) -> None:
        if self._sending:
            return
        previous = self.registry.previous(self.state, self.current.key)
        if previous is not None:
            self.go_to(previous.key)

    def _primary(self) -> None:
        """Ctrl+Enter (also inside multi-line texts): Avançar, or Finalizar on the last step."""
        self.advance()

    def _step_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if self._sending or key == self.current.key:
            return
        order = [s.key for s in self.registry.applicable(self.state)]
        if key in order and order.index(key) < order.index(self.current.key):
            self.go_to(key)
            return
        for step, messages in self.registry.problems(self.state, upto=key):
            if step.key != key:
                self.go_to(step.key)
                self.show_errors(messages)
                return
        self.go_to(key)

    def _refresh_steps(self) -> None:
        applicable = self.registry.applicable(self.state)
        keys = [s.key for s in applicable]
        last = self.registry.is_last(self.state, self.current.key)
        lst = self.ui.stepList
        lst.blockSignals(True)
        lst.clear()
        lst.setUniformItemSizes(True)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        passed = True
        for number, step in enumerate(applicable, 1):
            item = QListWidgetItem(f"{number}  {tr_model(step.title)}")
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            item.setIcon(QIcon(blank))
            if step.key == self.current.key:
                passed = False
            elif (passed or step.key in self._visited) and not step.validate(self.state):
                item.setIcon(icon("status_ok"))
                item.setToolTip(self.tr("etapa concluída"))
            lst.addItem(item)
            if step.key == self.current.key:
                lst.setCurrentItem(item)
        lst.blockSignals(False)
        position = keys.index(self.current.key) + 1 if self.current.key in keys else 0
        self.ui.stepTitleLabel.setText(self.tr("%d de %d — %s") % (position, len(keys), tr_model(self.current.title)))
        self.ui.backButton.setEnabled(self.registry.previous(self.state, self.current.key) is not None)
        self.ui.nextButton.setVisible(not last)
        self.ui.finishButton.setVisible(last)
        (self.ui.finishButton if last else self.ui.nextButton).setDefault(True)

    def show_errors(self, messages: list[str], *, validated: bool = True, focus: bool = True) -> None:
        """`validated`: the messages come from the step's rules, so each one goes away as soon as
        the rule holds again (see _state_changed). The focus goes to the field of the first one."""
        self._validation_errors = list(messages) if validated else []
        self.ui.errorLabel.setText("\n".join(f"• {tr_model(m)}" for m in messages))
        self.ui.errorLabel.setVisible(bool(messages))
        if messages and focus:
            field = self.current_page.field_for(messages[0])
            if field is not None and field.isVisible() and field.isEnabled():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.current_page.focus_first()

    def _drop_stale_errors(self) -> None:
        shown = getattr(self, "_validation_errors", [])
        if not shown or self.current is None:
            return
        still = set(self.current.validate(self.state))
        if any(m not in still for m in shown):
            self.show_errors([m for m in shown if m in still], focus=False)

    # -- header -------------------------------------------------------------------------------------
    def show_header(self) -> None:
        state = self.state
        formatted = state.protocol_formatted
        status = self.ctx.protocol_status
        if formatted:
            self.ui.protocolHeaderLabel.setText(formatted)
            self.setWindowTitle(self.tr("Novo Atendimento — Protocolo %s") % formatted)
        else:
            self.ui.protocolHeaderLabel.setText(self.tr("reservando…") if status == "reserving"
                                                else self.tr("sem protocolo"))
            self.setWindowTitle(self.tr("Novo Atendimento"))
        self.ui.headerCopyButton.setEnabled(bool(formatted))
        subject = ""
        if state.kind == "client" and state.client:
            subject = describe_client(state.client)
        elif state.kind == "prospect" and state.prospect:
            subject = name_of(state.prospect)
        elif state.kind == "access_point" and state.access_point:
            subject = name_of(state.access_point)
        label = tr_model(KIND_LABELS[state.kind])
        self.ui.subjectLabel.setText(f"{label}: {subject}" if subject else label)

    def copy_protocol(self) -> None:
        if self.state.protocol:
            QGuiApplication.clipboard().setText(self.state.protocol_formatted)

    # -- draft --------------------------------------------------------------------------------------
    def _state_changed(self, what: str) -> None:
        self._drop_stale_errors()
        if what in ("protocol", "kind", "client", "prospect", "access_point"):
            self.show_header()
        if what in ("kind", "create_script", "client", "resolved", "options"):
            self._refresh_steps()  # which steps apply may have changed
        if what not in ("client_status",):
            self._autosave.start()

    def save_draft(self) -> None:
        self._autosave.stop()
        if self._entry_id is None:
            self.drafts.save(self.state)

    # -- finishing ----------------------------------------------------------------------------------
    def summary(self) -> dict:
        state = self.state
        destination = state.destination or {}
        kind_word = {"user": "Usuário", "cargo": "Cargo"}.get(destination.get("kind"), "")
        return {"protocol": state.protocol, "kind": state.kind,
                "subject": (describe_client(state.client) if state.kind == "client" and state.client
                            else state.subject_name),
                "ticket_type": name_of(state.ticket_type),
                "destination": f"{kind_word}: {destination.get('name', '')}" if destination else "",
                "parent": state.parent}

    def finish(self) -> None:
        from ..mail.rules import receipt_follow_ups

        if self._sending:
            return
        problems = self.registry.problems(self.state)
        if problems:
            step, messages = problems[0]
            if step.key != self.current.key:
                self.go_to(step.key)
            self.show_errors(messages)
            return
        entry = ticket_entry(username=self.drafts.username, body=self.registry.ticket_body(self.state),
                             idempotency_key=self.state.idempotency_key, summary=self.summary(),
                             state=self.state.to_dict(),
                             follow_ups=self.registry.follow_ups(self.state) + receipt_follow_ups(self.state))
        self._entry_id = entry["id"]
        self.ctx.reservation.stop()  # a number still missing is the outbox's to reserve now
        self._set_sending(True)
        log.info("finishing ticket, protocol %s, outbox entry %s", self.state.protocol, entry["id"])
        self.outbox.submit(entry)              # on disk first,
        self.drafts.discard(self.state.draft_id)  # then the draft goes (same ordered disk queue)

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.ui.busyBar.setVisible(sending)
        self.ui.busyLabel.setVisible(sending)
        self.ui.backgroundButton.setVisible(sending)
        self.ui.keysLabel.setVisible(not sending)
        self.ui.pages.setEnabled(not sending)
        for button in (self.ui.nextButton, self.ui.finishButton, self.ui.backButton, self.ui.cancelButton):
            button.setEnabled(not sending)
        if not sending and self.current is not None:
            self._refresh_steps()

    def _mine(self, entry: dict) -> bool:
        return self._entry_id is not None and entry.get("id") == self._entry_id

    def _entry_sent(self, entry: dict, answer) -> None:
        if self._mine(entry):
            self._hand_over(entry, answer, "")

    def _entry_deferred(self, entry: dict, error: ApiError) -> None:
        if self._mine(entry):
            self._hand_over(entry, None, error.message)

    def _entry_rejected(self, entry: dict, error: ApiError) -> None:
        if not self._mine(entry):
            return
        # Refused for good (the server said what is wrong): back to the wizard to fix it.
        self.outbox.discard(entry["id"])
        self._entry_id = None
        self.ctx.reservation.adopt(entry.get("protocol"))  # reserved by the outbox meanwhile, if it was
        self._set_sending(False)
        self.save_draft()
        self.show_errors([self.tr("O servidor recusou o atendimento: %s") % error.message], validated=False)

    def _send_in_background(self) -> None:
        entry = self.outbox.entries.get(self._entry_id or "")
        if entry is not None:
            self._hand_over(entry, None, "")

    def _hand_over(self, entry: dict, answer, message: str) -> None:
        self._entry_id = None
        self.handed_over.emit(entry, answer, message)
        self._close_for_good()

    def park(self) -> None:
        """The session ends (logout, quit, expired): close without asking, the draft kept on disk so
        the next login offers it."""
        if self._may_close:
            return
        if self._entry_id is None:
            self.save_draft()
        if self.abandon_dialog is not None and isValid(self.abandon_dialog):
            self.abandon_dialog.close()
        self._close_for_good()

    def _close_for_good(self) -> None:
        self._may_close = True
        self.ctx.reservation.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()

    # -- abandoning ---------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc / Cancelar / closing the window: confirm, with a reason, and abandon."""
        if self._may_close:
            super().reject()
            return
        if self._sending or (self.abandon_dialog is not None and self.abandon_dialog.isVisible()):
            return
        dialog = AbandonDialog(self.state.protocol_formatted, self)
        dialog.abandon_confirmed.connect(self._abandon)
        dialog.rejected.connect(self._back_from_dialog)
        self._focus_before_dialog = QApplication.focusWidget()
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.abandon_dialog = dialog

    def _back_from_dialog(self) -> None:
        """"Continuar atendimento": the keyboard goes back to where it was."""
        self.activateWindow()
        widget = self._focus_before_dialog
        if widget is not None and isValid(widget) and self.isAncestorOf(widget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.current_page.focus_first()

    def _abandon(self, reason: str) -> None:
        self._autosave.stop()
        summary, outbox, username = self.summary(), self.outbox, self.drafts.username
        # now, or when a number still on its way arrives (the outbox outlives this window)
        self.ctx.reservation.when_reserved(lambda number: outbox.submit(
            abandon_entry(username=username, protocol=number, reason=reason, summary=summary)))
        self.drafts.discard(self.state.draft_id)
        log.info("wizard abandoned (protocol %s): %s", self.state.protocol, reason)
        self.abandoned.emit(reason)
        self._close_for_good()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.reject()

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window and begin the background work (protocol, catalog)."""
        self.show()
        self.raise_()
        self.activateWindow()
        QTimer.singleShot(BACKGROUND_BUILD_SPACING_MS, alive(self, self._build_next_page))
        self.ctx.catalog.refresh()
        if not self.state.protocol:
            self.ctx.reserve_protocol()
        elif self.state.client_id and not self.ctx.client_detailed():
            self.ctx.load_client()
        self.current_page.focus_first()
