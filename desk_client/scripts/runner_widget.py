"""The script runner widget: the question large, the explanations for the client and for the
operator (each shown or hidden), the options chosen with 1..9 or the arrows and Enter, Próximo /
Anterior / Encerrar Script, and the note of an option preselected by the live session.

Used by the wizard's "Script Atend." step and by the editor's preview; it drives a `ScriptRun`
(Qt-free) and only shows it. Answering never waits on anything: the next node is a dict lookup.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QVBoxLayout, QWidget

from ..forms.ui_script_runner import Ui_ScriptRunner
from .runner import ScriptRun

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScriptRunnerWidget(QWidget):
    moved = Signal()      # an answer given or taken back (the page saves the run)
    finished = Signal()   # an end was reached
    stopped = Signal()    # Encerrar Script

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ScriptRunner()
        self.ui.setupUi(self)
        self.run: ScriptRun | None = None
        # asked before Anterior undoes anything; returns False to keep the answer (the wizard asks
        # the operator when an outcome already filled Prim. Contato)
        self.confirm_back: Callable[[int], bool] = lambda _step: True
        self.ui.optionsList.installEventFilter(self)
        self.ui.optionsList.itemDoubleClicked.connect(lambda _item: self.confirm())
        self.ui.nextButton.clicked.connect(self.confirm)
        self.ui.previousButton.clicked.connect(self.previous)
        self.ui.stopButton.clicked.connect(self._stop)
        self.ui.clientCheck.toggled.connect(self.ui.clientLabel.setVisible)
        self.ui.operatorCheck.toggled.connect(self.ui.operatorLabel.setVisible)
        self.show_run()

    # -- the run ------------------------------------------------------------------------------------
    def set_run(self, run: ScriptRun | None) -> None:
        self.run = run
        self.show_run()

    def show_run(self) -> None:
        run, ui = self.run, self.ui
        node = run.node() if run else None
        ui.optionsList.clear()
        ui.suggestionLabel.hide()
        if run is None:
            ui.progressLabel.setText("")
            ui.questionLabel.setText(self.tr("Nenhum script escolhido."))
            ui.clientLabel.setText("")
            ui.operatorLabel.setText("")
        elif node is None:
            ui.progressLabel.setText(self.tr("%d resposta(s)") % len(run.answers))
            ui.questionLabel.setText(self.tr("Fim do script.") if run.finished else "")
            ui.clientLabel.setText("")
            ui.operatorLabel.setText("")
        else:
            ui.progressLabel.setText(self.tr("Pergunta %d · %s, versão %d")
                                     % (len(run.answers) + 1, run.script.get("name", ""), run.version))
            ui.questionLabel.setText(run.question())
            ui.clientLabel.setText(run.client_explanation() or self.tr("(sem explicação)"))
            ui.operatorLabel.setText(run.operator_explanation() or self.tr("(sem orientação)"))
            for number, label in enumerate(run.option_labels(), start=1):
                item = QListWidgetItem(f"{number}. {label}" if number <= 9 else label)
                ui.optionsList.addItem(item)
            suggested = run.suggestion()
            row = 0
            if suggested is not None:
                row, why = suggested
                ui.optionsList.item(row).setText(ui.optionsList.item(row).text() + "  ◀")
                ui.suggestionLabel.setText(self.tr("Sugerida pela sessão ao vivo: %s. Confirme com o cliente "
                                                   "(Enter) ou escolha outra resposta.") % why)
                ui.suggestionLabel.show()
            ui.optionsList.setCurrentRow(row)
        self._fit_options()
        active = node is not None
        ui.optionsList.setEnabled(active)
        ui.nextButton.setEnabled(active)
        ui.stopButton.setEnabled(run is not None)
        ui.previousButton.setEnabled(bool(run and run.answers))

    def _fit_options(self) -> None:
        """The list as tall as its options (the explanations above get the rest of the page)."""
        box = self.ui.optionsList
        rows = sum(max(box.sizeHintForRow(i), 20) for i in range(box.count())) if box.count() else 40
        box.setFixedHeight(rows + 2 * box.frameWidth() + 6)

    def focus_options(self) -> None:
        self.ui.optionsList.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ------------------------------------------------------------------------------------
    def choose(self, index: int) -> bool:
        """Answer with option `index` (0-based). False when there is no such option."""
        run = self.run
        if run is None or run.node() is None or not 0 <= index < len(run.option_labels()):
            return False
        run.answer(index)
        self.show_run()
        self.moved.emit()
        if run.current is None:
            self.finished.emit()
        return True

    def confirm(self) -> None:
        """Próximo: the option marked in the list."""
        row = self.ui.optionsList.currentRow()
        if row >= 0:
            self.choose(row)

    def previous(self) -> None:
        run = self.run
        if run is None or not run.answers:
            return
        if not self.confirm_back(len(run.answers) - 1):
            return
        run.back()
        self.show_run()
        self.moved.emit()
        self.focus_options()

    def _stop(self) -> None:
        if self.run is not None:
            self.stopped.emit()

    # -- keyboard -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.optionsList and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
            if plain and key in DIGITS:
                self.choose(DIGITS[key])
                return True
            if plain and key in ENTER and self.run is not None and self.run.node() is not None:
                self.confirm()
                return True
            if plain and key == Qt.Key.Key_Backspace:
                self.previous()
                return True
        return super().eventFilter(watched, event)


def preview_dialog(script: dict, values: dict, parent: QWidget) -> QDialog:
    """The editor's preview: the draft in this same widget, with sample attendance data."""
    dialog = QDialog(parent)
    title = QCoreApplication.translate("ScriptRunnerWidget", "Pré-visualização — %s")
    dialog.setWindowTitle(title % script.get("name", ""))
    layout = QVBoxLayout(dialog)
    runner = ScriptRunnerWidget(dialog)
    layout.addWidget(runner)
    runner.set_run(ScriptRun(script, values))
    runner.stopped.connect(dialog.accept)
    dialog.runner = runner
    dialog.resize(820, 560)
    dialog.open()
    runner.focus_options()
    return dialog
