"""Races against a real server process: a fresh demo database with a small client registry served by
a `LiveServer`, and requests fired all at once from threads."""
from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from desk_server.db import make_engine, make_session_factory

from ..harness import LiveServer
from .ticket_support import make_world_in


@contextmanager
def live_world(databases, backend: str, tmp_path):
    """A fresh demo database on `backend` with `make_world_in`'s registry, served by a live server
    process. Yields (server, world, session factory); stops the server and the engine after."""
    url = databases.fresh(backend, "demo")
    engine = make_engine(url, pool_size=2)
    factory = make_session_factory(engine)
    world = make_world_in(factory)
    server = LiveServer(url, tmp_path / "server")
    server.start()
    try:
        yield server, world, factory
    finally:
        server.stop()
        engine.dispose()


def at_once(count: int, send: Callable[[int], object]) -> list:
    """send(0) … send(count - 1) in `count` threads held at a barrier so that they start together;
    the answers in order."""
    gate = threading.Barrier(count)

    def gated(i):
        gate.wait()
        return send(i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(gated, range(count)))
