"""What the Adicionar Anexo step keeps and checks, Qt-free (seed 001 §4.2.5.2)."""
from __future__ import annotations

from pathlib import Path

from ..wizard import step_data
from ..wizard.state import QT_TRANSLATE_NOOP, WizardState
from ..wizard.step_data import AttachmentDraft
from . import files

KEY = "attachment"
ADD_ONE = QT_TRANSLATE_NOOP("Wizard", "Anexe ao menos um arquivo (Anexar...) ou desmarque “Adicionar Anexo”.")
FILE_GONE = QT_TRANSLATE_NOOP("Wizard", "Um arquivo anexado não está mais na caixa de saída: remova-o e anexe de novo.")


def requested(state: WizardState) -> bool:
    return step_data.requested(state, KEY)


def data(state: WizardState) -> AttachmentDraft:
    found = state.attachment
    found.setdefault("files", [])
    return found


def validate(state: WizardState) -> list[str]:
    entries = data(state)["files"]
    if not entries:
        return [ADD_ONE]
    if any(not Path(e["file"]).is_file() for e in entries):
        return [FILE_GONE]
    return []


def follow_ups(state: WizardState) -> list[dict]:
    return [files.upload_follow_up(e) for e in data(state)["files"]]
