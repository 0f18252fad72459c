"""FakeApi: the real ApiClient with canned JSON instead of a server, for widget tests.

Only the transport is fake: a call is answered on a later turn of the event loop through the real
client's delivery (owner binding, cancel, 401 → `unauthorized`, `connection_changed`), so a widget
sees exactly what it sees from a server, minus the server. The end-to-end tests keep the live one.

    api = FakeApi()
    api.answer("GET", "/clients/search", {"items": [...], "truncated": False})
    api.answer("GET", "/tickets/7", lambda request: {...})      # computed from the request
    api.answer("POST", "/tickets", ApiError(HTTP, status=409, detail="Já existe"))

`hold()` keeps answers back until `release()` (all, or some in the order given): the only way to
prove that a late answer to an old request is dropped.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QTimer

from desk_client.api.client import ApiCall, ApiClient
from desk_client.api.errors import HTTP, ApiError, detail_from_body


class FakeApi(ApiClient):
    def __init__(self, user: dict | None = None):
        super().__init__("http://fake.invalid")
        self.token = "fake-token"
        self.user = user or {"id": 1, "username": "operador", "name": "Olga Operadora", "role": "operator"}
        self.routes: dict[tuple[str, str], Any] = {}
        self.requests: list[dict] = []  # every request, in the order sent
        self.unanswered: list[tuple[str, str]] = []  # requests no canned answer matched (answered 404)
        self._holding = False
        self._held: list[tuple[int, tuple]] = []

    def answer(self, method: str, path: str, body: Any) -> None:
        self.routes[(method.upper(), path)] = body

    def hold(self) -> None:
        self._holding = True

    def release(self, *order: int) -> None:
        """Deliver the held answers: all in the order sent, or those at the given positions (0 =
        the first held) in the order given; the rest stay held."""
        held, self._held = self._held, []
        picked = [held[i] for i in order] if order else held
        self._held = [h for h in held if h not in picked]
        self._holding = bool(self._held)
        for call_id, outcome in picked:
            self._deliver(call_id, outcome)

    @property
    def held_count(self) -> int:
        return len(self._held)

    def sent(self, method: str, path: str) -> list[dict]:
        return [r for r in self.requests if (_method(r), r["path"]) == (method.upper(), path)]

    # -- the transport --------------------------------------------------------------------------
    def _start(self, call: ApiCall, request: dict, owner=None) -> ApiCall:
        if owner is not None:
            call.bind(owner)
        call_id = next(self._next_id)
        self._pending[call_id] = call
        self.requests.append(request)
        outcome = self._outcome(request)
        if self._holding:
            self._held.append((call_id, outcome))
        else:  # a later turn of the event loop, as a worker's answer arrives
            QTimer.singleShot(0, self, lambda: self._deliver(call_id, outcome))
        return call

    def _outcome(self, request: dict) -> tuple[Any, ApiError | None, float]:
        key = (_method(request), request["path"])
        if key not in self.routes:
            self.unanswered.append(key)
            return None, ApiError(HTTP, status=404, detail=f"FakeApi: sem resposta para {key[0]} {key[1]}"), 0.0
        body = self.routes[key]
        if callable(body):
            body = body(request)
        if isinstance(body, ApiError):
            return None, body, 0.0
        return copy.deepcopy(body), None, 0.0


    def replay(self, recorded: list[dict], same=None) -> None:
        """Answer as the live server did: `recorded` is a list of {method, path, params, status, body}
        (tests/client/canned/detail_*.json, first_hour_*.json keep them so). A request gets the answer
        recorded for the same method, path and query parameters; repeated, the next one recorded
        (the last one again once they run out). `same(path, params)` may map the parameters sent to
        the recorded ones (a period counted from today). Unrecorded: 404, listed in `unanswered`."""
        used: dict[tuple, int] = {}

        def answer(request, method, path):
            params = request.get("params") or {}
            if same is not None:
                params = same(path, params)
            matches = [e for e in recorded if (e["method"], e["path"]) == (method, path)
                       and (e.get("params") or {}) == params]
            if not matches:
                self.unanswered.append((method, path))
                return ApiError(HTTP, status=404, detail=f"FakeApi: sem gravação para {method} {path} {params}")
            key = (method, path, repr(sorted(params.items())))
            entry = matches[min(used.get(key, 0), len(matches) - 1)]
            used[key] = used.get(key, 0) + 1
            if entry["status"] != 200:
                return ApiError(HTTP, status=entry["status"], detail=(entry["body"] or {}).get("detail", ""))
            return entry["body"]

        for method, path in {(e["method"], e["path"]) for e in recorded}:
            self.answer(method, path, lambda request, m=method, p=path: answer(request, m, p))

    def replay_as_recorded(self, recorded: list[dict], same=None) -> None:
        """`replay`, for recordings that keep the server's own status and body ({method, path, params,
        status, body}, e.g. tests/client/canned/agenda_ticket_window_*.json): any 2xx is an answer (201
        created, 204 without a body), an error status fails as the real ApiClient words it (status and
        `detail_from_body`, a structured detail's message)."""
        self.replay([dict(e, status=200) if 200 <= e["status"] < 300
                     else dict(e, body={"detail": detail_from_body(e["body"])}) for e in recorded], same=same)

    def close(self) -> None:
        self._held.clear()
        super().close()


def _method(request: dict) -> str:
    kind = request.get("kind")
    if kind == "download":
        return "GET"
    if kind == "upload":
        return "POST"
    return request["method"].upper()
