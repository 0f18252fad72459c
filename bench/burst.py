#!/usr/bin/env python3
"""A Monday-morning burst: N requests at once against a real server process, on both engines.

For each N (default 50, 100, 200, 400) N operators (one connection and one token each) fire one
request at the same moment: a third reserve a protocol (POST /protocols), a third open a ticket on a
protocol reserved before the burst (POST /tickets with an Idempotency-Key), a third search clients
(GET /clients/search). Every client gives up after 10 s (a client's timeout). Meanwhile a probe asks
/health every 50 ms and, on PostgreSQL, a sampler counts the server's connections "idle in
transaction". At the end the server is stopped (SIGTERM) in the middle of a 400-request burst and
the time it takes to exit is measured.

The server runs as `serve` runs it by default (on PostgreSQL one process per core, up to 4; on
SQLite one); --workers N overrides. The operators are a lean h11 client (bench/lean_http.py), each
with its connection open before the burst: httpx cost more CPU than the server did. The table shows
the CPU seconds the server (all its processes) and the bench spent in each burst: on this 2-core
machine they, and PostgreSQL, share the cores.

Goal (issue 15): PostgreSQL 400 at once all 2xx, p95 < 2 s, /health < 100 ms; SQLite never 500
and never a hang (503 + Retry-After is a deliberate answer).

  python bench/burst.py                    # both engines, N = 50, 100, 200, 400
  python bench/burst.py --engine sqlite    # one engine
  python bench/burst.py --workers 1        # one server process
  python bench/burst.py --quick            # CI: N = 50, 150 on both engines (a few seconds each)
"""
from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import h11
import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import ServerProcess, pct, print_table
from bench.lean_http import LeanConnection
from bench.tickets import seed
from desk_server import migrations

PG_ADMIN = os.environ.get("DESK_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
DB_NAME = "isp_desk_bench_burst"
CLIENT_TIMEOUT = 10.0
KINDS = ("protocol", "ticket", "search")
FIRST_REFUSALS: dict[int, str] = {}  # a 4xx in a burst is a bench bug or a server bug: show one of each


class Database:
    """A throwaway migrated database: a SQLite file or a PostgreSQL database `name`."""

    def __init__(self, engine: str, name: str = DB_NAME):
        self.engine, self.name = engine, name
        self.tmp = Path(tempfile.mkdtemp(prefix="isp-desk-bench-burst-"))
        if engine == "sqlite":
            self.url = f"sqlite:///{(self.tmp / 'burst.db').as_posix()}"
        else:
            self.admin = create_engine(PG_ADMIN, poolclass=NullPool, isolation_level="AUTOCOMMIT")
            self.url = make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)

    def __enter__(self):
        if self.engine == "postgresql":
            self._admin_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)', f'CREATE DATABASE "{self.name}"')
        migrations.upgrade(self.url)
        return self

    def __exit__(self, *exc):
        if self.engine == "postgresql":
            self._admin_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin.dispose()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _admin_sql(self, *statements: str) -> None:
        with self.admin.connect() as conn:
            for sql in statements:
                conn.execute(text(sql))

    def idle_in_transaction(self) -> int:
        if self.engine != "postgresql":
            return 0
        with self.admin.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                                     "AND state = 'idle in transaction'"), {"d": self.name}).scalar_one()


class IdleSampler(threading.Thread):
    """Highest count of PostgreSQL connections idle in a transaction, sampled every 100 ms."""

    def __init__(self, db: Database):
        super().__init__(daemon=True)
        self.db, self.peak, self.stop = db, 0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, self.db.idle_in_transaction())
            self.stop.wait(0.1)


def reserve_protocols(base: str, tokens: list[str]) -> list[str]:
    numbers = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for token in tokens:
            r = client.post("/api/v1/protocols", json={"channel": "phone", "kind": "client"},
                            headers={"Authorization": f"Bearer {token}"})
            r.raise_for_status()
            numbers.append(r.json()["number"])
    return numbers


def request_for(kind: str, i: int, info: dict, protocol: str | None) -> tuple[str, str, dict]:
    if kind == "protocol":
        return "POST", "/api/v1/protocols", {"json": {"channel": "phone", "kind": "client"}}
    if kind == "search":
        return "GET", "/api/v1/clients/search", {"params": {"q": f"Cliente Bench {i % 40:02d}", "limit": 20}}
    client_id, sub_id = info["subs"][i % len(info["subs"])]
    body = {"protocol": protocol, "kind": "client", "client_id": client_id, "subscription_id": sub_id,
            "ticket_type_id": info["type_id"], "channel": "phone", "destination": {"cargo_id": info["cargo_id"]},
            "problem": "Cliente sem conexão desde a manhã"}
    return "POST", "/api/v1/tickets", {"json": body, "headers": {"Idempotency-Key": str(uuid.uuid4())}}


async def one(base: str, token: str, method: str, path: str, kw: dict, gate: asyncio.Event, out: list):
    headers = {"Authorization": f"Bearer {token}", **kw.pop("headers", {})}
    conn = LeanConnection(base)
    try:
        await conn.open()  # an operator's client already holds its connection when the phones ring
    except OSError as exc:
        out.append((type(exc).__name__, 0.0))
        return
    await gate.wait()
    t0 = time.perf_counter()
    try:
        async with asyncio.timeout(CLIENT_TIMEOUT):
            status, answer_headers, body = await conn.request(method, path, headers=headers, **kw)
        if 400 <= status < 500 and status not in FIRST_REFUSALS:
            FIRST_REFUSALS[status] = f"{method} {path}: {body[:300].decode(errors='replace')}"
        if status == 503 and "retry-after" not in answer_headers:
            status = "503 without Retry-After"
    except TimeoutError:
        status = "timeout"
    except (OSError, h11.ProtocolError) as exc:
        status = type(exc).__name__
    finally:
        await conn.close()
    out.append((status, (time.perf_counter() - t0) * 1000))


async def health_probe(base: str, stop: asyncio.Event, out: list) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                ok = (await client.get("/api/v1/health")).status_code == 200
            except httpx.HTTPError:
                ok = False
            out.append((time.perf_counter() - t0) * 1000 if ok else float("inf"))
            await asyncio.sleep(0.05)


def protocols_for_tickets(base: str, n: int, info: dict) -> dict[int, str]:
    """A ticket goes on a protocol its own operator reserved (before the burst, not timed)."""
    ticket_ops = [i for i in range(n) if KINDS[i % 3] == "ticket"]
    return dict(zip(ticket_ops, reserve_protocols(base, [info["tokens"][i] for i in ticket_ops])))


async def burst(base: str, n: int, info: dict, protocols: dict[int, str]) -> tuple[list, list, float]:
    gate, stop = asyncio.Event(), asyncio.Event()
    results: list = []
    health: list[float] = []
    tasks = []
    for i in range(n):
        method, path, kw = request_for(KINDS[i % 3], i, info, protocols.get(i))
        tasks.append(asyncio.create_task(one(base, info["tokens"][i], method, path, kw, gate, results)))
    probe = asyncio.create_task(health_probe(base, stop, health))
    await asyncio.sleep(0.5)  # let every operator connect, then all at once
    t0 = time.perf_counter()
    gate.set()
    await asyncio.gather(*tasks)
    wall = time.perf_counter() - t0
    stop.set()
    await probe
    return results, health, wall


def stop_under_load(server: ServerProcess, info: dict, n: int) -> float:
    """Seconds from SIGTERM (sent mid-burst) to the process's exit."""
    async def run():
        gate = asyncio.Event()
        out: list = []
        tasks = [asyncio.create_task(one(server.url, info["tokens"][i], *request_for("protocol", i, info, None),
                                         gate, out)) for i in range(n)]
        await asyncio.sleep(0.5)
        gate.set()
        await asyncio.sleep(0.3)
        server.proc.send_signal(signal.SIGTERM)
        t0 = time.perf_counter()
        while server.proc.poll() is None and time.perf_counter() - t0 < 30:
            await asyncio.sleep(0.05)
        elapsed = time.perf_counter() - t0
        await asyncio.gather(*tasks)
        return elapsed
    return asyncio.run(run())


def summarise(engine: str, n: int, results: list, health: list[float], wall: float, idle_peak: int,
              cpu: tuple[float, float]) -> list[str]:
    counts = Counter("2xx" if isinstance(s, int) and 200 <= s < 300 else str(s) for s, _ in results)
    ms = [t for _, t in results]
    finite = [h for h in health if h != float("inf")]
    others = {k: v for k, v in counts.items() if k not in ("2xx", "503", "500")}
    return [engine, str(n), str(counts.get("2xx", 0)), str(counts.get("503", 0)), str(counts.get("500", 0)),
            ", ".join(f"{k}:{v}" for k, v in others.items()) or "0",
            f"{pct(ms, 0.5):.0f}", f"{pct(ms, 0.95):.0f}", f"{max(ms):.0f}",
            f"{pct(finite, 0.5):.0f}" if finite else "-", f"{max(health):.0f}" if health else "-",
            str(len(health) - len(finite)), str(idle_peak) if engine == "postgresql" else "n/a", f"{wall:.1f}",
            f"{cpu[0]:.1f}", f"{cpu[1]:.1f}"]


def run_engine(engine: str, sizes: list[int], workers: int) -> tuple[list[list[str]], float, int]:
    biggest = max(sizes)
    with Database(engine) as db:
        t0 = time.perf_counter()
        info = seed(db.url, operators=max(biggest, 400), outage=False)
        print(f"{engine}: database ready in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        bad = 0
        rows = []
        with ServerProcess(db.url, db.tmp / "server", workers=workers) as server:
            for n in sizes:
                sampler = IdleSampler(db)
                sampler.start()
                try:
                    protocols = protocols_for_tickets(server.url, n, info)
                    cpu = (server.cpu_seconds(), time.process_time())
                    results, health, wall = asyncio.run(burst(server.url, n, info, protocols))
                    cpu = (server.cpu_seconds() - cpu[0], time.process_time() - cpu[1])
                except httpx.HTTPError as exc:  # the untimed set-up requests got no answer: stalled
                    sampler.stop.set()
                    rows.append([engine, str(n), f"server stalled: set-up request failed ({type(exc).__name__})"]
                                + [""] * 13)
                    bad += 1
                    break
                sampler.stop.set()
                sampler.join()
                rows.append(summarise(engine, n, results, health, wall, sampler.peak, cpu))
                bad += sum(1 for s, _ in results if s == 500 or isinstance(s, str))
                time.sleep(1.0)
            stop_seconds = stop_under_load(server, info, 400)
            log = server.log_path.read_text(errors="replace")
        bad += log.count("Traceback")
    return rows, stop_seconds, bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--sizes", default="50,100,200,400")
    parser.add_argument("--quick", action="store_true", help="CI mode: N = 50, 150")
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (default: the server's own default, DESK_PROCESSES or by engine)")
    args = parser.parse_args()
    sizes = [50, 150] if args.quick else [int(x) for x in args.sizes.split(",")]
    engines = ["postgresql", "sqlite"] if args.engine == "both" else [args.engine]
    rows, stops, bad = [], [], 0
    for engine in engines:
        engine_rows, stop_seconds, engine_bad = run_engine(engine, sizes, args.workers)
        rows += engine_rows
        stops.append(f"{engine}: {stop_seconds:.1f} s")
        bad += engine_bad
    print_table(["engine", "N", "2xx", "503", "500", "other", "p50 ms", "p95 ms", "max ms",
                 "health p50", "health max", "health fail", "idle in tx", "wall s",
                 "server cpu s", "bench cpu s"], rows, right_from=1)
    print(f"\nstop (SIGTERM) in the middle of 400 requests: {', '.join(stops)}")
    for status, answer in FIRST_REFUSALS.items():
        print(f"first {status}: {answer}")
    print(f"500s, timeouts, connection errors and tracebacks in the server log: {bad}")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
