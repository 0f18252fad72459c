"""routers and polling (issue 5)

Revision ID: 0004_routers
Revises: 0003_tickets
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0004_routers"
down_revision = "0003_tickets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("host", sa.String(253), nullable=False),
        sa.Column("port", sa.Integer, nullable=False),
        sa.Column("use_ssl", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("password_encrypted", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "router_status",
        sa.Column("router_id", sa.Integer, sa.ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("reachable", sa.Boolean, nullable=False),
        sa.Column("identity", sa.String(120)),
        sa.Column("version", sa.String(60)),
        sa.Column("board_name", sa.String(80)),
        sa.Column("router_uptime_seconds", sa.BigInteger),
        sa.Column("sessions", sa.Integer),
        sa.Column("cpu_load", sa.Integer),
        sa.Column("latency_ms", sa.Float),
        sa.Column("error_code", sa.String(30)),
        sa.Column("error", sa.Text),
        sa.Column("checked_at", UTCDateTime, nullable=False),
        sa.Column("last_ok_at", UTCDateTime),
        sa.Column("source", sa.String(10), nullable=False, server_default="poller"),
    )
    op.create_table(
        "router_poll_leases",
        sa.Column("router_id", sa.Integer, sa.ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("owner", sa.String(120)),
        sa.Column("expires_at", UTCDateTime),
        sa.Column("last_polled_at", UTCDateTime),
        sa.Column("last_traffic_at", UTCDateTime),
        sa.Column("polls", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_table(
        "router_sessions",
        sa.Column("router_id", sa.Integer, sa.ForeignKey("routers.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("login", sa.String(64), primary_key=True),
        sa.Column("online", sa.Boolean, nullable=False),
        sa.Column("session_ref", sa.String(20)),
        sa.Column("session_id", sa.String(20)),
        sa.Column("address", sa.String(45)),
        sa.Column("caller_id", sa.String(40)),
        sa.Column("connected_at", UTCDateTime),
        sa.Column("last_seen", UTCDateTime, nullable=False),
    )
    op.create_index("ix_router_sessions_login", "router_sessions", ["login"])
    op.create_table(
        "router_traffic_samples",
        sa.Column("login", sa.String(64), primary_key=True),
        sa.Column("at", UTCDateTime, primary_key=True),
        sa.Column("router_id", sa.Integer, primary_key=True),
        sa.Column("rx_bytes", sa.BigInteger, nullable=False),
        sa.Column("tx_bytes", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_router_traffic_samples_at", "router_traffic_samples", ["at"])
    op.create_table(
        "router_actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("router_id", sa.Integer, sa.ForeignKey("routers.id"), nullable=False),
        sa.Column("subscription_id", sa.Integer),
        sa.Column("ticket_id", sa.Integer),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("session_ref", sa.String(20)),
        sa.Column("relogin_status", sa.String(20)),
        sa.Column("relogin_window_seconds", sa.Integer),
        sa.Column("relogin_after_seconds", sa.Float),
        sa.Column("relogin_checked_at", UTCDateTime),
    )
    op.create_index("ix_router_actions_router_id", "router_actions", ["router_id"])
    op.create_index("ix_router_actions_subscription_id", "router_actions", ["subscription_id"])
    op.create_index("ix_router_actions_ticket_id", "router_actions", ["ticket_id"])
    op.create_index("ix_router_actions_login_at", "router_actions", ["login", "at"])


def downgrade() -> None:
    op.drop_table("router_actions")
    op.drop_index("ix_router_traffic_samples_at", table_name="router_traffic_samples")
    op.drop_table("router_traffic_samples")
    op.drop_index("ix_router_sessions_login", table_name="router_sessions")
    op.drop_table("router_sessions")
    op.drop_table("router_poll_leases")
    op.drop_table("router_status")
    op.drop_table("routers")
