"""Registers the router poller with desk_server.workers (started by the app lifespan)."""
from __future__ import annotations

from .. import workers
from .poller import RouterPoller
from .service import service_for


def make_poller(state) -> RouterPoller:
    service = service_for(state)
    poller = RouterPoller(service)
    service.poller = poller
    return poller


_registered = False


def register() -> None:
    global _registered
    if not _registered:
        workers.register("router-poller", make_poller)
        _registered = True


register()
