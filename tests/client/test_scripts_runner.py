"""The runner widget on its own (keys 1..9, arrows and Enter, Anterior, Encerrar, the time from an
answer to the next question); no server. The wizard's Script Atend. / Rel. Script steps against a real
server whose router is the RouterOS simulator moved to tests/e2e/test_scripts_runner_e2e.py (issue 8)."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_client.scripts.runner import ScriptRun
from desk_server.demo.script_trees import NO_CONNECTION
from desk_server.demo.scripts import resolve_types

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


def demo_script() -> dict:
    return {"id": 1, "version": 2, **resolve_types(NO_CONNECTION, {"Sem conexão": 1})}


@pytest.fixture
def runner(qtbot, qapp):
    from desk_client import style
    from desk_client.scripts.runner_widget import ScriptRunnerWidget

    style.apply(qapp)
    widget = ScriptRunnerWidget()
    qtbot.addWidget(widget)
    widget.resize(820, 560)
    widget.set_run(ScriptRun(demo_script(), {"cliente.nome": "Maria Aparecida", "login": "maria.ap",
                                             "ip": "100.64.0.12"},
                             conditions={"session_offline": "sessão PPPoE offline há 2 h"}))
    widget.show()
    widget.focus_options()
    return widget


def test_keys_answer_and_the_next_question_is_there_in_under_50_ms(qtbot, runner):
    options = runner.ui.optionsList
    assert runner.ui.suggestionLabel.isVisible() and "offline há 2 h" in runner.ui.suggestionLabel.text()
    assert options.currentRow() == 0 and options.item(0).text().startswith("1. Sim, nenhum aparelho")
    timings = []
    for key, expected in ((Qt.Key.Key_Return, "Como estão as luzes"), (Qt.Key.Key_3, "Depois de reiniciar")):
        started = time.perf_counter()
        qtbot.keyClick(options, key)
        timings.append((time.perf_counter() - started) * 1000)
        assert runner.ui.questionLabel.text().startswith(expected)
    print(f"\nanswer → next question shown: {', '.join(f'{t:.1f} ms' for t in timings)} (goal < 50 ms)")
    assert max(timings) < 50
    # arrows then Enter; Anterior (Backspace) drops the last answer
    qtbot.keyClick(options, Qt.Key.Key_Down)
    assert options.currentRow() == 2  # "Não, a sessão continua offline" was preselected (index 1)
    qtbot.keyClick(options, Qt.Key.Key_Backspace)
    assert runner.run.current == "luzes" and len(runner.run.answers) == 1
    qtbot.keyClick(options, Qt.Key.Key_9)  # no ninth option: nothing happens
    assert runner.run.current == "luzes"
    with qtbot.waitSignal(runner.finished, timeout=1000):
        qtbot.keyClick(options, Qt.Key.Key_1)  # LOS vermelha: an end
    assert runner.run.finished and runner.run.outcome()["service_order"] is True
    assert not runner.ui.nextButton.isEnabled() and runner.ui.previousButton.isEnabled()


def test_explanations_hide_and_encerrar_stops(qtbot, runner):
    runner.ui.clientCheck.setChecked(False)
    assert not runner.ui.clientLabel.isVisible() and runner.ui.operatorLabel.isVisible()
    assert "login maria.ap" in runner.ui.operatorLabel.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    runner.ui.clientCheck.setChecked(True)
    runner.grab().save(str(SHOTS / "script_runner.png"))
    with qtbot.waitSignal(runner.stopped, timeout=1000):
        qtbot.mouseClick(runner.ui.stopButton, Qt.MouseButton.LeftButton)
