"""Background workers (router poller, e-mail sender) started with the app's lifespan.

Each area registers a factory here; a factory gets the app state and returns an object with
start() and stop(). Workers run only when settings.run_workers is true.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("desk_server.workers")


class Worker(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


WorkerFactory = Callable[[object], Worker]
_factories: list[tuple[str, WorkerFactory]] = []


def register(name: str, factory: WorkerFactory) -> None:
    _factories.append((name, factory))


def start_all(state) -> list[tuple[str, Worker]]:
    started = []
    for name, factory in _factories:
        try:
            worker = factory(state)
            worker.start()
            started.append((name, worker))
            log.info("worker %s started", name)
        except Exception:
            log.exception("worker %s failed to start", name)
    return started


def stop_all(started: list[tuple[str, Worker]]) -> None:
    for name, worker in reversed(started):
        try:
            worker.stop()
        except Exception:
            log.exception("worker %s failed to stop", name)
