"""Atomic JSON files: write to a temporary file in the same folder, fsync, rename over the target.
A reader never sees half a file, and a crash leaves either the old or the new content."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_json(path: Path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def safe_name(text: str) -> str:
    """A user name as a file name component (letters, digits, . _ - only)."""
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in text.strip().lower())
    return cleaned or "_"


_QUEUE = None


def disk_queue():
    """One background thread for every local write of the wizard (drafts and outbox), so writes
    keep their order across both (an outbox entry is on disk before its draft is removed) and the
    GUI thread never waits on fsync."""
    global _QUEUE
    if _QUEUE is None:
        from concurrent.futures import ThreadPoolExecutor

        _QUEUE = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isp-desk-disk")
    return _QUEUE


def flush_disk_queue(timeout: float | None = 10) -> None:
    disk_queue().submit(lambda: None).result(timeout)
