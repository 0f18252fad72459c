"""service orders, agenda and tasks (issue 11)

Revision ID: 0007_service_orders
Revises: 0006_scripts
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0007_service_orders"
down_revision = "0006_scripts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_order_types",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("default_minutes", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("default_minutes > 0 AND default_minutes <= 720", name="default_minutes"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "service_orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id")),
        sa.Column("subscription_id", sa.Integer, sa.ForeignKey("subscriptions.id")),
        sa.Column("technician_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("type_id", sa.Integer, sa.ForeignKey("service_order_types.id"), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("start_minute", sa.Integer, nullable=False),
        sa.Column("end_minute", sa.Integer, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("created_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("idempotency_key", sa.String(128)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440", name="slot"),
        sa.UniqueConstraint("created_by_id", "idempotency_key",
                            name="uq_service_orders_created_by_idempotency_key"),
    )
    op.create_index("ix_service_orders_ticket_id", "service_orders", ["ticket_id"])
    op.create_index("ix_service_orders_technician_day", "service_orders", ["technician_id", "day"])
    op.create_index("ix_service_orders_day", "service_orders", ["day"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("assigned_user_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("assigned_cargo_id", sa.Integer, sa.ForeignKey("cargos.id")),
        sa.Column("due_date", sa.Date),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("done_at", UTCDateTime),
        sa.Column("done_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("created_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(128)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("(assigned_user_id IS NULL) <> (assigned_cargo_id IS NULL)", name="one_assignee"),
        sa.UniqueConstraint("created_by_id", "idempotency_key", name="uq_tasks_created_by_idempotency_key"),
    )
    op.create_index("ix_tasks_ticket_id", "tasks", ["ticket_id"])
    op.create_index("ix_tasks_assigned_user_id_done", "tasks", ["assigned_user_id", "done"])
    op.create_index("ix_tasks_assigned_cargo_id_done", "tasks", ["assigned_cargo_id", "done"])


def downgrade() -> None:
    op.drop_table("tasks")
    op.drop_table("service_orders")
    op.drop_table("service_order_types")
