"""The route class every API router uses (issue 15, the fixed cost of a call).

FastAPI runs a plain `def` endpoint in the thread pool and then validates its answer in a second
thread-pool hop. Each hop is a hand-over between threads that costs more than the cheap lookups
themselves, and far more on a loaded machine. Here a plain endpoint is wrapped in a coroutine that
runs it in one hop; FastAPI then sees a coroutine and validates the answer (already a schema
instance built by the route) on the event loop. Routes stay plain functions.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool


def one_hop(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """`endpoint` as a coroutine that runs it in the thread pool (signature and module kept, so
    FastAPI reads the same parameters and resolves the same annotations)."""

    @functools.wraps(endpoint)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await run_in_threadpool(endpoint, *args, **kwargs)

    return run


class DeskRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any):
        if inspect.isfunction(endpoint) and not (inspect.iscoroutinefunction(endpoint)
                                                 or inspect.isgeneratorfunction(endpoint)):
            endpoint = one_hop(endpoint)
        super().__init__(path, endpoint, **kwargs)
