"""The route class every API router uses (issue 15, the fixed cost of a call).

FastAPI runs a plain `def` endpoint in the thread pool, validates its answer in a second hop, and
on PostgreSQL our session dependency ended the transaction in a third. Each hop is a hand-over
between threads that costs more than the cheap lookups themselves, and far more on a loaded machine.
Here a plain endpoint runs in one hop that also validates its answer against the response model
(so a lazy load it triggers still happens off the event loop) and, on PostgreSQL, ends the
request's transaction. FastAPI then sees a coroutine and its own validation of the already
validated answer is a no-op on the event loop. Routes stay plain functions.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from fastapi.routing import APIRoute
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

# The request's session, set by api/deps.get_session (the context is copied into the worker thread).
request_session: ContextVar[Session | None] = ContextVar("request_session", default=None)


def _run(route: APIRoute, endpoint: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    result = endpoint(*args, **kwargs)
    if isinstance(result, Response):
        return result  # a file or a stream may still read through the session: left open
    if route.response_field is not None:
        value, errors = route.response_field.validate(result, {}, loc=("response",))
        if errors:
            return result  # FastAPI validates it again and reports the errors as usual
        result = value
    session = request_session.get()
    if session is not None and session.in_transaction() and session.get_bind().dialect.name != "sqlite":
        session.close()  # the answer is built: hand the connection back here, not in another hop
    return result


def one_hop(route: APIRoute, endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """`endpoint` as a coroutine that runs it (and validates its answer) in one thread-pool hop;
    signature and module kept, so FastAPI reads the same parameters and annotations."""

    @functools.wraps(endpoint)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(_run, route, endpoint, args, kwargs)

    return run


class DeskRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any):
        # An `async def` endpoint does no blocking I/O of its own (that is what async means here):
        # the auth dependency may end the transaction of its lookup right away (api/deps.py).
        self.endpoint_is_async = inspect.iscoroutinefunction(endpoint)
        if inspect.isfunction(endpoint) and not (self.endpoint_is_async or inspect.isgeneratorfunction(endpoint)):
            endpoint = one_hop(self, endpoint)
        super().__init__(path, endpoint, **kwargs)
