"""What the tests run against, shared by conftest and the test modules: real SQLite and PostgreSQL
databases (`DatabaseFactory`: migrated once per session into a template, copied for each test), the
server's settings, login headers for a TestClient, and a real server process (`LiveServer`).
The fixtures built on these are in tests/conftest.py."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parent.parent
TEST_SECRET = "test-secret-key-not-for-production-0123456789"
PG_ADMIN_URL = os.environ.get("DESK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BACKENDS = ["sqlite", "postgresql"]
if os.environ.get("DESK_TEST_SKIP_POSTGRES") == "1":  # explicit opt-out only; CI never sets it
    BACKENDS = ["sqlite"]


def die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the test process dies, even by a crash."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DatabaseFactory:
    """Makes migrated databases: template once per (backend, variant), then a copy per test."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.templates: dict[tuple[str, str], str] = {}
        self.pg_created: list[str] = []
        self._pg_admin = None

    # -- PostgreSQL ---------------------------------------------------------------------------
    def pg_admin(self):
        if self._pg_admin is None:
            engine = create_engine(PG_ADMIN_URL, poolclass=NullPool, isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
            except Exception as exc:  # noqa: BLE001 — fail loudly: a skipped PostgreSQL run would hide real bugs
                pytest.fail(f"PostgreSQL não acessível em {PG_ADMIN_URL}: {exc}. Inicie-o "
                            "(pg_ctlcluster ... main start) ou defina DESK_TEST_SKIP_POSTGRES=1 "
                            "para rodar só com SQLite.", pytrace=False)
            self._pg_admin = engine
        return self._pg_admin

    def _pg_url(self, name: str) -> str:
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def _pg_create(self, name: str, template: str | None = None) -> str:
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        with self.pg_admin().connect() as conn:
            conn.execute(text(sql))
        self.pg_created.append(name)
        return self._pg_url(name)

    # -- both ---------------------------------------------------------------------------------
    def template(self, backend: str, variant: str) -> str:
        key = (backend, variant)
        if key not in self.templates:
            tag = uuid.uuid4().hex[:8]
            if backend == "sqlite":
                url = f"sqlite:///{(self.workdir / f'tpl-{variant}-{tag}.db').as_posix()}"
            else:
                url = self._pg_create(f"isp_desk_tpl_{variant}_{tag}")
            prepare_database(url, variant)
            self.templates[key] = url
        return self.templates[key]

    def fresh(self, backend: str, variant: str = "empty") -> str:
        template = self.template(backend, variant)
        tag = uuid.uuid4().hex[:10]
        if backend == "sqlite":
            src = Path(make_url(template).database)
            dst = self.workdir / f"db-{tag}.db"
            shutil.copyfile(src, dst)
            return f"sqlite:///{dst.as_posix()}"
        return self._pg_create(f"isp_desk_test_{tag}", make_url(template).database)

    def drop(self, url: str) -> None:
        """Throw away a per-test database as soon as its test ends (keeps teardown short)."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(parsed.database + suffix).unlink(missing_ok=True)
            return
        with self.pg_admin().connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        self.pg_created.remove(parsed.database)

    def close(self) -> None:
        if self._pg_admin is None:
            return
        with self._pg_admin.connect() as conn:
            for name in reversed(self.pg_created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._pg_admin.dispose()


def make_settings(url: str, data_dir: Path, **overrides):
    from desk_server.config import Settings

    values = {"database_url": url, "data_dir": data_dir, "secret_key": TEST_SECRET, "run_workers": False,
                  "demo": False}
    values.update(overrides)
    return Settings(**values)


def prepare_database(url: str, variant: str) -> None:
    """Migrate to head; variant "demo" also loads the demo data."""
    from desk_server import migrations

    migrations.upgrade(url)
    if variant == "demo":
        from desk_server.db import make_engine, make_session_factory, session_scope
        from desk_server.demo import load_all

        engine = make_engine(url, pool_size=1)
        with session_scope(make_session_factory(engine)) as session:
            load_all(session, make_settings(url, Path("/nonexistent")))
        engine.dispose()


def login_headers(client, username: str, password: str = "demo123") -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


class LiveServer:
    """`isp-desk-server serve` in a real subprocess on loopback."""

    def __init__(self, url_db: str, data_dir: Path, extra_env: dict[str, str] | None = None,
                 workers: int | None = 1):
        self.workers = workers  # None: the server's own default (DESK_PROCESSES or by engine)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "DESK_DATABASE_URL": url_db, "DESK_DATA_DIR": str(data_dir),
                    "DESK_SECRET_KEY": TEST_SECRET, **(extra_env or {})}
        self.proc: subprocess.Popen | None = None
        self.log_path = data_dir / "live-server.log"

    def start(self, timeout: float = 30.0) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 — handed to the child process
        self.proc = subprocess.Popen(
            # One process unless asked: tests stop (or kill -9) exactly it.
            [sys.executable, "-m", "desk_server", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             *(["--workers", str(self.workers)] if self.workers is not None else [])],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, preexec_fn=die_with_parent)  # noqa: PLW1509
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not become healthy in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def token(self, username: str, password: str = "demo123") -> str:
        response = httpx.post(f"{self.url}/api/v1/auth/login", json={"username": username, "password": password})
        response.raise_for_status()
        return response.json()["token"]


def unlock_user_cli(db_url: str, data_dir: Path, username: str) -> subprocess.CompletedProcess:
    """`isp-desk-server unlock-user USERNAME` in its own process, as an admin runs it on the server."""
    env = {"DESK_DATABASE_URL": db_url, "DESK_DATA_DIR": str(data_dir), "DESK_SECRET_KEY": TEST_SECRET,
           "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "desk_server", "unlock-user", username], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
