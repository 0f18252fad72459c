"""The "new_ticket" feature: opens the wizard (F2, one at a time), owns the operator's drafts and
outbox for the session, shows the summary after Finalizar and, on start, offers to resume a draft
left by a crash."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from ..api import ApiClient
from ..outbox.indicator import OutboxIndicator
from ..outbox.sender import OutboxSender
from ..outbox.store import OutboxStore, abandon_entry
from ..paths import data_dir
from ..permissions import can_use
from ..ui.callbacks import alive
from ..ui.formats import format_protocol, show_datetime
from ..window_placement import place, remember
from .catalog import Catalog
from .drafts import DraftStore
from .registry import StepRegistry
from .state import WizardState
from .steps import wizard_steps
from .summary_dialog import SummaryDialog
from .window import BACKGROUND_BUILD_SPACING_MS, WizardWindow

log = logging.getLogger("desk_client.wizard")

DISCARD_REASON = "Atendimento interrompido e descartado pelo operador (rascunho não finalizado)."


class WizardLauncher(QObject):
    def __init__(self, api: ApiClient, window: QWidget, registry: StepRegistry | None = None):
        super().__init__(window)
        self.api = api
        self.window = window
        self.user = api.user or {}
        self.username = self.user.get("username", "")
        self.registry = registry or wizard_steps()
        self.drafts = DraftStore(data_dir() / "drafts", self.username)
        self.outbox = OutboxSender(api, OutboxStore(data_dir() / "outbox", self.username), self)
        self.catalog = Catalog(api, self)
        self.wizard: WizardWindow | None = None
        self.summaries: dict[str, SummaryDialog] = {}
        self.last_summary: SummaryDialog | None = None
        self.resume_box: QMessageBox | None = None
        self.settings = None  # set by install(): the wizard's remembered geometry
        self.outbox.sent.connect(self._entry_sent)
        self.outbox.deferred.connect(self._entry_deferred)
        self._shut = False
        # The session ends with the main window (logout, quit) or by the server (expired token).
        for signal in (getattr(window, "logout_requested", None), getattr(window, "quit_requested", None),
                       api.unauthorized):
            if signal is not None:
                signal.connect(self.shutdown)
        # ...and whoever closes the main window (even with its signals blocked) hides it: stop the
        # timers here, on the GUI thread, before the window object is ever destroyed.
        window.installEventFilter(self)
        self._unloaded_steps = list(self.registry)
        QTimer.singleShot(BACKGROUND_BUILD_SPACING_MS, alive(self, self._import_next_step_page))

    def _import_next_step_page(self) -> None:
        """The wizard's page modules are imported while the operator has nothing open, one per
        event-loop turn: importing them when the first call's wizard builds its pages stalled the
        GUI thread (PySide inspects each importing module's source)."""
        if self._unloaded_steps and not self._shut:
            self._unloaded_steps.pop(0).page_factory()
            QTimer.singleShot(BACKGROUND_BUILD_SPACING_MS, alive(self, self._import_next_step_page))

    def eventFilter(self, watched, event) -> bool:
        # getattr: during the interpreter's (or the garbage collector's) teardown the attributes may
        # already be gone while Qt still delivers events
        if (event.type() == QEvent.Type.Hide and not event.spontaneous()
                and watched is getattr(self, "window", None) and not getattr(self, "_shut", True)):
            QTimer.singleShot(0, alive(self, self._shutdown_if_closed))
        return False

    def _shutdown_if_closed(self) -> None:
        if not self.window.isVisible():
            self.shutdown()

    def shutdown(self, *_args) -> None:
        """Stop sending (the next session's launcher takes the outbox over) and park the wizard."""
        if self._shut:
            return
        self._shut = True
        self.window.removeEventFilter(self)
        self.outbox.stop()
        if self.wizard is not None and isValid(self.wizard):
            self.wizard.park()
        for dialog in list(self.summaries.values()):
            if isValid(dialog):
                dialog.close()
        if self.resume_box is not None and isValid(self.resume_box):
            self.resume_box.close()

    # -- opening ------------------------------------------------------------------------------------
    def open_new(self) -> WizardWindow | None:
        if self._shut:
            return None
        if self.wizard is not None and not isValid(self.wizard):
            self.wizard = None
        if self.wizard is not None:
            self.wizard.showNormal()
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        return self._open(WizardState(username=self.username))

    def resume(self, state: WizardState) -> WizardWindow:
        if self.wizard is not None:
            return self.open_new()
        log.info("resuming draft %s (protocol %s)", state.draft_id, state.protocol)
        return self._open(state)

    def _open(self, state: WizardState) -> WizardWindow:
        wizard = WizardWindow(self.api, state, drafts=self.drafts, outbox=self.outbox, catalog=self.catalog,
                              registry=self.registry, user=self.user, parent=self.window)
        wizard.handed_over.connect(self._handed_over)
        wizard.finished.connect(lambda *_: self._wizard_gone(wizard))
        self.wizard = wizard
        # fits a 1366×768 screen the first time, then opens where the operator left it
        place(wizard, self.settings, "wizard", QSize(1280, 720))
        wizard.start()
        return wizard

    def _wizard_gone(self, wizard) -> None:
        if isValid(wizard):
            remember(wizard, self.settings, "wizard")
        if self.wizard is wizard:
            self.wizard = None

    # -- after Finalizar ----------------------------------------------------------------------------
    def _handed_over(self, entry: dict, answer, message: str) -> None:
        dialog = SummaryDialog(entry.get("summary") or {}, self.window)
        if answer is not None:
            dialog.show_sent(answer)
        elif message:
            dialog.show_waiting(message)
        if entry["id"] in self.outbox.entries:
            self.summaries[entry["id"]] = dialog
        dialog.finished.connect(lambda *_: self.summaries.pop(entry["id"], None))
        self.last_summary = dialog
        dialog.open()

    def _entry_sent(self, entry: dict, answer) -> None:
        dialog = self.summaries.pop(entry["id"], None)
        if dialog is not None and entry["kind"] == "ticket":
            dialog.show_sent(answer)

    def _entry_deferred(self, entry: dict, error) -> None:
        dialog = self.summaries.get(entry["id"])
        if dialog is not None and dialog.ticket is None:
            dialog.show_waiting(error.message)

    def reopen_refused(self, entry: dict) -> WizardWindow | None:
        """A ticket the server refused (e.g. its type was deactivated meanwhile): back into the
        wizard, with its protocol and everything typed, to be fixed and finished again."""
        if self.wizard is not None:
            return self.open_new()
        try:
            state = WizardState.from_dict(entry["state"])
        except (KeyError, ValueError, TypeError):
            log.error("outbox entry %s has no usable wizard state", entry.get("id"))
            return None
        state.protocol = state.protocol or entry.get("protocol")
        state.current_step = None
        self.outbox.discard(entry["id"])
        self.drafts.save(state)  # nothing lost if the client dies before it is finished again
        wizard = self.resume(state)
        message = entry.get("last_error") or ""
        wizard.go_to(self.registry.applicable(state)[-1].key)
        wizard.show_errors([self.tr("O servidor recusou este atendimento: %s") % message] if message else [])
        return wizard

    # -- drafts left behind -------------------------------------------------------------------------
    def leftover_drafts(self) -> list[WizardState]:
        """Drafts of this operator not already finished (a crash between the outbox write and the
        draft's removal leaves both: the outbox wins)."""
        sent = {e.get("idempotency_key") for e in self.outbox.all()}
        drafts = []
        for state in self.drafts.drafts():
            if state.idempotency_key in sent:
                self.drafts.discard(state.draft_id)
            else:
                drafts.append(state)
        return drafts

    def offer_resume(self) -> QMessageBox | None:
        if self.wizard is not None or not can_use(self.user.get("role", ""), "new_ticket"):
            return None
        drafts = self.leftover_drafts()
        if not drafts:
            return None
        state = drafts[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Atendimento não finalizado"), "", parent=self.window)
        protocol = format_protocol(state.protocol) or self.tr("sem protocolo")
        subject = state.subject_name or self.tr("cliente ainda não escolhido")
        box.setText(self.tr("Há um atendimento não finalizado (protocolo %s — %s), alterado pela última vez "
                            "em %s.\n\nDeseja retomá-lo?") % (protocol, subject, show_datetime(state.updated_at)))
        if len(drafts) > 1:
            more = len(drafts) - 1
            box.setInformativeText(
                self.tr("Há mais 1 atendimento não finalizado; ele será oferecido em seguida.") if more == 1 else
                self.tr("Há mais %d atendimentos não finalizados; eles serão oferecidos em seguida.") % more)
        resume = box.addButton(self.tr("&Retomar"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Descartar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Agora &não"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        discard.setToolTip(self.tr("Registra o protocolo como contato sem atendimento e apaga o rascunho."))

        def answered(button):
            self.resume_box = None
            if button is resume:
                self.resume(state)
            elif button is discard:
                if state.protocol:
                    self.outbox.submit(abandon_entry(username=self.username, protocol=state.protocol,
                                                     reason=DISCARD_REASON,
                                                     summary={"subject": state.subject_name}))
                self.drafts.discard(state.draft_id)
                QTimer.singleShot(0, alive(self, self.offer_resume))
        box.buttonClicked.connect(answered)
        box.open()
        box.activateWindow()
        resume.setFocus()
        self.resume_box = box
        return box


def install(window, api: ApiClient, settings) -> WizardLauncher:
    """Register "new_ticket" (F2), put the outbox indicator in the status bar, start sending what a
    previous session left and offer to resume a draft."""
    launcher = WizardLauncher(api, window)
    launcher.settings = settings
    window.enable_feature("new_ticket", launcher.open_new)
    indicator = OutboxIndicator(launcher.outbox, window)
    indicator.reopen_requested.connect(launcher.reopen_refused)
    window.statusBar().addPermanentWidget(indicator)
    launcher.indicator = indicator
    launcher.outbox.start()
    QTimer.singleShot(0, alive(launcher, launcher.offer_resume))
    return launcher
