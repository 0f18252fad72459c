"""The router poller's worker factory (create_app lists it among its workers)."""
from __future__ import annotations

from .poller import RouterPoller
from .service import service_for


def make_poller(state) -> RouterPoller:
    service = service_for(state)
    poller = RouterPoller(service)
    service.poller = poller
    return poller
