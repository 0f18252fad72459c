"""The wizard's Script Atend. / Rel. Script steps against a real server whose router is the RouterOS
simulator with the subscription's session down: the script step names its script by the problem's
words and preselects from the live PPPoE session the server reads from the router, Rel. Script shows
the run, Anterior warns before undoing the pre-fill, Encerrar Script. Client, server and router
together, so this stays end to end (moved unchanged from tests/client/test_scripts_runner.py for
issue 8; the runner widget on its own is tested there). Screenshots go to ISP_DESK_SCREENSHOTS_DIR
when set."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.waits import GUI_WAIT_MS

from ..client.gui_support import click_when_asked
from ..client.routers_support import clean_sim, world  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")



@pytest.fixture
def wizard(qtbot, qapp, clean_sim, client_home):
    from desk_client import style
    from desk_client.wizard.launcher import WizardLauncher
    from desk_client.wizard.state import WizardState

    style.apply(qapp)
    api = clean_sim.api("operador")
    sub_id = clean_sim.subs["offline"][0]
    headers = {"Authorization": f"Bearer {api.token}"}
    sub = httpx.get(f"{clean_sim.server.url}/api/v1/subscriptions/{sub_id}/connection", headers=headers).json()
    assert sub["online"] is False
    client_id = next(c for c in [httpx.get(f"{clean_sim.server.url}/api/v1/clients/search", headers=headers,
                                           params={"q": sub["login"], "field": "login"}).json()["items"][0]])["id"]
    client = httpx.get(f"{clean_sim.server.url}/api/v1/clients/{client_id}", headers=headers).json()
    chosen = next(s for s in client["subscriptions"] if s["id"] == sub_id)
    host = QWidget()
    qtbot.addWidget(host)
    launcher = WizardLauncher(api, host)
    state = WizardState(username="operador", kind="client", client=client, subscription=chosen,
                        contact=None, problem="Cliente sem conexão desde cedo", create_script=True,
                        current_step="service")
    window = launcher._open(state)
    window.show()
    yield window
    window.park()
    launcher.shutdown()
    api.close()


def test_wizard_script_step_preselects_from_the_live_session_and_prefills(qtbot, wizard):
    ctx = wizard.ctx
    qtbot.waitUntil(lambda: (ctx.live_session or {}).get("online") is False, timeout=15000)  # the panel's answer
    wizard.advance()
    assert wizard.current.key == "script"
    page = wizard.pages["script"]
    runner = page.runner
    qtbot.waitUntil(lambda: runner.run is not None, timeout=GUI_WAIT_MS)
    assert page.ui.scriptCombo.currentText() == "Sem conexão (PPPoE)"  # named by the problem's words
    assert runner.ui.suggestionLabel.isVisible() and "sessão PPPoE offline" in runner.ui.suggestionLabel.text()
    options = runner.ui.optionsList
    options.setFocus()
    qtbot.keyClick(options, Qt.Key.Key_Return)   # confirms the preselected "Sim, nenhum aparelho navega"
    qtbot.keyClick(options, Qt.Key.Key_3)        # POWER e PON verdes → reiniciar
    assert "offline" in runner.ui.suggestionLabel.text() and options.currentRow() == 1
    qtbot.waitUntil(lambda: ctx.catalog.ready("ticket_types"), timeout=GUI_WAIT_MS)
    qtbot.keyClick(options, Qt.Key.Key_Return)   # "Não, a sessão continua offline": the end, O.S.
    qtbot.waitUntil(lambda: wizard.current.key == "script_report", timeout=3000)
    state = wizard.state
    assert state.ticket_type["name"] == "Sem conexão" and state.options["service_order"] is True
    report_page = wizard.pages["script_report"]
    text = report_page.ui.reportView.toPlainText()
    assert "Não, a sessão continua offline" in text and "3. Depois de reiniciar" in text
    assert "pedido de O.S." in report_page.ui.outcomeLabel.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    wizard.grab().save(str(SHOTS / "wizard_script_report.png"))

    # Anterior on the script step warns before undoing the pre-fill
    wizard.back()
    assert wizard.current.key == "script"
    seen: list[str] = []
    click_when_asked("Desfazer e voltar", seen)
    qtbot.mouseClick(runner.ui.previousButton, Qt.MouseButton.LeftButton)
    assert "tipo de atendimento “Sem conexão”" in seen[0] and "pedido de O.S." in seen[0]
    assert state.ticket_type is None and not state.options.get("service_order")
    assert runner.run.current == "reiniciar" and len(state.script["answers"]) == 2
    QApplication.processEvents()  # the layout settles before the picture
    wizard.grab().save(str(SHOTS / "wizard_script_step.png"))
    # Encerrar Script: the run stops here and Rel. Script says so
    qtbot.mouseClick(runner.ui.stopButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.current.key == "script_report", timeout=3000)
    assert "encerrado na pergunta 3" in report_page.ui.headlineLabel.text()
    body = wizard.registry.ticket_body(state)
    assert body["script_run"]["finished"] is False and len(body["script_run"]["answers"]) == 2
