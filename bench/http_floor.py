#!/usr/bin/env python3
"""The fixed cost of an authenticated call: `GET /api/v1/users/me` against a bare FastAPI endpoint
served by the same uvicorn process, measured interleaved (one of each in turn on one keep-alive
connection, so both see the same machine load). DESIGN §7: ratio of the p50s ≤ 2×.

  python bench/http_floor.py                     # both engines, 3,000 pairs each
  python bench/http_floor.py --engine sqlite     # one engine
  python bench/http_floor.py --quick             # CI: 300 pairs per engine (a few seconds)

The server runs `bench.http_floor:make_app` (the ISP Desk app with `/bare` in front of it) under
uvicorn in a subprocess; the bench seeds one user with a session token directly in the database.
"""
from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import free_port, pct, print_table
from bench.burst import Database
from bench.tickets import seed

TARGET_RATIO = 2.0


def make_app():
    """ASGI app for uvicorn --factory: `/bare` is a bare FastAPI endpoint, the rest is ISP Desk."""
    from fastapi import FastAPI

    from desk_server.app import create_app

    bare = FastAPI()

    @bare.get("/bare")
    async def bare_endpoint():
        return {"id": 1, "username": "bare", "name": "Bare", "role": "operator"}

    desk = create_app()

    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/bare":
            await bare(scope, receive, send)
        else:
            await desk(scope, receive, send)
    return app


class FloorServer:
    def __init__(self, url: str, data_dir: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "DESK_DATABASE_URL": url, "DESK_DATA_DIR": str(data_dir),
                    "DESK_SECRET_KEY": secrets.token_urlsafe(36), "DESK_RUN_WORKERS": "0"}
        self.env.pop("DESK_DEMO", None)
        self.proc = None

    def __enter__(self):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bench.http_floor:make_app", "--factory", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"], env=self.env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/bare", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start in 60 s")

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(15)


def measure(base: str, token: str, pairs: int) -> tuple[list[float], list[float]]:
    bare, me = [], []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10) as client:
        for i in range(pairs + 50):
            # Alternate which goes first, so neither always follows the other.
            order = (("/bare", bare), ("/api/v1/users/me", me)) if i % 2 else (("/api/v1/users/me", me), ("/bare", bare))
            for path, out in order:
                t0 = time.perf_counter()
                r = client.get(path)
                elapsed = (time.perf_counter() - t0) * 1000
                r.raise_for_status()
                if i >= 50:  # warm-up: connection, caches, first compiled statements
                    out.append(elapsed)
    return bare, me


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--quick", action="store_true", help="CI mode: 300 pairs")
    args = parser.parse_args()
    pairs = 300 if args.quick else args.pairs
    rows, worst = [], 0.0
    for engine in (["postgresql", "sqlite"] if args.engine == "both" else [args.engine]):
        with Database(engine, "isp_desk_bench_floor") as db:
            info = seed(db.url, operators=1, outage=False)
            with FloorServer(db.url, db.tmp / "server") as server:
                bare, me = measure(server.base, info["tokens"][0], pairs)
        ratio = pct(me, 0.5) / pct(bare, 0.5)
        worst = max(worst, ratio)
        rows.append([engine, str(pairs), f"{pct(bare, 0.5):.2f}", f"{pct(bare, 0.95):.2f}",
                     f"{pct(me, 0.5):.2f}", f"{pct(me, 0.95):.2f}", f"{ratio:.2f}×"])
    print_table(["engine", "pairs", "bare p50 ms", "bare p95 ms", "/users/me p50 ms", "/users/me p95 ms",
                 "ratio p50"], rows, right_from=1)
    print(f"\ntarget ≤ {TARGET_RATIO:.1f}×: {'met' if worst <= TARGET_RATIO else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
