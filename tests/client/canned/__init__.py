"""Canned JSON for FakeApi (tests/client/fake_api.py): real answers of the live demo server, captured
once (tests/harness.py LiveServer, the demo database) and kept here as they came; each file says how.

    canned.answer_routes(api, "client_1_detail_operator.json")       # every GET a window sends
    api.answer("GET", "/clients/search", canned.by_params("client_search.json"))

A request the file has no answer for is answered 404 and listed in `missed` (tests assert it empty)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from desk_client.api.errors import HTTP, ApiError

HERE = Path(__file__).resolve().parent


@cache
def _load(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def load(name: str) -> dict:
    """The file's content (a fresh copy each time)."""
    return json.loads(_load(name))


def _outcome(entry: dict):
    error = entry.get("error")
    if error:  # as the real ApiClient words an HTTP error: status and the server's `detail`
        return ApiError(HTTP, status=error["status"], detail=error["detail"])
    return entry["body"]


def answer_routes(api, name: str) -> None:
    """Answer each (method, path) in the file's "routes" with the server's answer."""
    for route in load(name)["routes"]:
        api.answer(route["method"], route["path"], _outcome(route))


class by_params:  # used like a function: api.answer("GET", path, by_params(name))
    """An answer computed from the request: the captured answer to the same query parameters."""

    def __init__(self, name: str):
        self.answers = load(name)["answers"]
        self.missed: list[dict] = []

    def __call__(self, request: dict):
        params = request.get("params") or {}
        for entry in self.answers:
            if entry["params"] == params:
                return _outcome(entry)
        self.missed.append(params)
        return ApiError(HTTP, status=404, detail=f"canned: sem resposta para {params}")
