"""The client window (ClientDetailWindow) opened the same way by its widget tests on canned JSON
(tests/client/test_client_detail.py, test_client_record_panel.py) and against a real server
(tests/e2e/test_client_detail_e2e.py, test_client_record_e2e.py)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .live_support import WAIT_MS

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


def shot(widget, name: str) -> None:
    """`widget` saved as <name>.png in ISP_DESK_SCREENSHOTS_DIR (or the temp folder's isp-desk-screenshots)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def client_window(qtbot, api, client_id: int, *, with_tickets: bool = False, size=(1200, 760)):
    """The client window of `client_id` on `api`, shown at `size`, once the client and its invoices (and,
    `with_tickets`, its tickets) have loaded."""
    from desk_client.clients.client_detail_window import ClientDetailWindow

    window = ClientDetailWindow(api, client_id)
    qtbot.addWidget(window)
    loaded = [window.loaded, window.invoices_loaded] + ([window.tickets_loaded] if with_tickets else [])
    with qtbot.waitSignals(loaded, timeout=WAIT_MS):
        window.resize(*size)
        window.show()
    return window
