"""Choosing files (the seed's "Pesquisar ou Criar"): a file dialog, the size checked before anything
is copied or uploaded, the copy into the outbox. Shared by the Anexo and Enviar E-mail steps."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..api import attachments
from . import files


def ask_paths(parent: QWidget) -> list[str]:
    """The file dialog (tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("Attachments", "Pesquisar ou Criar"))
    return paths


def pick(parent: QWidget, max_mb: int) -> tuple[list[dict], list[str]]:
    """(entries copied into the outbox, refusals in Portuguese naming each refused file)."""
    added, refused = [], []
    for raw in ask_paths(parent):
        path = Path(raw)
        try:
            size = path.stat().st_size
        except OSError as exc:
            refused.append(f"{path.name}: {exc.strerror or exc}")
            continue
        problem = files.too_large(size, max_mb)
        if problem:
            refused.append(f"{path.name}: {problem}")
            continue
        added.append(files.file_entry(path))
    return added, refused


class LimitCache:
    """DESK_ATTACHMENT_MAX_MB as the server says (asked once per session), 20 until it answers."""

    max_mb = files.DEFAULT_MAX_MB
    _asked_for = None

    @classmethod
    def refresh(cls, api) -> None:
        if cls._asked_for is api:
            return
        cls._asked_for = api
        call = attachments.limits(api)
        call.succeeded.connect(lambda answer: setattr(cls, "max_mb", int(answer.get("max_mb") or cls.max_mb)))
