"""Models of the clients area (filled in by its issue)."""
from __future__ import annotations
