"""Demo data of the routers area: the simulated concentrator "RB-Centro (simulado)".

It points at 127.0.0.1:18728 (user admin, password demo123, stored encrypted), where
`python -m desk_server.demo.simulated_router` serves the demo subscriptions' PPPoE sessions; the demo
routing points (concentrators and access points) not yet linked to a router are linked to it.
Idempotent.
"""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import ConfigError, Settings
from ..models.routers import Router, RouterPollLease
from ..routeros.crypto import encrypt_password

log = logging.getLogger("desk_server.demo.routers")

DEMO_ROUTER_NAME = "RB-Centro (simulado)"
DEMO_ROUTER_HOST = "127.0.0.1"
DEMO_ROUTER_PORT = 18728
DEMO_ROUTER_USER = "admin"
DEMO_ROUTER_PASSWORD = "demo123"


def load(session: Session, settings: Settings) -> None:
    router = session.scalar(select(Router).where(Router.name == DEMO_ROUTER_NAME))
    if router is None:
        try:
            secret = settings.resolved_secret_key
        except ConfigError as exc:
            log.warning("demo router not created: %s", exc)
            return
        router = Router(name=DEMO_ROUTER_NAME, host=DEMO_ROUTER_HOST, port=DEMO_ROUTER_PORT, use_ssl=False,
                        username=DEMO_ROUTER_USER, password_encrypted=encrypt_password(secret, DEMO_ROUTER_PASSWORD),
                        active=True)
        session.add(router)
        session.flush()
    if session.get(RouterPollLease, router.id) is None:
        session.add(RouterPollLease(router_id=router.id, polls=0))
    try:
        from ..models.clients import RoutingPoint
    except ImportError:  # pragma: no cover - clients area missing
        return
    # Access points (OLTs, towers) too: their customers' PPPoE sessions end on a concentrator as well,
    # and the routing point is the only path from a subscription to its router.
    points = session.scalars(select(RoutingPoint).where(RoutingPoint.router_id.is_(None)))
    for point in points:
        point.router_id = router.id
    session.flush()
