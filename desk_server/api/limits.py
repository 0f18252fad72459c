"""Load shedding and request size limits, as plain ASGI middleware (issue 15).

A Monday-morning burst must queue, not fail: at most `max_concurrent_requests` requests (the whole
server's; each of its processes admits its share, Settings.request_slots) run the
database-bound part of the app at once, so the connection pool is never exhausted and no connection
sits idle in a transaction while its request waits for a thread. The others wait in a FIFO queue for
at most `queue_wait_seconds`; a request that cannot get a slot in time (or finds the queue full) is
answered 503 with `Retry-After` — a deliberate, retryable answer, never a 500 or a hang past the
client's timeout. `/health`, the docs and the long-poll change feed bypass the queue: they must
answer during a burst, and a long-poll would otherwise hold a slot for its whole wait.

JSON bodies above `max_json_body_bytes` are refused with 413 before any route (and before a slot is
taken); multipart uploads carry their own limit (DESK_ATTACHMENT_MAX_MB) and pass through.
"""
from __future__ import annotations

import asyncio
import json
import logging

log = logging.getLogger("desk_server.api.limits")

BYPASS_PREFIXES = ("/api/v1/health", "/openapi.json", "/docs", "/api/v1/changes")
RETRY_AFTER_SECONDS = 2
BUSY_MESSAGE = "Servidor ocupado no momento: tente novamente em alguns segundos."


async def send_json(send, status: int, detail: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


async def send_busy(send) -> None:
    await send_json(send, 503, BUSY_MESSAGE, [(b"retry-after", str(RETRY_AFTER_SECONDS).encode())])


class ConcurrencyLimit:
    """At most `limit` requests inside the app; a bounded FIFO queue with a bounded wait in front."""

    def __init__(self, app, *, limit: int, max_wait: float, max_queue: int):
        self.app = app
        self.limit = limit
        self.max_wait = max_wait
        self.max_queue = max_queue
        self.waiting = 0
        self.shed = 0  # answered 503 since start (read by tests and the log)
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"].startswith(BYPASS_PREFIXES):
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created inside the server's event loop
            self._slots = asyncio.Semaphore(self.limit)
        if not self._slots.locked():
            await self._slots.acquire()  # free slot: no timer, no extra task (the common case)
        elif not await self._wait_for_slot(send):
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._slots.release()

    async def _wait_for_slot(self, send) -> bool:
        if self.waiting >= self.max_queue:
            await self._shed(send, "queue full")
            return False
        self.waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self.max_wait)
        except TimeoutError:
            await self._shed(send, "waited too long")
            return False
        finally:
            self.waiting -= 1
        return True

    async def _shed(self, send, why: str) -> None:
        self.shed += 1
        if self.shed == 1 or self.shed % 100 == 0:
            log.warning("shedding load (%s): %d answered 503 so far, %d waiting", why, self.shed, self.waiting)
        await send_busy(send)


class JsonBodyLimit:
    """413 for a non-multipart body above `max_bytes` (declared or streamed)."""

    def __init__(self, app, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if headers.get(b"content-type", b"").lower().startswith(b"multipart/"):
            await self.app(scope, receive, send)
            return
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > self.max_bytes:
                await self._too_large(send)
                return
            await self.app(scope, receive, send)
            return
        # Chunked body without a length: read it here (bounded) and hand it on in one piece.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message]), send)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._too_large(send)
                return
            if not message.get("more_body"):
                break
        await self.app(scope, _replay([{"type": "http.request", "body": b"".join(chunks),
                                        "more_body": False}], receive), send)

    async def _too_large(self, send) -> None:
        mib = self.max_bytes / (1024 * 1024)
        await send_json(send, 413, f"Corpo da requisição grande demais (máximo {mib:g} MiB).",
                        [(b"connection", b"close")])


def _replay(messages: list[dict], then=None):
    pending = list(messages)

    async def receive():
        if pending:
            return pending.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}
    return receive


def install(app, settings) -> None:
    """Hook both limits into the app (the body limit runs first, before a slot is taken)."""
    app.add_middleware(ConcurrencyLimit, limit=settings.request_slots(),
                       max_wait=settings.queue_wait_seconds, max_queue=settings.max_queued_requests)
    app.add_middleware(JsonBodyLimit, max_bytes=settings.max_json_body_bytes)
