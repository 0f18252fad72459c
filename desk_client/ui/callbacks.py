"""Deferred callbacks must not run on a window that was closed meanwhile.

Answers of the API are not for `alive()`: bind the call to its window instead
(`tickets.ticket(api, ticket_id, owner=self)`, or a `CallSlot`), which also cancels it. `alive()`
remains for what Qt itself defers, i.e. `QTimer.singleShot(ms, alive(self, self.method))`."""
from __future__ import annotations

from shiboken6 import isValid


def alive(owner, fn):
    """`fn`, called only while the Qt object `owner` still exists (for QTimer.singleShot: a lambda or
    a callable queued there is not dropped when its window is deleted, unlike a bound method)."""
    def run(*args):
        if isValid(owner):
            fn(*args)
    return run
