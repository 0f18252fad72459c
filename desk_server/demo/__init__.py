"""Demo data: one entry point, idempotent (running it twice changes nothing).

Each area adds a module with `load(session, settings)`; they run in the order of STEPS.
"""
from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from ..config import Settings
from . import clients, routers, tickets, users

log = logging.getLogger("desk_server.demo")

STEPS = (users, clients, tickets, routers)

DEMO_PASSWORD = "demo123"


def load_all(session: Session, settings: Settings) -> None:
    for step in STEPS:
        step.load(session, settings)
        session.commit()
        log.info("demo data: %s ok", step.__name__.rsplit(".", 1)[-1])
