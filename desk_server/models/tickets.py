"""Models of the tickets area (filled in by its issue)."""
from __future__ import annotations
