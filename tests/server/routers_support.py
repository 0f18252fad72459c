"""Helpers shared by the routers tests (no tests here): simulators, services, demo wiring."""
from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from routeros_sim import SimulatedRouter

PASSWORD = "s3cret-rb"
USER = "admin"


@pytest.fixture
def sims():
    """sims(**kwargs) starts a SimulatedRouter on a free loopback port; all are stopped at the end."""
    started: list[SimulatedRouter] = []

    def make(**kwargs) -> SimulatedRouter:
        kwargs.setdefault("username", USER)
        kwargs.setdefault("password", PASSWORD)
        kwargs.setdefault("sessions", 20)
        router = SimulatedRouter(**kwargs).start()
        started.append(router)
        return router

    yield make
    for router in started:
        router.stop()


def target_for_sim(sim, router_id: int = 1, **overrides):
    from desk_server.routeros.connection import RouterTarget

    values = {"id": router_id, "name": f"sim-{router_id}", "host": "127.0.0.1", "port": sim.port,
              "username": USER, "password": PASSWORD}
    values.update(overrides)
    return RouterTarget(**values)


def router_settings(**overrides):
    from desk_server.routeros.settings import RouterSettings

    values = {"router_io_timeout": 2.0, "router_live_deadline": 3.0, "router_poll_deadline": 5.0,
              "router_max_backoff": 0.0, "router_poll_interval": 60.0, "router_traffic_interval": 60.0}
    values.update(overrides)
    return RouterSettings(**values)


class _NoSettings:
    resolved_secret_key = "test-secret-key-not-for-production-0123456789"


@contextmanager
def service(session_factory=None, settings=None, **overrides):
    from desk_server.routeros.service import RouterService

    svc = RouterService(session_factory, settings or _NoSettings(), router_settings(**overrides))
    try:
        yield svc
    finally:
        svc.close()


def wait_until(condition, timeout: float = 10.0, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return condition()


def demo_subscriptions(session, count: int = 5):
    """Active demo subscriptions with login and MAC, on routing points linked to the demo router."""
    from desk_server.models.clients import RoutingPoint, Subscription

    return list(session.scalars(
        select(Subscription).join(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
        .where(Subscription.login.is_not(None), Subscription.mac.is_not(None), Subscription.status == "ativo",
               Subscription.deleted_at.is_(None), RoutingPoint.router_id.is_not(None))
        .order_by(Subscription.id).limit(count)))


def mac_text(mac: str) -> str:
    return ":".join(mac[i:i + 2] for i in range(0, 12, 2)).upper()


def point_demo_router_at(api, headers, sim) -> int:
    """PATCH the demo router to the simulator's port/credentials; returns its id."""
    items = api.get("/api/v1/routers", headers=headers("admin")).json()["items"]
    router = next(r for r in items if r["name"] == "RB-Centro (simulado)")
    response = api.patch(f"/api/v1/routers/{router['id']}", headers=headers("admin"),
                         json={"host": "127.0.0.1", "port": sim.port, "username": USER, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return router["id"]
