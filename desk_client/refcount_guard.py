"""Work around PySide6's `SignalInstance.emit()` dropping one reference to `True` per call.

Found with faulthandler after "quit after three logins" aborted with
`Fatal Python error: bool_dealloc: deallocating True or False`: with PySide6 6.12 on Python 3.11,
every `signal.emit(...)` made from Python returns `True` without owning the reference it gives
away, so `sys.getrefcount(True)` falls by one per emit. A session emits thousands of signals
(API answers, the connection monitor, the wizard); once the count reaches zero CPython frees `True`
and aborts. Python 3.12+ makes `True`/`False` immortal, so nothing is needed there.

The workaround gives `True` and `False` a reference count no process can use up (as 3.12 does),
only when the leak is measured on this PySide6 build, so a fixed PySide6 is left alone.
"""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("desk_client.refcount_guard")

_PROBES = 16
_RESERVE = 1 << 40  # ~10^12 references: centuries of emits


def emit_leaks_true() -> bool:
    """Emit a probe signal a few times and see whether True's reference count fell with it."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    return leaked >= _PROBES


def _reserve_references(obj) -> None:
    # ob_refcnt is the first field of every CPython object header
    ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE


_installed = {"done": False}


def install() -> bool:
    """Idempotent; returns whether the workaround is active."""
    if _installed["done"]:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_leaks_true():
        return False
    _reserve_references(True)
    _reserve_references(False)
    _installed["done"] = True
    log.warning("PySide6 signal emit leaks references to True: bools given a reserve of references")
    return True
