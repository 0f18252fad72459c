"""Named loggers per subsystem into a rotating file; Qt's own messages routed into logging."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "isp-desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)
    if not any(getattr(h, "_isp_desk", False) for h in root.handlers):
        file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                            encoding="utf-8")
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        file_handler._isp_desk = True
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        console._isp_desk = True
        root.addHandler(file_handler)
        root.addHandler(console)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("desk_client.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message):
        if "propagateSizeHints" in message:  # the offscreen platform's harmless chatter
            return
        where = f" ({context.file}:{context.line})" if context and context.file else ""
        qt_log.log(levels.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)
