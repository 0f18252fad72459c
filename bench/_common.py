"""Helpers shared by the server benchmarks: percentiles, a real server process, table printing."""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

import httpx

ROOT = Path(__file__).resolve().parent.parent


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`python -m desk_server serve` in a subprocess on loopback (workers off, random secret)."""

    def __init__(self, database_url: str, data_dir: Path, workers: int | None = 1):
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.env = {**os.environ, "DESK_DATABASE_URL": database_url, "DESK_DATA_DIR": str(data_dir),
                    "DESK_SECRET_KEY": secrets.token_urlsafe(36), "DESK_RUN_WORKERS": "0"}
        self.env.pop("DESK_DEMO", None)
        self.proc: subprocess.Popen | None = None
        self.log_path = data_dir / "bench-server.log"

    def __enter__(self) -> Self:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desk_server", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             *(["--workers", str(self.workers)] if self.workers is not None else [])],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.log_path.read_text(errors="replace")[-3000:])
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError("server did not become healthy in 60 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server has used so far: its process and, with --workers, the
        worker processes it started."""
        total = 0.0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # exited meanwhile
            if int(entry.name) == self.proc.pid or int(fields[1]) == self.proc.pid:
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def login(self, username: str, password: str) -> str:
        response = httpx.post(f"{self.url}/api/v1/auth/login", json={"username": username, "password": password},
                              timeout=30)
        response.raise_for_status()
        return response.json()["token"]


def print_table(headers: list[str], rows: list[list[str]], right_from: int = 2) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def fmt(cells):
        return "  ".join(str(c).rjust(w) if i >= right_from else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))
    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


PG_ADMIN = os.environ.get("DESK_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


class BenchDatabase:
    """A migrated database for one benchmark: a temporary SQLite file, or a PostgreSQL database `name`
    dropped and created again. `keep` leaves it (and the temporary folder) for a look afterwards."""

    def __init__(self, engine_name: str, keep: bool, name: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.engine_name, self.keep, self.name = engine_name, keep, name
        self.tmp = Path(tempfile.mkdtemp(prefix=f"{name.replace('_', '-')}-"))
        if engine_name == "sqlite":
            self.url = f"sqlite:///{(self.tmp / 'bench.db').as_posix()}"
        else:
            self.admin = create_engine(PG_ADMIN, poolclass=NullPool, isolation_level="AUTOCOMMIT")
            self.url = make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)

    def _execute(self, *statements: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))

    def create(self) -> None:
        from desk_server import migrations

        if self.engine_name == "postgresql":
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)', f'CREATE DATABASE "{self.name}"')
        migrations.upgrade(self.url)

    def drop(self) -> None:
        if self.engine_name == "postgresql":
            if not self.keep:
                self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin.dispose()
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Self:
        self.create()
        return self

    def __exit__(self, *exc) -> None:
        self.drop()
