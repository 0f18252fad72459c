"""Support of the routers tests (no tests here): the MikroTik panel shown on an ApiClient (a FakeApi in
tests/client, a live one in tests/e2e/test_routers_e2e.py), and the `world` fixture: a real server process
on a demo database whose demo router is a RouterOS simulator serving a few demo subscriptions."""
from __future__ import annotations

from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import select

from routeros_sim import SimulatedRouter

from ..harness import TEST_SECRET, LiveServer

SIM_PASSWORD = "sim-pass"


def show_panel(qtbot, qapp, api):
    """The MikroTik panel (ConnectionPanel) on `api`, in the app's style, shown at its usual size."""
    from desk_client import style
    from desk_client.routers.connection_panel import ConnectionPanel

    style.apply(qapp)
    panel = ConnectionPanel(api)
    qtbot.addWidget(panel)
    panel.resize(760, 560)
    panel.show()
    return panel


@contextmanager
def opened_panel(qtbot, qapp, api):
    """`show_panel`; stopped (and `api` closed) after the block."""
    panel = show_panel(qtbot, qapp, api)
    try:
        yield panel
    finally:
        panel.stop()
        api.close()


def badge(panel) -> str:
    return panel.ui.statusBadge.text()


def confirm_disconnect(qtbot, panel, reason):
    """Desconectar…, the reason typed in the confirmation, Enter."""
    from PySide6.QtCore import Qt

    panel.disconnect_flow.button.click()
    qtbot.waitUntil(lambda: panel.disconnect_flow.dialog is not None and panel.disconnect_flow.dialog.isVisible(),
                    timeout=5000)
    dialog = panel.disconnect_flow.dialog
    panel.disconnect_flow.dialog.setTextValue(reason)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


class RouterWorld:
    def __init__(self, server: LiveServer, sim: SimulatedRouter, subs: dict, router_id: int, down_id: int,
                 db_url: str):
        self.server, self.sim, self.subs, self.router_id, self.down_id = server, sim, subs, router_id, down_id
        self.db_url = db_url

    def add_day_of_samples(self, login: str, every: int = 300) -> int:
        """Synthetic poller samples of the last 24 h (a residential day: quiet night, busy evening)."""
        import math
        import random
        from datetime import timedelta

        from desk_server.db import make_engine, make_session_factory
        from desk_server.models.base import utcnow
        from desk_server.routeros import store

        rnd = random.Random(7)
        now = utcnow()
        start = now - timedelta(hours=24)
        rx = tx = 0
        rows = 0
        engine = make_engine(self.db_url, pool_size=1)
        with make_session_factory(engine)() as session:
            t = start
            while t < now - timedelta(minutes=4):
                hour = (t.hour - 3) % 24 + t.minute / 60  # local evening peak (UTC-3)
                level = 0.15 + 0.85 * max(0.0, math.sin(math.pi * (hour - 6) / 17)) ** 2
                down_bps = (2e6 + 38e6 * level) * rnd.uniform(0.6, 1.3)
                tx += int(down_bps * every / 8)
                rx += int(down_bps * rnd.uniform(0.08, 0.2) * every / 8)
                store.insert_samples(session, self.router_id, t, [(login, rx, tx)])
                rows += 1
                t += timedelta(seconds=every)
            session.commit()
        engine.dispose()
        return rows

    def api(self, username: str = "operador"):
        from desk_client.api import ApiClient

        body = httpx.post(f"{self.server.url}/api/v1/auth/login",
                          json={"username": username, "password": "demo123"}).json()
        api = ApiClient(self.server.url)
        api.token, api.user = body["token"], body["user"]
        return api


def _prepare(db_url: str, sim_port: int) -> tuple[dict, int, int]:
    from desk_server.db import make_engine, make_session_factory
    from desk_server.models.clients import RoutingPoint, Subscription
    from desk_server.models.routers import Router, RouterPollLease
    from desk_server.routeros.crypto import encrypt_password

    engine = make_engine(db_url, pool_size=1)
    with make_session_factory(engine)() as session:
        router = session.scalar(select(Router).where(Router.name == "RB-Centro (simulado)"))
        router.port = sim_port
        router.password_encrypted = encrypt_password(TEST_SECRET, SIM_PASSWORD)
        down = Router(name="RB-Norte", host="127.0.0.1", port=1, username="admin",
                      password_encrypted=encrypt_password(TEST_SECRET, "x"))
        session.add(down)
        session.flush()
        session.add(RouterPollLease(router_id=down.id, polls=0))
        subs = list(session.scalars(
            select(Subscription).join(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
            .where(Subscription.login.is_not(None), Subscription.mac.is_not(None), Subscription.status == "ativo",
                   Subscription.deleted_at.is_(None), RoutingPoint.router_id == router.id)
            .order_by(Subscription.id).limit(4)))
        # a subscription whose routing point has no router
        orphan_point = RoutingPoint(name="POP sem roteador", network_id=subs[0].routing_point.network_id,
                                    kind="routing_point")
        session.add(orphan_point)
        session.flush()
        orphan = session.scalar(select(Subscription).where(Subscription.login.is_not(None),
                                                           Subscription.id.not_in([s.id for s in subs]))
                                .order_by(Subscription.id.desc()))
        orphan.routing_point_id = orphan_point.id
        info = {"online": (subs[0].id, subs[0].login, subs[0].ip, subs[0].mac),
                "other_mac": (subs[1].id, subs[1].login, subs[1].ip, subs[1].mac),
                "offline": (subs[2].id, subs[2].login, subs[2].ip, subs[2].mac),
                "second": (subs[3].id, subs[3].login, subs[3].ip, subs[3].mac),
                "orphan": (orphan.id, orphan.login, orphan.ip, orphan.mac)}
        session.commit()
        router_id, down_id = router.id, down.id
    engine.dispose()
    return info, router_id, down_id


def _mac(mac: str) -> str:
    return ":".join(mac[i:i + 2] for i in range(0, 12, 2)).upper()


@pytest.fixture(scope="module")
def world(databases, tmp_path_factory):
    sim = SimulatedRouter(identity="RB-Centro", username="admin", password=SIM_PASSWORD, logins=[]).start()
    db_url = databases.fresh("sqlite", "demo")
    subs, router_id, down_id = _prepare(db_url, sim.port)
    for key in ("online", "other_mac", "second"):
        _sid, login, ip, mac = subs[key]
        caller = "E4:8D:8C:00:00:01" if key == "other_mac" else _mac(mac)
        sim.add_session(login, address=ip if ip and ":" not in ip else None, caller_id=caller)
    server = LiveServer(db_url, tmp_path_factory.mktemp("routers-client-server"), extra_env={
        "DESK_ROUTER_POLL_INTERVAL": "1", "DESK_ROUTER_TRAFFIC_INTERVAL": "1", "DESK_ROUTER_LIVE_DEADLINE": "2",
        "DESK_ROUTER_IO_TIMEOUT": "2", "DESK_ROUTER_MAX_BACKOFF": "0", "DESK_ROUTER_POLL_DEADLINE": "3"})
    server.start()
    try:
        yield RouterWorld(server, sim, subs, router_id, down_id, db_url)
    finally:
        server.stop()
        sim.stop()


@pytest.fixture
def clean_sim(world):
    world.sim.set_fault(None)
    yield world
    world.sim.set_fault(None)
