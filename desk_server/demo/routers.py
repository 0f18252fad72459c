"""Demo data of the routers area (filled in by its issue)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..config import Settings


def load(session: Session, settings: Settings) -> None:
    return None
