"""FastAPI application factory."""
from __future__ import annotations

import gc
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from . import __version__, workers
from .api import attachments as attachments_api
from .api import (
    auth,
    cargos,
    client_imports,
    client_record,
    clients,
    errors,
    health,
    limits,
    lockouts,
    protocols,
    router_sessions,
    routers,
    ticket_types,
    tickets,
    token_lookup,
    users,
    workspace_routes,
)
from .api import emails as emails_api
from .api import scripts as scripts_api
from .api import service_orders as service_orders_api
from .api import tasks as tasks_api
from .config import Settings
from .db import engine_for_settings, make_session_factory
from .domain import sla
from .domain.search import fields as builtin_search_fields
from .domain.service_orders import search_field as service_order_search_field
from .domain.tickets import search_fields as ticket_search_fields
from .routeros.worker import make_poller

API_PREFIX = "/api/v1"
# What runs beside the requests (each only when settings.run_workers), by name.
WORKERS = (("mail-sender", workers.mail_sender), ("router-poller", make_poller))


def install_search_extensions() -> None:
    """The client search's fields and hooks, listed here (nothing registers itself on import): the
    built-in fields first (their order is the "Pesquisar em" list's), then the ones areas add."""
    builtin_search_fields.install()
    ticket_search_fields.install()
    service_order_search_field.install()


async def _walk_every_route(app: FastAPI) -> None:
    """FastAPI builds each included router's route state (signatures, dependencies, fields) on the
    first request that walks it: about 120 ms of the event loop on a new process, which a burst right
    after a start (and its health probes) waited for. One request that matches no route walks them
    all now, at start. It answers 404 to nobody."""
    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_message):
        return None

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": f"{API_PREFIX}/-", "raw_path": f"{API_PREFIX}/-".encode(),
             "root_path": "", "query_string": b"", "headers": [], "client": ("127.0.0.1", 0),
             "server": ("127.0.0.1", 0), "state": {}}
    await app(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.resolved_secret_key  # noqa: B018 — refuse a weak key before serving anything
    engine = engine_for_settings(settings)
    lookups = token_lookup.autocommit_lookups(engine, settings.request_slots() + 4)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(sla.load_holidays, settings.holiday_state)
        await _walk_every_route(app)
        if app.state.server_process:
            # What exists now (modules, route state, mappers) lives as long as the process: out of
            # the garbage collector's sight, a full collection during a burst no longer walks all of
            # it. Those pauses held the whole process, /health included, for 100-300 ms. (Not in a
            # test process, where the apps of earlier tests would never be collected.)
            gc.freeze()
        started = workers.start_all(app.state, WORKERS) if settings.run_workers else []
        if lookups is not None:
            await lookups.open()
        try:
            yield
        finally:
            workers.stop_all(started)
            if lookups is not None:
                await lookups.close()
            engine.dispose()

    app = FastAPI(title="ISP Desk", version=__version__, lifespan=lifespan,
                  openapi_url="/openapi.json", docs_url="/docs", redoc_url=None)
    app.state.settings = settings
    app.state.server_process = False  # set by server_app: the process exists to serve this app
    app.state.engine = engine
    app.state.lookups = lookups  # api/token_lookup.py (PostgreSQL only)
    app.state.session_factory = make_session_factory(engine)
    install_search_extensions()
    errors.install(app)
    limits.install(app, settings)
    # The workspace routes go before tickets: /tickets/queue-counts must not be read as a ticket id.
    for module in (health, auth, users, lockouts, cargos, clients, client_record, *workspace_routes.MODULES, protocols,
                   ticket_types, tickets,
                   routers, router_sessions, service_orders_api, tasks_api, scripts_api, attachments_api, emails_api):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(client_imports.router, prefix=API_PREFIX)  # issue 13: POST /client-imports
    return app


def server_app(settings: Settings | None = None) -> FastAPI:
    """The app of a `serve` process (uvicorn's factory in each worker process)."""
    app = create_app(settings)
    app.state.server_process = True
    return app
