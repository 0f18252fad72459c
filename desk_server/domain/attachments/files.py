"""What a file is called and what it is, decided by the server: the name the client sent is cleaned
(no folders, no control or reserved characters, bounded length), and the content type comes from the
bytes themselves, never from what the client claimed."""
from __future__ import annotations

import re
import unicodedata

MAX_NAME = 200
_RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}


def sanitize_name(raw: str | None) -> str:
    name = unicodedata.normalize("NFC", raw or "")
    name = re.split(r"[\\/]", name)[-1]  # a path from any OS: keep the last part only
    name = _RESERVED.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").strip()
    if not name or set(name) <= {"_", "."}:
        name = "anexo"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in _WINDOWS_DEVICES:
        stem = "_" + stem
    if len(ext) > 16:  # not really an extension
        stem, ext = f"{stem}.{ext}" if stem else ext, ""
    suffix = f".{ext}" if ext else ""
    stem = stem[: MAX_NAME - len(suffix)].rstrip() or "anexo"
    return stem + suffix


def sniff_content_type(head: bytes) -> str:
    import filetype

    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if not head:
        return "application/octet-stream"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # a multi-byte character cut at the end is still text
                return "application/octet-stream"
        return "text/plain"
    return "application/octet-stream"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
