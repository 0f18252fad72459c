"""The real client in its own process: log in, open Novo Atendimento with F2 and fill every step with
the keyboard, wait until the draft is on disk, print "READY <protocol>" and keep running until it is
killed (test_wizard_resume.py sends SIGKILL: no chance to clean up, like a crash or a power cut).

    python -m tests.e2e.wizard_crash_script SERVER_URL CLIENT_JSON_FILE

ISP_DESK_HOME (set by the test) decides where the drafts go.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from tests.waits import GUI_WAIT_MS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISP_DESK_NO_CRASH_DIALOGS", "1")

PROBLEM = "Internet cai toda noite."
CHECKS = "Cliente reiniciou a ONU duas vezes."


class Bot:
    """The little of pytest-qt's qtbot that the keyboard helpers use."""

    def __init__(self, app):
        self.app = app

    def keyClick(self, widget, key, modifier=None):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def keyClicks(self, widget, text):
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)

    def waitUntil(self, condition, timeout=GUI_WAIT_MS):
        from PySide6.QtTest import QTest

        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met")
            QTest.qWait(20)  # runs the event loop, like qtbot.waitUntil


def main() -> int:
    server_url, client_file = sys.argv[1], sys.argv[2]
    client = json.loads(Path(client_file).read_text())
    from PySide6.QtWidgets import QApplication

    from desk_client import style
    from desk_client.app import DeskController
    from desk_client.settings import ClientSettings

    from .helpers import choose_type_and_checks, fill_to_first_contact, login, open_wizard

    app = QApplication(sys.argv)
    style.apply(app)
    bot = Bot(app)
    controller = DeskController(app, ClientSettings())
    window = login(bot, controller, SimpleNamespace(url=server_url))
    wizard = open_wizard(bot, window)
    fill_to_first_contact(bot, wizard, client, PROBLEM)
    choose_type_and_checks(bot, wizard, "Sem", CHECKS)
    drafts = window.wizard_launcher.drafts
    path = drafts.path_for(wizard.state.draft_id)

    def saved() -> bool:
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            return False
        return data.get("checks") == CHECKS and data.get("current_step") == "first_contact"
    bot.waitUntil(saved, timeout=GUI_WAIT_MS)
    print(f"READY {wizard.state.protocol}", flush=True)
    return app.exec()  # until SIGKILL


if __name__ == "__main__":
    sys.exit(main())
