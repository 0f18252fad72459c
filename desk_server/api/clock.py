"""The request's "now" as a dependency, so tests can fix the time (app.state.clock)."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from ..models import utcnow


async def get_now(request: Request) -> datetime:
    """The current time; tests may put a callable in app.state.clock. (async: no threadpool hop.)"""
    clock = getattr(request.app.state, "clock", None)
    return clock() if clock is not None else utcnow()


Now = Annotated[datetime, Depends(get_now)]
