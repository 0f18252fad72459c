"""The one crash path: log every uncaught exception, show it on the GUI thread, and keep a
faulthandler file for hard crashes that is reported on the next start.

Tests switch dialogs off (set_dialogs_enabled(False) or ISP_DESK_NO_CRASH_DIALOGS=1): the
exception is then only logged, so a test run never blocks on a modal box.
"""
from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import traceback
from pathlib import Path

log = logging.getLogger("desk_client.crash")

FAULT_FILE_NAME = "faulthandler.log"
_state = {"dialogs": os.environ.get("ISP_DESK_NO_CRASH_DIALOGS") != "1", "bridge": None, "fault_file": None}
seen: list[str] = []  # formatted tracebacks of this process, newest last (tests read it)


def set_dialogs_enabled(enabled: bool) -> None:
    _state["dialogs"] = enabled


def install(log_dir: Path) -> None:
    fault_path = log_dir / FAULT_FILE_NAME
    _state["fault_file"] = open(fault_path, "a", encoding="utf-8")  # noqa: SIM115 — lives as long as the process
    faulthandler.enable(_state["fault_file"])
    sys.excepthook = _excepthook
    threading.excepthook = lambda args: _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _excepthook(exc_type, exc_value, exc_tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_tb)
        return
    text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    seen.append(text)
    log.critical("uncaught exception:\n%s", text)
    if _state["dialogs"]:
        _bridge().show.emit(text)


def _bridge():
    """A QObject living on the GUI thread, so a worker thread's crash is shown by the GUI thread."""
    if _state["bridge"] is None:
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Bridge(QObject):
            show = Signal(str)

        bridge = Bridge()
        app = QCoreApplication.instance()
        if app is not None:
            bridge.moveToThread(app.thread())
        bridge.show.connect(_show_dialog)
        _state["bridge"] = bridge
    return _state["bridge"]


def _show_dialog(text: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("crash", "Erro inesperado"),
                      QApplication.translate("crash", "Ocorreu um erro inesperado. O ISP Desk continua "
                                             "aberto, mas salve seu trabalho. Os detalhes foram "
                                             "gravados no arquivo de log."))
    box.setDetailedText(text)
    box.exec()


def previous_hard_crash(log_dir: Path) -> str | None:
    """Text faulthandler wrote during an earlier run (a segfault, an abort), then archived."""
    path = log_dir / FAULT_FILE_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        return None
    path.replace(log_dir / (FAULT_FILE_NAME + ".previous"))
    return text
