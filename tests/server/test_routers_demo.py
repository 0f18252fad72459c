"""Demo data of the routers area and the demo's simulated concentrator."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import librouteros
import pytest
from sqlalchemy import select

from desk_server.db import make_engine, make_session_factory
from desk_server.demo.routers import DEMO_ROUTER_NAME, DEMO_ROUTER_PASSWORD
from desk_server.demo.simulated_router import OTHER_MAC_INDEXES, demo_sessions
from desk_server.models.clients import RoutingPoint
from desk_server.models.routers import Router
from desk_server.routeros.crypto import decrypt_password

from ..harness import ROOT, TEST_SECRET, free_port

pytestmark = pytest.mark.timeout(120)


def test_demo_router_is_encrypted_and_linked(demo_db_url):
    engine = make_engine(demo_db_url, pool_size=1)
    with make_session_factory(engine)() as session:
        router = session.scalar(select(Router).where(Router.name == DEMO_ROUTER_NAME))
        assert router.host == "127.0.0.1" and router.port == 18728 and router.username == "admin"
        assert DEMO_ROUTER_PASSWORD not in router.password_encrypted
        assert decrypt_password(TEST_SECRET, router.password_encrypted) == DEMO_ROUTER_PASSWORD
        points = list(session.scalars(select(RoutingPoint)))
        assert points and all(p.router_id == router.id for p in points)
    engine.dispose()


def test_demo_sessions_mix_online_offline_and_other_macs():
    rows = [(i, f"login{i}", f"100.64.0.{i}", f"aabbcc0000{i:02x}", "ativo") for i in range(1, 61)]
    rows += [(100, "suspenso1", None, None, "suspenso")]
    sessions, special = demo_sessions(rows)
    names = {s["name"] for s in sessions}
    assert len(special["offline"]) == 3 and not names & set(special["offline"])
    assert "suspenso1" not in names and special["inactive"] == ["suspenso1"]
    assert len(special["other_mac"]) == len(OTHER_MAC_INDEXES)
    by_name = {s["name"]: s for s in sessions}
    assert by_name["login1"] == {"name": "login1", "address": "100.64.0.1", "caller_id": "AA:BB:CC:00:00:01"}
    for login in special["other_mac"]:
        assert by_name[login]["caller_id"].startswith("E4:8D:8C")


def test_simulated_router_command_serves_the_demo_subscriptions(databases, tmp_path):
    url = databases.fresh("sqlite", "demo")
    port = free_port()
    env = {**os.environ, "DESK_DATABASE_URL": url, "DESK_DATA_DIR": str(tmp_path), "DESK_SECRET_KEY": TEST_SECRET}
    proc = subprocess.Popen([sys.executable, "-m", "desk_server.demo.simulated_router", "--port", str(port)],
                            cwd=Path(ROOT), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        first = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in first, first
        api = librouteros.connect("127.0.0.1", "admin", DEMO_ROUTER_PASSWORD, port=port, timeout=10)
        rows = list(api.rawCmd("/ppp/active/print", "=.proplist=name,caller-id"))
        assert len(rows) > 100
        api.close()
        proc.terminate()
        assert proc.wait(15) == 0
        assert "parado" in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
