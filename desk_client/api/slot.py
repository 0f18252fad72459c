"""CallSlot: "the latest call wins" for one thing a window shows (a search's results, the record of
the client just chosen, the page of a list).

    self._search = CallSlot(api, self)                 # owned by the widget
    call = self._search.run(clients.search, params=...)  # a function of desk_client/api/<resource>.py
    call.succeeded.connect(self._answered)             # only ever the latest call's answer

Starting a call through the slot cancels the one before it, so a late answer never overwrites a
newer one; every call is bound to the owner (`owner=`), so none outlives its window.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from .client import ApiCall, ApiClient


class CallSlot:
    """At most one live call at a time, for `owner`."""

    def __init__(self, api: ApiClient, owner: QObject):
        self.api = api
        self.owner = owner
        self.call: ApiCall | None = None

    @property
    def busy(self) -> bool:
        """The latest call is still waiting for its answer (False already inside its handlers)."""
        return self.call is not None and self.call.pending

    def cancel(self) -> None:
        """Forget the call in flight: its answer, if it still comes, is dropped."""
        if self.call is not None:
            self.call.cancel()
            self.call = None

    def start(self, call: ApiCall) -> ApiCall:
        """Take a call made elsewhere (an upload, a download) as the latest one."""
        self.cancel()
        self.call = call.bind(self.owner)
        return call

    def run(self, request: Callable[..., ApiCall], *args: Any, **kw: Any) -> ApiCall:
        """`request(api, *args, **kw)`, one of the resource modules' functions, as the latest call."""
        return self.start(request(self.api, *args, **kw))

    def call_api(self, method: str, path: str, **kw: Any) -> ApiCall:
        return self.start(self.api.call(method, path, **kw))

    # through the client's own get/post/... (a fake client or a test spy sees them as usual)
    def get(self, path: str, **kw: Any) -> ApiCall:
        return self.start(self.api.get(path, **kw))

    def post(self, path: str, json: Any = None, **kw: Any) -> ApiCall:
        return self.start(self.api.post(path, json, **kw))

    def patch(self, path: str, json: Any = None, **kw: Any) -> ApiCall:
        return self.start(self.api.patch(path, json, **kw))

    def delete(self, path: str, **kw: Any) -> ApiCall:
        return self.start(self.api.delete(path, **kw))
