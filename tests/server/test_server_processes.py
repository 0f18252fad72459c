"""Issue 15: how many processes `serve` runs, and that the default multi-process server works.

On PostgreSQL a burst is bound by Python's CPU, and one process uses one core: `serve` runs one
process per core (up to 4) unless told otherwise. SQLite's single writer gains nothing from more.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx

from desk_server.config import Settings
from tests.harness import LiveServer


def _settings(url: str, **env) -> Settings:
    return Settings(database_url=url, data_dir=Path("/nonexistent"), **env)


def test_default_processes_by_engine_and_setting():
    cores = os.cpu_count() or 1
    assert _settings("sqlite:////tmp/x.db").server_processes() == 1
    assert _settings("postgresql+psycopg://u@127.0.0.1/db").server_processes() == max(1, min(cores, 4))
    assert _settings("postgresql+psycopg://u@127.0.0.1/db", processes=3).server_processes() == 3
    assert _settings("sqlite:////tmp/x.db", processes=2).server_processes() == 2


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def test_default_server_on_postgresql_serves_from_every_process_and_stops(databases, tmp_path):
    url = databases.fresh("postgresql", "demo")
    server = LiveServer(url, tmp_path / "server", workers=None)
    try:
        server.start(timeout=60)
        expected = _settings(url).server_processes()
        token = server.token("operador")
        with httpx.Client(base_url=server.url, timeout=10, headers={"Authorization": f"Bearer {token}"}) as client:
            # New connections land on any process; each one must authenticate and answer.
            for _ in range(20):
                with httpx.Client(base_url=server.url, timeout=10) as fresh:
                    assert fresh.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
            assert client.post("/api/v1/protocols", json={"channel": "phone"}).status_code == 201
        if expected > 1:
            commands = {pid: Path(f"/proc/{pid}/cmdline").read_text(errors="replace") for pid in _children(server.proc.pid)}
            workers = [pid for pid, cmd in commands.items() if "spawn_main" in cmd]  # not the resource tracker
            assert len(workers) == expected, workers
            for pid in workers:  # each learns how many share the request slots
                environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                assert f"DESK_PROCESSES={expected}".encode() in environ
        t0 = time.monotonic()
        server.proc.send_signal(signal.SIGTERM)
        server.proc.wait(15)
        assert time.monotonic() - t0 < 10
    finally:
        server.stop()
        databases.drop(url)


def test_the_processes_share_the_request_slots():
    url = "postgresql+psycopg://u@127.0.0.1/db"
    assert _settings(url).request_slots() == 8  # one process (a test client, or --workers 1)
    assert _settings(url, processes=1).request_slots() == 8
    assert _settings(url, processes=2).request_slots() == 4
    assert _settings(url, processes=3).request_slots() == 3  # 9 in all: never fewer than asked
    assert _settings(url, processes=4, max_concurrent_requests=2).request_slots() == 1
