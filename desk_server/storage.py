"""The attachment store: a folder every server instance reaches (DESK_DATA_DIR/attachments, on shared
storage when there are several instances). Files are named by their sha256, so the same bytes
uploaded twice are stored once; the database rows (one per link) keep names, notes and uploaders.

Writes go to a temporary file in the store's own `tmp/` (same file system) and are renamed into
place once complete, so a reader never sees half a file and a crash leaves only a stray temp file.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK = 256 * 1024


class FileTooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


class AttachmentStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    @classmethod
    def for_settings(cls, settings) -> AttachmentStore:
        return cls(Path(settings.data_dir) / "attachments")

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("sha256 inválido")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, source: BinaryIO, *, max_bytes: int) -> tuple[str, int, bytes]:
        """Store the stream; returns (sha256, size, first bytes for sniffing). Raises FileTooLarge
        as soon as the stream passes max_bytes (nothing is kept then)."""
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest, size, head = hashlib.sha256(), 0, b""
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise FileTooLarge(max_bytes)
                    if len(head) < 8192:
                        head += chunk[: 8192 - len(head)]
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            final = self.path(sha256)
            if final.is_file():  # the same bytes are already stored: keep one copy
                os.unlink(tmp_name)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, final)
            return sha256, size, head
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()
