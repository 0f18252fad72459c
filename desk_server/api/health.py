from __future__ import annotations

import psycopg
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..db import SINGLE_READ
from . import token_lookup
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["health"])


@router.get("/health")
async def health(request: Request):
    # async: a monitor's probe (and the desktop client's) must answer within milliseconds during a
    # burst, so it takes no thread hop. PostgreSQL is asked on the event loop through the token
    # lookups' pool (api/token_lookup.py); SQLite is a local read that never waits for a writer.
    settings = request.app.state.settings
    body = {"status": "ok", "database": settings.database_kind(), "version": __version__}
    lookups = token_lookup.in_this_loop(request.app)
    engine: Engine = request.app.state.engine
    try:
        if lookups is not None:
            await lookups.ping()
        elif engine.dialect.name == "sqlite":
            _ping(engine)
        else:  # PostgreSQL served outside the app's lifespan (a test client without it)
            await run_in_threadpool(_ping, engine)
    except (SQLAlchemyError, psycopg.Error, OSError):
        body["status"] = "error"
        body["detail"] = "Banco de dados inacessível."
        return JSONResponse(body, status_code=503)
    return body


def _ping(engine: Engine) -> None:
    # A lone read: on SQLite no BEGIN at all, so health never queues behind a burst of writers.
    with engine.connect().execution_options(**SINGLE_READ) as conn:
        conn.execute(text("SELECT 1"))
