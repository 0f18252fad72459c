"""Helpers for the client tests that run against the session's live server process."""
from __future__ import annotations

from contextlib import contextmanager

import httpx

from tests.waits import GUI_WAIT_MS

WAIT_MS = GUI_WAIT_MS


def find_client(server_get, predicate, first: int = 1, last: int = 400) -> dict:
    """The first demo client (by id) whose detail satisfies `predicate`."""
    for client_id in range(first, last):
        try:
            client = server_get(f"/clients/{client_id}")
        except httpx.HTTPStatusError:
            continue
        if predicate(client):
            return client
    raise AssertionError("no demo client matches")


DEMO_USERS = {  # username: (role, name) of the demo users the client tests sign in as
    "operador": ("operator", "Ana Paula Souza"),
    "supervisor": ("supervisor", "Carlos Henrique Lima"),
    "admin": ("admin", "Administrador do Sistema"),
}


@contextmanager
def signed_in_api(qapp, server_url: str, token: str, username: str):
    """An ApiClient for `server_url` signed in as the demo user `username` with `token`, in the app's
    pt_BR locale and style; closed after."""
    from desk_client import i18n, style
    from desk_client.api import ApiClient

    i18n.install(qapp, "pt_BR")
    style.apply(qapp)
    api = ApiClient(server_url)
    api.token = token
    role, name = DEMO_USERS[username]
    api.user = {"username": username, "role": role, "name": name}
    try:
        yield api
    finally:
        api.close()
