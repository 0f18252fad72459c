"""Nothing is lost when the client dies: a wizard filled in another process that is killed with
SIGKILL is offered again at the next login, with its protocol, and finishes into one ticket."""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desk_client.ui.formats import format_protocol

from .helpers import CTRL, KEY_WAIT_MS, Key, api_get, demo_client, focused, login, press
from .wizard_crash_script import CHECKS, PROBLEM

pytestmark = [pytest.mark.gui, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]


def test_resume_after_the_client_was_killed(qtbot, controller, live_server, client_home, tmp_path):
    token = live_server.token("operador")
    client = demo_client(live_server, token)
    client_file = tmp_path / "client.json"
    client_file.write_text(json.dumps(client))

    proc = subprocess.Popen([sys.executable, "-m", "tests.e2e.wizard_crash_script", live_server.url,
                             str(client_file)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={**os.environ, "ISP_DESK_HOME": str(client_home)})
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    seen: list[str] = []

    def ready() -> bool:
        while not lines.empty():
            seen.append(lines.get())
        assert proc.poll() is None, "".join(seen)
        return any(line.startswith("READY ") for line in seen)
    try:
        qtbot.waitUntil(ready, timeout=60_000)
    finally:
        os.kill(proc.pid, signal.SIGKILL)                 # no cleanup, like a crash
        proc.wait(10)
    protocol = next(line.split()[1] for line in seen if line.startswith("READY "))
    grouped = format_protocol(protocol)
    assert api_get(live_server, token, f"/protocols/{protocol}")["status"] == "reserved"
    assert api_get(live_server, token, "/tickets", protocol=protocol)["items"] == []

    window = login(qtbot, controller, live_server)        # the next start, same operator
    launcher = window.wizard_launcher
    qtbot.waitUntil(lambda: launcher.resume_box is not None and launcher.resume_box.isVisible(),
                    timeout=KEY_WAIT_MS)
    box = launcher.resume_box
    assert grouped in box.text() and client["name"] in box.text()
    qtbot.waitUntil(lambda: focused() is not None and box.isAncestorOf(focused()), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)                          # "Retomar" is the default button
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    state = wizard.state
    assert wizard.current.key == "first_contact"          # back where the operator was
    assert wizard.ui.protocolHeaderLabel.text() == grouped and grouped in wizard.windowTitle()
    assert (state.client_id, state.problem, state.checks) == (client["id"], PROBLEM, CHECKS)
    assert state.ticket_type["name"] == "Sem conexão" and state.destination["name"] == "Suporte N1"
    page = wizard.pages["first_contact"]
    assert page.ui.checksEdit.toPlainText() == CHECKS
    qtbot.waitUntil(lambda: page.ui.ticketTypeCombo.currentText() == "Sem conexão", timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: focused() is not None and wizard.isAncestorOf(focused()), timeout=KEY_WAIT_MS)

    press(qtbot, Key.Key_Return, CTRL)                    # Finalizar
    qtbot.waitUntil(lambda: launcher.last_summary is not None and launcher.last_summary.ticket is not None,
                    timeout=KEY_WAIT_MS)
    items = api_get(live_server, token, "/tickets", protocol=protocol)["items"]
    assert len(items) == 1
    ticket = items[0]
    assert (ticket["client_id"], ticket["problem"], ticket["checks"], ticket["ticket_type"]) == (
        client["id"], PROBLEM, CHECKS, "Sem conexão")
    assert launcher.leftover_drafts() == []
    launcher.last_summary.close()
