"""GET /changes: the change feed, long-polled by the desktop clients (see domain/changes.py)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from ..domain import changes
from ..schemas.workspace import ChangesOut
from .deps import CurrentUser, SessionDep
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["workspace"])


def _watcher(request: Request) -> changes.ChangeWatcher:
    state = request.app.state
    if getattr(state, "change_watcher", None) is None:
        state.change_watcher = changes.ChangeWatcher(state.session_factory)
    return state.change_watcher


def _page(request: Request, after: int, limit: int) -> ChangesOut:
    session = request.app.state.session_factory()
    try:
        items, last = changes.fetch(session, after, limit)
    finally:
        session.close()  # never hold a connection across the wait
    return ChangesOut(items=items, last_seq=last)


@router.get("/changes", response_model=ChangesOut)
async def feed(request: Request, _user: CurrentUser, auth_session: SessionDep,
               after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
               wait: Annotated[float, Query(ge=0, le=60)] = 0,
               limit: Annotated[int, Query(ge=1, le=changes.PAGE)] = changes.PAGE):
    """Changes with seq > after, oldest first; with `wait`, answers as soon as there is one (or after
    `wait` seconds with none). `after=0` on a first start: ask `GET /changes/last-seq` instead to skip
    the past."""
    # The login check's session would otherwise keep its connection for the whole wait.
    await run_in_threadpool(auth_session.close)
    page = await run_in_threadpool(_page, request, after, limit)
    if page.items or wait <= 0:
        return page
    if await _watcher(request).wait_past(after, wait):
        return await run_in_threadpool(_page, request, after, limit)
    return page


@router.get("/changes/last-seq")
async def last_seq(request: Request, _user: CurrentUser) -> dict:
    def read() -> int:
        session = request.app.state.session_factory()
        try:
            return changes.latest_seq(session)
        finally:
            session.close()
    return {"last_seq": await run_in_threadpool(read)}
