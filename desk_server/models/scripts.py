"""Call scripts, their immutable versions, and the runs tickets made of them (for analytics).

A published version never changes: its nodes and test paths are written once. A ticket keeps the
version it ran (script_runs.version_id) and its report (tickets.script_report) is built from that
version's own texts.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime, utcnow
from .tickets import Ticket
from .users import User


class Script(CreatedAtMixin, Base):
    __tablename__ = "scripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    # the latest published version's number (denormalised: the list needs no aggregate)
    latest_version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, onupdate=utcnow)


class ScriptVersion(Base):
    __tablename__ = "script_versions"
    __table_args__ = (UniqueConstraint("script_id", "version", name="uq_script_versions_script_id_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    start_node_id: Mapped[str] = mapped_column(String(40), nullable=False)
    nodes: Mapped[list] = mapped_column(JSON, nullable=False)
    test_paths: Mapped[list] = mapped_column(JSON, nullable=False)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    published_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)

    script: Mapped[Script] = relationship()
    published_by: Mapped[User] = relationship(lazy="joined")


class ScriptRun(Base):
    """One ticket's run of a version: the answers (with seconds per question), where it stopped or
    which end it reached. Analytics read these rows; the ticket's report is the evidence."""

    __tablename__ = "script_runs"
    __table_args__ = (Index("ix_script_runs_version_id", "version_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), unique=True, nullable=False)
    version_id: Mapped[int] = mapped_column(ForeignKey("script_versions.id"), nullable=False)
    finished: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # the node answered last with an ending option (finished), or the node left unanswered (stopped)
    last_node_id: Mapped[str] = mapped_column(String(40), nullable=False)
    end_option: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[list] = mapped_column(JSON, nullable=False)
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    ticket: Mapped[Ticket] = relationship()
    version: Mapped[ScriptVersion] = relationship()
