"""End-to-end fixtures: the real client (offscreen) against a real server process."""
from __future__ import annotations

from ..client.conftest import client_home, client_settings, controller  # noqa: F401  (fixtures)
