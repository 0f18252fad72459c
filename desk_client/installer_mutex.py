"""A named mutex held while the client runs on Windows, so the installer (packaging/isp-desk.iss,
AppMutex) refuses to overwrite files in use and asks the operator to close ISP Desk first."""
from __future__ import annotations

import sys

MUTEX_NAMES = ("ISPDeskClient", "Global\\ISPDeskClient")  # Global\: seen from other sessions (RDP)
_held: list[int] = []


def hold() -> None:
    if sys.platform != "win32" or _held:
        return
    import ctypes

    for name in MUTEX_NAMES:  # released by Windows when the process ends
        handle = ctypes.windll.kernel32.CreateMutexW(None, False, name)
        if handle:
            _held.append(handle)
