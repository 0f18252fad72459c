"""Demo data: one entry point, idempotent (running it twice changes nothing).

Each area adds a module with `load(session, settings)`; they run in the order of STEPS.
"""
from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from ..config import Settings
from . import client_record as client_record_demo
from . import clients, email_templates, routers, tickets, users
from . import scripts as scripts_demo
from . import service_orders as service_orders_demo
from . import workspace as workspace_demo

log = logging.getLogger("desk_server.demo")

STEPS = (users, clients, client_record_demo, tickets, workspace_demo, scripts_demo, routers, service_orders_demo,
         email_templates)

DEMO_PASSWORD = "demo123"


def load_all(session: Session, settings: Settings) -> None:
    for step in STEPS:
        step.load(session, settings)
        session.commit()
        log.info("demo data: %s ok", step.__name__.rsplit(".", 1)[-1])
