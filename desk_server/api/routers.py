"""Routes of the routers area (filled in by its issue)."""
from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["routers"])
