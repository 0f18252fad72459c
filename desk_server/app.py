"""FastAPI application factory."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__, workers
from .api import auth, cargos, clients, errors, health, routers, tickets, users
from .config import Settings
from .db import make_engine, make_session_factory
from .domain.tickets import search_fields as _ticket_search_fields  # noqa: F401  (registers the protocol field)

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.resolved_secret_key  # noqa: B018 — refuse a weak key before serving anything
    engine = make_engine(settings.sqlalchemy_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        started = workers.start_all(app.state) if settings.run_workers else []
        try:
            yield
        finally:
            workers.stop_all(started)
            engine.dispose()

    app = FastAPI(title="ISP Desk", version=__version__, lifespan=lifespan,
                  openapi_url="/openapi.json", docs_url="/docs", redoc_url=None)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = make_session_factory(engine)
    errors.install(app)
    for module in (health, auth, users, cargos, clients, tickets, routers):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
