"""The wizard's "Script Atend." and "Rel. Script" pages (registered in wizard/steps.py).

Script Atend.: the script preselected (the one already run, the ticket type's default, or the one
the problem's words name), changeable; the runner widget with the live session's conditions (the
Dados Atend. MikroTik panel's last answer, or one request of our own when the panel has none); an
end's outcome pre-fills Prim. Contato and Anterior warns before undoing it; the end or Encerrar
Script moves on to Rel. Script, which shows the whole path.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from ..api import ApiError, scripts, subscriptions
from ..api.slot import CallSlot
from ..forms.ui_script_page import Ui_ScriptPage
from ..forms.ui_script_report import Ui_ScriptReportPage
from ..wizard.context import WizardContext
from ..wizard.page import StepPage
from ..wizard.step_data import ScriptRunDraft
from . import live, prefill, report, wizard_rules
from .runner import ScriptRun
from .runner_widget import ScriptRunnerWidget
from .variables import values_from_state

log = logging.getLogger("desk_client.scripts.wizard")
TIMEOUT_S = 8.0


def tr_scripts(text: str) -> str:
    """Texts of the Qt-free script modules (marked QT_TRANSLATE_NOOP("Scripts", ...))."""
    return QCoreApplication.translate("Scripts", text)


def run_from(data: dict, state, conditions: dict | None = None) -> ScriptRun | None:
    """The runner of the saved run (answers replayed), or None without a script."""
    tree = data.get("tree")
    if not tree:
        return None
    run = ScriptRun(tree, values_from_state(state), conditions)
    run.restore(data.get("answers") or [])
    return run


class ScriptStepPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ScriptPage()
        self.ui.setupUi(self)
        self.runner = ScriptRunnerWidget(self.ui.runnerHost)
        layout = QVBoxLayout(self.ui.runnerHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.runner)
        self.runner.confirm_back = self._confirm_back
        self.runner.moved.connect(self._moved)
        self.runner.finished.connect(self._close_run)
        self.runner.stopped.connect(self._close_run)
        self.scripts: list[dict] | None = None
        # the latest of each wins: a script chosen twice quickly never shows the first one's tree
        self._list, self._tree, self._live = (CallSlot(ctx.api, self) for _ in range(3))
        self._live_for: int | None = None
        self.ui.scriptCombo.currentIndexChanged.connect(self._script_chosen)
        ctx.changed.connect(self._changed)

    @property
    def data(self) -> ScriptRunDraft:
        return self.state.script

    def first_field(self):
        return self.runner.ui.optionsList

    def enter(self) -> None:
        if self.scripts is None:
            self._load_list()
        if self.runner.run is None and self.data.get("tree"):
            self.runner.set_run(run_from(self.data, self.state, self._conditions()))
        elif self.runner.run is not None:
            self.runner.run.values = values_from_state(self.state)
            self.runner.show_run()
        self._ask_live()

    # -- the list and the tree ----------------------------------------------------------------------
    def _load_list(self) -> None:
        self.ui.statusLabel.setText(self.tr("Carregando scripts…"))
        call = self._list.run(scripts.scripts, timeout=TIMEOUT_S)
        call.succeeded.connect(self._list_arrived)
        call.failed.connect(self._failed)

    def _list_arrived(self, body: dict) -> None:
        self.scripts = list((body or {}).get("items") or [])
        chosen = wizard_rules.preselect(self.state, self.scripts)
        combo = self.ui.scriptCombo
        with self.filling():
            combo.clear()
            combo.addItem(self.tr("(escolha o script)"), None)
            for script in self.scripts:
                combo.addItem(script.get("name", ""), script.get("id"))
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        self.ui.statusLabel.setText("" if self.scripts else self.tr("Nenhum script ativo cadastrado."))
        if chosen and chosen != self.data.get("script_id"):
            self._load_tree(chosen)
        self.ui.scriptHintLabel.setText(self.tr("Alt+S troca o script") if self.scripts else "")

    def _script_chosen(self, index: int) -> None:
        if self._filling:
            return
        script_id = self.ui.scriptCombo.itemData(index)
        if script_id == self.data.get("script_id"):
            return
        if self.data.get("answers") and not self._confirm_drop(self.tr("Trocar de script descarta as respostas "
                                                                        "dadas até aqui.")):
            with self.filling():
                self.ui.scriptCombo.setCurrentIndex(max(0, self.ui.scriptCombo.findData(self.data.get("script_id"))))
            return
        self._undo_prefill()
        self.state.script = {}
        self.runner.set_run(None)
        self.ctx.notify("script")
        if script_id:
            self._load_tree(script_id)

    def _load_tree(self, script_id: int) -> None:
        self.ui.statusLabel.setText(self.tr("Carregando o script…"))
        call = self._tree.run(scripts.script, script_id, timeout=TIMEOUT_S)
        call.succeeded.connect(self._tree_arrived)
        call.failed.connect(self._failed)

    def _tree_arrived(self, tree: dict) -> None:
        self.ui.statusLabel.setText("")
        self.state.script = {"script_id": tree["id"], "version": tree["version"], "name": tree.get("name"),
                             "tree": tree, "answers": [], "finished": False, "closed": False, "prefill": None}
        self.runner.set_run(run_from(self.data, self.state, self._conditions()))
        self.ctx.notify("script")
        if self.isVisible():
            self.runner.focus_options()

    def _failed(self, error: ApiError) -> None:
        self.ui.statusLabel.setText(self.tr("Scripts indisponíveis: %s. Desmarque “Criar Script Atendimento” "
                                            "para seguir sem script.") % error.message)

    # -- live session -------------------------------------------------------------------------------
    def _live_body(self) -> dict | None:
        body = getattr(self.ctx, "live_session", None)
        if isinstance(body, dict) and body.get("subscription_id") == self.state.subscription_id:
            return body
        return None

    def _conditions(self) -> dict[str, str]:
        return live.conditions(self._live_body(), tr=tr_scripts)

    def _ask_live(self) -> None:
        """Only when the panel has nothing for this subscription: one request of our own."""
        sub = self.state.subscription_id
        if sub is None or self._live_body() is not None or self._live_for == sub:
            return
        self._live_for = sub
        self._live.run(subscriptions.connection, sub, timeout=TIMEOUT_S).succeeded.connect(self._live_arrived)

    def _live_arrived(self, body: dict) -> None:
        if isinstance(body, dict) and body.get("subscription_id", self.state.subscription_id) == \
                self.state.subscription_id:
            self.ctx.live_session = {**body, "subscription_id": self.state.subscription_id}
            self._changed("live_session")

    def _changed(self, what: str) -> None:
        if what == "live_session" and self.runner.run is not None:
            before = self.runner.run.suggestion()
            self.runner.run.set_conditions(self._conditions())
            if self.runner.run.suggestion() != before:
                self.runner.show_run()

    # -- moving -------------------------------------------------------------------------------------
    def _moved(self) -> None:
        run = self.runner.run
        data = self.data
        data["answers"] = [dict(a) for a in run.answers]
        data["finished"] = run.finished
        if not run.finished:
            data["closed"] = False
        elif data.get("prefill") is None:
            data["prefill"] = prefill.apply(self.state, run.outcome(), self.ctx.catalog.items("ticket_types"))
            if data["prefill"]:
                self.ctx.notify("ticket_type")
                self.ctx.notify("options")
        self.ctx.notify("script")

    def _close_run(self) -> None:
        self.data["closed"] = True
        self.ctx.notify("script")
        self.advance.emit()

    def _confirm_back(self, _step: int) -> bool:
        record = self.data.get("prefill")
        if not record:
            return True
        lines = prefill.describe(record, tr=tr_scripts)
        text = self.tr("Mudar esta resposta desfaz o que o script preencheu em Prim. Contato:") + "\n• " + \
            "\n• ".join(lines)
        if not self._confirm_drop(text):
            return False
        self._undo_prefill()
        return True

    def _undo_prefill(self) -> None:
        record = self.data.get("prefill")
        if record:
            prefill.undo(self.state, record)
            self.data["prefill"] = None
            self.ctx.notify("ticket_type")
            self.ctx.notify("options")

    def _confirm_drop(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Script de atendimento"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Desfazer e voltar"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Manter"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        self.refocus(self.runner.ui.optionsList)
        return answer == QMessageBox.StandardButton.Yes


class ScriptReportStepPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ScriptReportPage()
        self.ui.setupUi(self)
        self.ui.reportView.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def first_field(self):
        return self.ui.reportView

    def enter(self) -> None:
        data = wizard_rules.data(self.state)
        run = run_from(data, self.state)
        if run is None:
            self.ui.headlineLabel.setText(self.tr("Nenhum script foi usado."))
            self.ui.reportView.clear()
            self.ui.outcomeLabel.setText("")
            return
        shown = report.from_run(run, stopped=True)
        self.ui.headlineLabel.setText(report.headline(shown, tr=tr_scripts))
        self.ui.reportView.setHtml(report.report_html(shown, tr=tr_scripts))
        lines = prefill.describe(data.get("prefill"), tr=tr_scripts)
        self.ui.outcomeLabel.setText(self.tr("Preenchido em Prim. Contato: %s") % "; ".join(lines) if lines else "")
