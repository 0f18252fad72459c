"""ApiClient: runs each HTTP request in a worker thread, with a timeout, and delivers the
result on the GUI thread through the returned ApiCall's signals.

    call = api.get("/users/me")
    call.succeeded.connect(on_user)     # payload: decoded JSON (or None for 204)
    call.failed.connect(on_error)       # payload: ApiError

Files: `api.download(path, dest=...)` (payload: bytes, or the Path written) and
`api.upload(path, file_path=...)` (multipart/form-data; payload: the decoded JSON answer) stream in
chunks, emit `call.progress(done, total)` on the GUI thread and stop between chunks on cancel().

A call dies with its window: `api.get(path, owner=self)` cancels the call when `owner` (any QObject)
is destroyed, and then nothing at all is emitted (not even `finished`), so a lambda connected to it
never runs on a deleted window. "Latest call wins" (a search typed letter by letter, the record
of the client just chosen) is a `CallSlot` (desk_client/api/slot.py).

httpx is imported on first use so it does not weigh on the client's start-up.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from . import transfers
from .errors import (
    CANCELLED,
    HTTP,
    INVALID,
    LOCAL_FILE,
    NOT_JSON,
    TIMEOUT,
    UNREACHABLE,
    ApiError,
    detail_from_body,
)

log = logging.getLogger("desk_client.api")

DEFAULT_TIMEOUT = 10.0
TRANSFER_TIMEOUT = 30.0  # per read/write of a file transfer, not for the whole file
API_PREFIX = "/api/v1"


class ApiCall(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    progress = Signal(int, int)  # file transfers: bytes done, total (0 when the server did not say)

    def __init__(self, method: str, path: str):
        super().__init__()
        self.method = method
        self.path = path
        self.cancelled = False
        self.elapsed = 0.0
        self.abort = threading.Event()  # read by the worker: a file transfer stops between chunks
        self.answered = False  # set on the GUI thread just before succeeded/failed is emitted
        self._owner = None  # weakref.ref to the QObject the answer is for (see bind())

    @property
    def pending(self) -> bool:
        """Still waiting for an answer that will be delivered (not answered, not cancelled)."""
        return not (self.answered or self.cancelled)

    def cancel(self) -> None:
        """Stop caring about the answer: neither succeeded nor failed will be emitted."""
        self.cancelled = True
        self.abort.set()

    def bind(self, owner: QObject) -> ApiCall:
        """The answer is for `owner`: once it is destroyed the call is cancelled and emits nothing."""
        self._owner = weakref.ref(owner)
        owner.destroyed.connect(self.cancel)
        return self

    @property
    def owner_gone(self) -> bool:
        if self._owner is None:
            return False
        owner = self._owner()
        return owner is None or not isValid(owner)


class _Job(QRunnable):
    """Runs one request in the pool. It never touches a QObject: the answer goes back to the
    GUI thread by call id, so no QObject is ever used or freed on a worker thread."""

    def __init__(self, client: ApiClient, call_id: int, request: dict[str, Any]):
        super().__init__()
        self.client, self.call_id, self.request = client, call_id, request
        self.setAutoDelete(True)

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result, error = self.client._run(self.call_id, self.request), None
        except ApiError as exc:
            result, error = None, exc
        except Exception as exc:  # a bug in the request path must still reach the caller
            log.exception("request %s %s crashed", self.request["method"], self.request["path"])
            result, error = None, ApiError(INVALID, detail=str(exc))
        try:
            self.client._answered.emit(self.call_id, (result, error, time.perf_counter() - started))
        except RuntimeError:  # the ApiClient was deleted meanwhile (logout, test teardown): no one to tell
            log.debug("answer to %s %s dropped: client gone", self.request.get("method"), self.request["path"])


class ApiClient(QObject):
    """One per server connection. Thread-safe: workers share one httpx.Client."""

    unauthorized = Signal(str)          # a request came back 401: the session is over
    connection_changed = Signal(bool)   # reachability as seen by the latest request
    _answered = Signal(int, object)     # worker → GUI thread: (call id, (result, error, elapsed))
    _progressed = Signal(int, int, int)  # worker → GUI thread: (call id, done, total)

    def __init__(self, base_url: str, *, timeout: float = DEFAULT_TIMEOUT, max_threads: int = 4,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.token: str | None = None
        self.user: dict | None = None
        self.connected: bool | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._http = None
        self._transport = None
        self._closing = False
        self._http_lock = threading.Lock()
        self._pending: dict[int, ApiCall] = {}
        self._next_id = itertools.count(1)
        self._answered.connect(self._deliver)
        self._progressed.connect(self._relay_progress)

    # -- public -------------------------------------------------------------------------------
    # Every call accepts `owner=` (a QObject): the call is cancelled when the owner is destroyed.
    def get(self, path: str, **kw) -> ApiCall:
        return self.call("GET", path, **kw)

    def post(self, path: str, json: Any = None, **kw) -> ApiCall:
        return self.call("POST", path, json=json, **kw)

    def patch(self, path: str, json: Any = None, **kw) -> ApiCall:
        return self.call("PATCH", path, json=json, **kw)

    def delete(self, path: str, **kw) -> ApiCall:
        return self.call("DELETE", path, **kw)

    def call(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
             headers: dict | None = None, timeout: float | None = None, auth: bool = True,
             owner: QObject | None = None) -> ApiCall:
        request = {"method": method, "path": path, "json": json, "params": params, "headers": headers,
                       "timeout": timeout or self.timeout, "auth": auth}
        return self._start(ApiCall(method, path), request, owner)

    def download(self, path: str, *, params: dict | None = None, dest: str | Path | None = None,
                 timeout: float | None = None, headers: dict | None = None,
                 owner: QObject | None = None) -> ApiCall:
        """GET a file. Payload: the bytes, or the Path written when `dest` is given."""
        call = ApiCall("GET", path)
        request = {"kind": "download", "path": path, "params": params, "headers": headers,
                   "timeout": timeout or TRANSFER_TIMEOUT, "dest": Path(dest) if dest else None,
                   "abort": call.abort}
        return self._start(call, request, owner)

    def upload(self, path: str, *, file_path: str | Path, field: str = "file", data: dict | None = None,
               timeout: float | None = None, headers: dict | None = None,
               owner: QObject | None = None) -> ApiCall:
        """POST a file as multipart/form-data (`data` as extra form fields). Payload: the JSON answer."""
        call = ApiCall("POST", path)
        request = {"kind": "upload", "path": path, "file_path": Path(file_path), "field": field,
                   "data": data, "headers": headers, "timeout": timeout or TRANSFER_TIMEOUT,
                   "abort": call.abort}
        return self._start(call, request, owner)

    def _start(self, call: ApiCall, request: dict, owner: QObject | None = None) -> ApiCall:
        if owner is not None:
            call.bind(owner)
        call_id = next(self._next_id)
        self._pending[call_id] = call  # keeps the QObject alive (on this thread) until it reports
        self._pool.start(_Job(self, call_id, request))
        return call

    def close(self) -> None:
        for call in list(self._pending.values()):
            call.cancel()
        self._closing = True  # an aborted GET is not tried again on a fresh connection
        with self._http_lock:
            if self._transport is not None:
                self._transport.abort()  # a request in flight (a long poll) ends now, not in 25 s
        self._pool.waitForDone(2000)
        with self._http_lock:
            if self._http is not None:
                self._http.close()
                self._http = self._transport = None
        self._closing = False  # a client used again after close() (a new login) retries as before

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    # -- worker side ----------------------------------------------------------------------------
    def _client(self):
        with self._http_lock:
            if self._http is None:
                import httpx

                from .abortable import AbortableTransport

                self._transport = AbortableTransport(httpx.Limits(max_connections=8, max_keepalive_connections=4))
                self._http = httpx.Client(
                    base_url=self.base_url,
                    headers={"User-Agent": _user_agent(), "Accept": "application/json"},
                    transport=self._transport,
                )
            return self._http

    def _run(self, call_id: int, request: dict):
        kind = request.pop("kind", "json")
        if kind == "json":
            return self._perform(**request)
        return self._transfer(call_id, kind, **request)

    def _url_and_headers(self, path: str, headers: dict | None, auth: bool = True) -> tuple[str, dict]:
        url = path if path.startswith("http") else API_PREFIX + path
        all_headers = dict(headers or {})
        if auth and self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        return url, all_headers

    def _transfer(self, call_id: int, kind: str, *, path, headers, timeout, abort, **rest):
        import httpx

        url, all_headers = self._url_and_headers(path, headers)
        http_timeout = httpx.Timeout(timeout, connect=min(timeout, 5.0))

        def report(done: int, total: int) -> None:
            try:
                self._progressed.emit(call_id, done, total)
            except RuntimeError:  # the client is gone; the transfer ends at the next chunk anyway
                abort.set()
        operation = transfers.download if kind == "download" else transfers.upload
        try:
            return operation(self._client(), url, headers=all_headers, timeout=http_timeout, abort=abort,
                             report=report, **rest)
        except httpx.TimeoutException:
            raise ApiError(TIMEOUT, timeout=timeout) from None
        except (httpx.ConnectError, httpx.NetworkError, httpx.RemoteProtocolError):
            raise ApiError(UNREACHABLE) from None
        except OSError as exc:  # the local file: unreadable source, full disk for the destination
            raise ApiError(LOCAL_FILE, detail=f"{exc.filename or ''} {exc.strerror or exc}".strip()) from None

    def _perform(self, *, method, path, json, params, headers, timeout, auth):
        import httpx

        url, all_headers = self._url_and_headers(path, headers, auth)
        attempts = 2 if method in ("GET", "HEAD") else 1
        try:
            for attempt in range(attempts):
                try:
                    response = self._client().request(
                        method, url, json=json, params=params, headers=all_headers,
                        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))
                    break
                except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                    # A kept-alive socket to a server that restarted fails once; a fresh
                    # connection may succeed. Only safe to repeat for idempotent reads.
                    if attempt + 1 == attempts or self._closing:
                        raise
        except httpx.TimeoutException:
            raise ApiError(TIMEOUT, timeout=timeout) from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError,
                httpx.NetworkError):
            raise ApiError(UNREACHABLE) from None
        except httpx.InvalidURL as exc:
            raise ApiError(UNREACHABLE, detail=str(exc)) from None
        if response.status_code == 204 or not response.content:
            body = None
        else:
            try:
                body = response.json()
            except ValueError:
                if response.is_success:
                    raise ApiError(INVALID, status=response.status_code, detail=NOT_JSON) from None
                body = None
        if response.is_success:
            return body
        raise ApiError(HTTP, status=response.status_code, detail=detail_from_body(body))

    def _relay_progress(self, call_id: int, done: int, total: int) -> None:
        call = self._pending.get(call_id)
        if call is not None and not call.cancelled and not call.owner_gone:
            call.progress.emit(done, total)

    def _deliver(self, call_id: int, outcome) -> None:
        # GUI thread (queued from the worker through _answered).
        result, error, elapsed = outcome
        call = self._pending.pop(call_id, None)
        reachable = not (error and error.is_connection_problem)
        if reachable != self.connected:
            self.connected = reachable
            self.connection_changed.emit(reachable)
        if call is None:
            return
        if call.owner_gone:  # the window it was for is gone: nothing to tell, not even finished
            call.cancel()
            return
        call.elapsed = elapsed
        if not call.cancelled:
            call.answered = True
            if error is None:
                call.succeeded.emit(result)
            else:
                if error.status == 401 and self.token:
                    self.unauthorized.emit(error.message)
                call.failed.emit(error)
        call.finished.emit()


def _user_agent() -> str:
    from .. import __version__

    return f"isp-desk/{__version__}"


__all__ = ["CANCELLED", "HTTP", "TIMEOUT", "UNREACHABLE", "ApiCall", "ApiClient", "ApiError"]
