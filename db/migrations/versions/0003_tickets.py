"""protocols and tickets (issue 4)

Revision ID: 0003_tickets
Revises: 0002_clients
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0003_tickets"
down_revision = "0002_clients"
branch_labels = None
depends_on = None

PROTOCOL_STATUSES = "('reserved','used','abandoned')"
KINDS = "('client','prospect','access_point')"
CHANNELS = "('phone','email','fax','visit','whatsapp','chat')"
TICKET_STATUSES = "('open','forwarded','closed_done','closed_unsolved')"


def upgrade() -> None:
    op.create_table(
        "protocol_sequences",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "protocols",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(15), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("reserved_at", UTCDateTime, nullable=False),
        sa.Column("reserved_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("channel", sa.String(20)),
        sa.Column("kind", sa.String(20)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("abandoned_at", UTCDateTime),
        sa.Column("abandoned_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("abandon_reason", sa.Text),
        sa.CheckConstraint(f"status IN {PROTOCOL_STATUSES}", name="status"),
        sa.CheckConstraint(f"kind IS NULL OR kind IN {KINDS}", name="kind"),
        sa.CheckConstraint(f"channel IS NULL OR channel IN {CHANNELS}", name="channel"),
        sa.UniqueConstraint("number"),
        sa.UniqueConstraint("day", "sequence", name="uq_protocols_day_sequence"),
    )
    op.create_index("ix_protocols_reserved_by_id", "protocols", ["reserved_by_id"])
    op.create_table(
        "ticket_types",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("description", sa.String(255)),
        sa.Column("default_user_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("default_cargo_id", sa.Integer, sa.ForeignKey("cargos.id")),
        sa.Column("sla_hours", sa.Integer, nullable=False),
        sa.Column("allows_linking", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("default_script_id", sa.Integer),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("default_user_id IS NULL OR default_cargo_id IS NULL", name="one_destination"),
        sa.CheckConstraint("sla_hours > 0", name="sla_positive"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("protocol", sa.String(15), sa.ForeignKey("protocols.number"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id")),
        sa.Column("subscription_id", sa.Integer, sa.ForeignKey("subscriptions.id")),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contacts.id")),
        sa.Column("prospect_id", sa.Integer, sa.ForeignKey("prospects.id")),
        sa.Column("access_point_id", sa.Integer, sa.ForeignKey("routing_points.id")),
        sa.Column("network_id", sa.Integer, sa.ForeignKey("networks.id")),
        sa.Column("ticket_type_id", sa.Integer, sa.ForeignKey("ticket_types.id"), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("assigned_user_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("assigned_cargo_id", sa.Integer, sa.ForeignKey("cargos.id")),
        sa.Column("problem", sa.Text),
        sa.Column("checks", sa.Text),
        sa.Column("solution", sa.Text),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("opened_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("opened_at", UTCDateTime, nullable=False),
        sa.Column("closed_at", UTCDateTime),
        sa.Column("closed_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("close_reason", sa.Text),
        sa.Column("close_ticket_type_id", sa.Integer, sa.ForeignKey("ticket_types.id")),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("tickets.id")),
        sa.Column("sla_due_at", UTCDateTime, nullable=False),
        sa.Column("script_report", sa.JSON),
        sa.Column("idempotency_key", sa.String(128), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.CheckConstraint(f"status IN {TICKET_STATUSES}", name="status"),
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind"),
        sa.CheckConstraint(f"channel IN {CHANNELS}", name="channel"),
        sa.CheckConstraint("(assigned_user_id IS NULL) <> (assigned_cargo_id IS NULL)", name="one_destination"),
        sa.UniqueConstraint("protocol"),
        sa.UniqueConstraint("opened_by_id", "idempotency_key", name="uq_tickets_opened_by_idempotency_key"),
    )
    for column in ("client_id", "subscription_id", "prospect_id", "access_point_id", "assigned_user_id",
                   "assigned_cargo_id", "parent_id"):
        op.create_index(f"ix_tickets_{column}", "tickets", [column])
    op.create_index("ix_tickets_status_network", "tickets", ["status", "network_id"])
    op.create_index("ix_tickets_opened_at", "tickets", ["opened_at"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # Localizar Cliente by protocol: "começa com" (btree text_pattern_ops) and "contém" (pg_trgm,
        # when migration 0002 could create the extension).
        op.create_index("ix_tickets_protocol_pattern", "tickets", ["protocol"],
                        postgresql_ops={"protocol": "text_pattern_ops"})
        if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
            op.create_index("ix_tickets_protocol_trgm", "tickets", ["protocol"], postgresql_using="gin",
                            postgresql_ops={"protocol": "gin_trgm_ops"})
    op.create_table(
        "ticket_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("data", sa.JSON),
    )
    op.create_index("ix_ticket_events_ticket_id_id", "ticket_events", ["ticket_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_events_ticket_id_id", table_name="ticket_events")
    op.drop_table("ticket_events")
    op.drop_index("ix_tickets_opened_at", table_name="tickets")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_tickets_protocol_trgm")
        op.execute("DROP INDEX IF EXISTS ix_tickets_protocol_pattern")
    op.drop_index("ix_tickets_status_network", table_name="tickets")
    for column in ("client_id", "subscription_id", "prospect_id", "access_point_id", "assigned_user_id",
                   "assigned_cargo_id", "parent_id"):
        op.drop_index(f"ix_tickets_{column}", table_name="tickets")
    op.drop_table("tickets")
    op.drop_table("ticket_types")
    op.drop_index("ix_protocols_reserved_by_id", table_name="protocols")
    op.drop_table("protocols")
    op.drop_table("protocol_sequences")
