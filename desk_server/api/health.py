from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..db import READ_ONLY
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["health"])


@router.get("/health")
def health(request: Request):
    settings = request.app.state.settings
    body = {"status": "ok", "database": settings.database_kind(), "version": __version__}
    try:
        # Read-only: on SQLite a deferred BEGIN, so health never queues behind a burst of writers.
        with request.app.state.engine.connect().execution_options(**READ_ONLY) as conn:
            conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError):
        body["status"] = "error"
        body["detail"] = "Banco de dados inacessível."
        return JSONResponse(body, status_code=503)
    return body
