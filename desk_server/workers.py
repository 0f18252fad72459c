"""Background workers (router poller, e-mail sender) started with the app's lifespan.

create_app lists the workers it runs (name, factory); a factory gets the app state and returns an
object with start() and stop(). Workers run only when settings.run_workers is true.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Protocol

log = logging.getLogger("desk_server.workers")


class Worker(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...


WorkerFactory = Callable[[object], Worker]


def start_all(state, factories: Iterable[tuple[str, WorkerFactory]]) -> list[tuple[str, Worker]]:
    started = []
    for name, factory in factories:
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


def mail_sender(state) -> Worker:
    # Imported on start only: the SMTP sender is one per deployment, by a lease row (mail/lease.py).
    from .mail.sender import make_worker

    return make_worker(state)
