"""Tasks ("Tarefa"): an internal to-do tied to a ticket, for a user or a cargo, with a due date."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CreatedAtMixin, UTCDateTime
from .tickets import Ticket
from .users import Cargo, User


class Task(CreatedAtMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("(assigned_user_id IS NULL) <> (assigned_cargo_id IS NULL)", name="one_assignee"),
        UniqueConstraint("created_by_id", "idempotency_key", name="uq_tasks_created_by_idempotency_key"),
        Index("ix_tasks_assigned_user_id_done", "assigned_user_id", "done"),
        Index("ix_tasks_assigned_cargo_id_done", "assigned_cargo_id", "done"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assigned_cargo_id: Mapped[int | None] = mapped_column(ForeignKey("cargos.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False, nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    idempotency_key: Mapped[str | None] = mapped_column(String(128))

    ticket: Mapped[Ticket] = relationship()
    assigned_user: Mapped[User | None] = relationship(foreign_keys=[assigned_user_id])
    assigned_cargo: Mapped[Cargo | None] = relationship(foreign_keys=[assigned_cargo_id])
    done_by: Mapped[User | None] = relationship(foreign_keys=[done_by_id])
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
