from __future__ import annotations

from datetime import datetime

from pydantic import Field, computed_field

from .common import Schema, clean
from .orm import OrmOut, related


class AttachmentOut(OrmOut):
    id: int
    ticket_id: int
    name: str
    size: int
    sha256: str
    content_type: str
    note: str | None = None
    uploaded_by_id: int
    uploaded_by_name: str = related("uploaded_by", "name")
    uploaded_at: datetime
    removed_at: datetime | None = None
    removed_by_id: int | None = None

    @computed_field
    @property
    def removed(self) -> bool:
        return self.removed_at is not None


class AttachmentRemoveIn(Schema):
    reason: clean(0, 2000) | None = Field(default=None, description="até 2000 caracteres")
