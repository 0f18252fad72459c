"""ticket workspace, statuses, SLA and history requests (issue 16)

Revision ID: 0009_workspace
Revises: 0008_attachments_email
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# The catalogue a fresh install starts with (the admin edits it); the category drives the SLA.
DEFAULT_STATUSES = (
    ("Aberto", "open", 10), ("Em andamento", "in_progress", 20), ("Aguardando cliente", "waiting_customer", 30),
    ("Aguardando visita técnica", "in_progress", 40), ("Fechado", "closed", 90),
)

revision = "0009_workspace"
down_revision = "0008_attachments_email"
branch_labels = None
depends_on = None


def upgrade() -> None:
    statuses = op.create_table(
        "ticket_statuses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("category IN ('open','in_progress','waiting_customer','closed')", name="category"),
        sa.UniqueConstraint("name"),
    )
    from desk_server.models.base import utcnow
    op.bulk_insert(statuses, [{"name": n, "category": c, "active": True, "position": p, "created_at": utcnow()}
                              for n, c, p in DEFAULT_STATUSES])
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("status_id", sa.Integer, sa.ForeignKey(
            "ticket_statuses.id", name="fk_tickets_status_id_ticket_statuses")))
        batch.add_column(sa.Column("updated_at", UTCDateTime))
        batch.add_column(sa.Column("cancelled_at", UTCDateTime))
        batch.add_column(sa.Column("cancelled_by_id", sa.Integer, sa.ForeignKey(
            "users.id", name="fk_tickets_cancelled_by_id_users")))
    op.execute("UPDATE tickets SET updated_at = COALESCE(closed_at, opened_at)")
    # partial: only open tickets (the workspace queues), small however many closed ones pile up
    open_only = sa.text("status IN ('open', 'forwarded')")
    op.create_index("ix_tickets_assigned_user_id_sla_due_at", "tickets", ["assigned_user_id", "sla_due_at"],
                    postgresql_where=open_only, sqlite_where=open_only)
    op.create_index("ix_tickets_assigned_cargo_id_sla_due_at", "tickets", ["assigned_cargo_id", "sla_due_at"],
                    postgresql_where=open_only, sqlite_where=open_only)
    op.create_index("ix_tickets_status_opened_at", "tickets", ["status", "opened_at"])
    op.create_table(
        "sla_segments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("started_at", UTCDateTime, nullable=False),
        sa.Column("ended_at", UTCDateTime),
        sa.CheckConstraint("state IN ('running','paused')", name="state"),
    )
    op.create_index("ix_sla_segments_ticket_id_started_at", "sla_segments", ["ticket_id", "started_at"])
    # Tickets opened before this migration: one running segment from opening (to closing).
    op.execute("INSERT INTO sla_segments (ticket_id, state, started_at, ended_at) "
               "SELECT id, 'running', opened_at, closed_at FROM tickets")
    op.create_table(
        "municipal_holidays",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("day"),
    )
    op.create_table(
        "ticket_reads",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), primary_key=True),
        sa.Column("read_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "ticket_viewers",
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("seen_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "changes",
        sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("ticket_id", sa.Integer),
        sa.Column("client_id", sa.Integer),
        sa.Column("user_id", sa.Integer),
        sa.Column("assigned_user_id", sa.Integer),
        sa.Column("assigned_cargo_id", sa.Integer),
        sa.Column("data", sa.JSON),
    )
    op.create_index("ix_changes_at", "changes", ["at"])
    op.create_table(
        "history_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("requested_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("requested_at", UTCDateTime, nullable=False),
        sa.Column("due_at", UTCDateTime, nullable=False),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("sent_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("note", sa.Text),
        sa.Column("idempotency_key", sa.String(128)),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("channel IN ('email','mail')", name="channel"),
        sa.UniqueConstraint("requested_by_id", "idempotency_key", name="uq_history_requests_requested_by_key"),
    )
    op.create_index("ix_history_requests_client_id", "history_requests", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_history_requests_client_id", table_name="history_requests")
    op.drop_table("history_requests")
    op.drop_index("ix_changes_at", table_name="changes")
    op.drop_table("changes")
    op.drop_table("ticket_viewers")
    op.drop_table("ticket_reads")
    op.drop_table("municipal_holidays")
    op.drop_index("ix_sla_segments_ticket_id_started_at", table_name="sla_segments")
    op.drop_table("sla_segments")
    for name in ("ix_tickets_status_opened_at", "ix_tickets_assigned_cargo_id_sla_due_at",
                 "ix_tickets_assigned_user_id_sla_due_at"):
        op.drop_index(name, table_name="tickets")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_constraint("fk_tickets_cancelled_by_id_users", type_="foreignkey")
        batch.drop_constraint("fk_tickets_status_id_ticket_statuses", type_="foreignkey")
        batch.drop_column("cancelled_by_id")
        batch.drop_column("cancelled_at")
        batch.drop_column("updated_at")
        batch.drop_column("status_id")
    op.drop_table("ticket_statuses")
