"""Files the operator picks, Qt-free: the size check made before any upload (the server checks again),
the copy into the outbox (a crash or a dead server loses none), readable sizes."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from ..api import follow_ups

DEFAULT_MAX_MB = 20  # until the server says its DESK_ATTACHMENT_MAX_MB


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def too_large(size: int, max_mb: int) -> str | None:
    """The Portuguese refusal for a file over the limit, or None."""
    if size > max_mb * 1024 * 1024:
        return f"Arquivo de {human_size(size)}: o limite é {max_mb} MB. Reduza ou compacte o arquivo."
    return None


def outbox_files_dir() -> Path:
    from ..paths import data_dir

    return data_dir() / "outbox" / "files"


def copy_into_outbox(source: Path, folder: Path | None = None) -> Path:
    """A private copy that travels with the ticket: the operator may move or delete the original."""
    target_dir = (folder or outbox_files_dir()) / uuid.uuid4().hex
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / Path(source).name
    shutil.copyfile(source, target)
    return target


def file_entry(source: Path, *, note: str = "", folder: Path | None = None) -> dict:
    copy = copy_into_outbox(source, folder)
    return {"name": Path(source).name, "size": copy.stat().st_size, "file": str(copy), "note": note,
            "key": str(uuid.uuid4())}


def discard(entry: dict) -> None:
    path = Path(entry["file"])
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()
    except OSError:
        pass


def upload_follow_up(entry: dict) -> dict:
    """The outbox request that uploads one file once the ticket exists (its Idempotency-Key keeps a
    retry from attaching it twice)."""
    return follow_ups.upload_request(entry["file"], {"note": entry.get("note") or None}, entry["key"])
