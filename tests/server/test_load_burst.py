"""Issue 15 item 1: a burst queues instead of failing — on a real server process, both engines.

Before the fix 200 requests at once gave 500s (pool exhausted, `database is locked`), /health hung
and the server would not stop. Now every request is answered 2xx or, when the server sheds load on
purpose, 503 with Retry-After; /health answers during the burst; SIGTERM under load exits quickly.
"""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from desk_server.api.limits import ConcurrencyLimit, JsonBodyLimit
from tests.harness import LiveServer

BURST = 150


async def _fire(url: str, token: str, n: int) -> tuple[list[httpx.Response | str], list[float]]:
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    health: list[float] = []
    done = asyncio.Event()

    async def probe(client: httpx.AsyncClient) -> None:
        while not done.is_set():
            t0 = time.perf_counter()
            r = await client.get("/api/v1/health")
            health.append(time.perf_counter() - t0 if r.status_code == 200 else float("inf"))
            await asyncio.sleep(0.05)

    async def one(client: httpx.AsyncClient, i: int):
        try:
            if i % 2:
                return await client.post("/api/v1/protocols", json={"channel": "phone"}, headers=headers)
            return await client.get("/api/v1/clients/search", params={"q": "silva"}, headers=headers)
        except httpx.HTTPError as exc:  # a timeout or a dropped connection is a failure too
            return type(exc).__name__

    async with httpx.AsyncClient(base_url=url, timeout=10, limits=limits) as client:
        prober = asyncio.create_task(probe(client))
        answers = await asyncio.gather(*(one(client, i) for i in range(n)))
        done.set()
        await prober
    return answers, health


def test_burst_is_answered_without_500_and_health_stays_up(demo_db_url, tmp_path):
    server = LiveServer(demo_db_url, tmp_path / "server")
    server.start()
    try:
        answers, health = asyncio.run(_fire(server.url, server.token("operador"), BURST))
        statuses = [a if isinstance(a, str) else a.status_code for a in answers]
        assert all(s in (200, 201, 503) for s in statuses), sorted(map(str, statuses))
        assert all("retry-after" in a.headers for a in answers if not isinstance(a, str) and a.status_code == 503)
        assert statuses.count(503) < BURST // 2  # shedding is the exception, not the rule
        assert health and max(health) < 5.0, health  # answered all along (loose: CI shares 2 cores)
        # Stopping under load: SIGTERM in the middle of a second burst, the process exits in < 10 s.
        token = server.token("operador")

        async def burst_then_stop() -> float:
            task = asyncio.create_task(_fire(server.url, token, BURST))
            await asyncio.sleep(0.5)
            server.proc.terminate()
            t0 = time.perf_counter()
            while server.proc.poll() is None and time.perf_counter() - t0 < 15:
                await asyncio.sleep(0.05)
            elapsed = time.perf_counter() - t0
            await asyncio.gather(task, return_exceptions=True)
            return elapsed

        assert asyncio.run(burst_then_stop()) < 10
    finally:
        server.stop()
    log = server.log_path.read_text(errors="replace")
    assert "Traceback" not in log and "QueuePool limit" not in log, log[-3000:]


# -- the middleware alone ---------------------------------------------------------------------------

async def _call(app, path: str = "/api/v1/x", method: str = "GET", headers=(), body: bytes = b""):
    sent: list[dict] = []
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive():
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)
    scope = {"type": "http", "path": path, "method": method, "headers": list(headers)}
    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], dict(start["headers"])


async def _slow_app(scope, receive, send):
    await asyncio.sleep(0.3)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


@pytest.mark.parametrize("max_queue", [0, 10])
def test_limit_sheds_with_503_and_retry_after_but_health_bypasses(max_queue):
    limited = ConcurrencyLimit(_slow_app, limit=1, max_wait=0.1, max_queue=max_queue)

    async def run():
        return await asyncio.gather(_call(limited), _call(limited), _call(limited, "/api/v1/health"))
    (s1, _), (s2, h2), (s3, _) = asyncio.run(run())
    assert s1 == 200 and s3 == 200  # health is never queued
    assert s2 == 503 and h2[b"retry-after"] == b"2"
    assert limited.shed == 1


def test_json_body_limit_413_for_declared_and_streamed_bodies_multipart_exempt():
    app = JsonBodyLimit(_slow_app, max_bytes=1024)
    big = b"x" * 2000
    declared = [(b"content-type", b"application/json"), (b"content-length", b"2000")]
    assert asyncio.run(_call(app, method="POST", headers=declared, body=big))[0] == 413
    streamed = [(b"content-type", b"application/json")]
    assert asyncio.run(_call(app, method="POST", headers=streamed, body=big))[0] == 413
    assert asyncio.run(_call(app, method="POST", headers=streamed, body=b"{}"))[0] == 200
    multipart = [(b"content-type", b"multipart/form-data; boundary=x"), (b"content-length", b"2000")]
    assert asyncio.run(_call(app, method="POST", headers=multipart, body=big))[0] == 200
