"""Models of the routers area (filled in by its issue)."""
from __future__ import annotations
