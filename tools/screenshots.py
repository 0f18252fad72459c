#!/usr/bin/env python3
"""Take real screenshots of the client windows (offscreen) against a running server.

  python tools/screenshots.py --server http://127.0.0.1:8470 [--out docs/screenshots]

Logs in as the demo supervisor and saves login.png and main_window.png; other issues add their
windows to SHOTS. The images are what the README shows.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISP_DESK_NO_CRASH_DIALOGS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait_until(app, condition, timeout_s=15.0):
    import time
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="http://127.0.0.1:8470")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--user", default="supervisor")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    import tempfile
    os.environ["ISP_DESK_HOME"] = tempfile.mkdtemp(prefix="isp-desk-shots-")

    from PySide6.QtWidgets import QApplication

    from desk_client import i18n, style
    from desk_client.app import DeskController
    from desk_client.settings import ClientSettings

    app = QApplication(sys.argv)
    i18n.install(app, "pt_BR")
    style.apply(app)
    settings = ClientSettings()
    settings.server_url = args.server
    settings.last_username = args.user
    controller = DeskController(app, settings)
    login = controller.show_login()
    login.ui.passwordEdit.setText("demo123")
    wait_until(app, lambda: login.isVisible())
    login.grab().save(str(out / "login.png"))
    login.attempt()
    wait_until(app, lambda: controller.window is not None)
    window = controller.window
    window.resize(1100, 680)
    wait_until(app, lambda: window.monitor.online is True)
    app.processEvents()
    window.grab().save(str(out / "main_window.png"))
    print(f"screenshots in {out}")
    window.blockSignals(True)
    window.close()
    controller.api.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
