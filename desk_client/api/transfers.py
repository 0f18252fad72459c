"""File transfers for the ApiClient (worker side, no Qt): streamed downloads and multipart uploads
that report progress and stop between chunks when the caller cancels.

`report(done, total)` is called from the worker thread; the ApiClient relays it to the GUI thread.
`abort` is a threading.Event set by ApiCall.cancel().
"""
from __future__ import annotations

import mimetypes
import os
import time
from collections.abc import Callable
from pathlib import Path

from .errors import CANCELLED, HTTP, ApiError, detail_from_body

CHUNK = 64 * 1024
REPORT_EVERY_S = 0.1

Report = Callable[[int, int], None]


class Throttled:
    """Calls report() at most every REPORT_EVERY_S (and always for the last chunk): a 20 MB file
    in 64 KB chunks would otherwise flood the GUI thread with 300 queued signals."""

    def __init__(self, report: Report, total: int):
        self.report, self.total, self.done, self._last = report, total, 0, 0.0

    def add(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY_S or (self.total and self.done >= self.total):
            self._last = now
            self.report(self.done, self.total)


class ProgressFile:
    """A read-only file wrapper httpx can size (fileno) and stream (read), counting what was read."""

    def __init__(self, path: Path, abort, report: Report):
        self._file = open(path, "rb")  # noqa: SIM115 — closed by the caller through close()
        self.abort = abort
        self.progress = Throttled(report, os.fstat(self._file.fileno()).st_size)

    def read(self, size: int = -1) -> bytes:
        if self.abort.is_set():
            raise ApiError(CANCELLED)
        chunk = self._file.read(size)
        self.progress.add(len(chunk))
        return chunk

    def fileno(self) -> int:
        return self._file.fileno()

    def seek(self, *args) -> int:
        return self._file.seek(*args)

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()


def http_error(response, body_bytes: bytes) -> ApiError:
    body = None
    if body_bytes:
        try:
            import json

            body = json.loads(body_bytes)
        except ValueError:
            body = None
    return ApiError(HTTP, status=response.status_code, detail=detail_from_body(body))


def download(http, url: str, *, params, headers, timeout, dest: Path | None, abort, report: Report):
    """GET url streaming the body: bytes in memory, or written to dest (via a .part file, so a
    cancelled or broken transfer never leaves a half file under the final name)."""
    with http.stream("GET", url, params=params, headers=headers, timeout=timeout) as response:
        if not response.is_success:
            raise http_error(response, response.read())
        total = int(response.headers.get("Content-Length") or 0)
        progress = Throttled(report, total)
        if dest is None:
            parts = []
            for chunk in response.iter_bytes(CHUNK):
                _check(abort)
                parts.append(chunk)
                progress.add(len(chunk))
            return b"".join(parts)
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".part")
        try:
            with open(partial, "wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    _check(abort)
                    out.write(chunk)
                    progress.add(len(chunk))
            os.replace(partial, dest)
        finally:
            partial.unlink(missing_ok=True)
        return dest


def upload(http, url: str, *, file_path: Path, field: str, data: dict | None, headers, timeout,
           abort, report: Report):
    """POST url as multipart/form-data with the file under `field`; returns the decoded JSON
    answer (or the raw bytes when the server answers something else)."""
    file_path = Path(file_path)
    content_type = mimetypes.guess_type(file_path.name)[0] or "application/octet-stream"
    source = ProgressFile(file_path, abort, report)
    try:
        response = http.post(url, files={field: (file_path.name, source, content_type)},
                             data={k: str(v) for k, v in (data or {}).items() if v is not None},
                             headers=headers, timeout=timeout)
    finally:
        source.close()
    if not response.is_success:
        raise http_error(response, response.content)
    if response.status_code == 204 or not response.content:
        return None
    if "json" in response.headers.get("Content-Type", ""):
        return response.json()
    return response.content


def _check(abort) -> None:
    if abort.is_set():
        raise ApiError(CANCELLED)
