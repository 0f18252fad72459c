"""Run Python's cyclic garbage collector on the GUI thread only (the approach Anki uses).

Automatic collection can start in whatever thread happens to allocate, e.g. an API worker; if
it frees a cycle holding Qt objects there, they are destroyed off their thread and the process
may crash later (dangling timers). So automatic collection is switched off and a GUI-thread
timer collects when the allocation counters say it is due.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
