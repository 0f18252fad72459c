"""load, lockout and limits (issue 15): the login throttle counts per username and client address

Revision ID: 0005_security
Revises: 0004_routers
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0005_security"
down_revision = "0004_routers"
branch_labels = None
depends_on = None


def _throttle(*key: sa.Column) -> None:
    # Throttle rows are short-lived counters: recreating the table loses nothing worth keeping.
    op.create_table(
        "login_throttle",
        *key,
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_failure_at", UTCDateTime),
        sa.Column("locked_until", UTCDateTime),
    )


def upgrade() -> None:
    op.drop_table("login_throttle")
    _throttle(sa.Column("username", sa.String(64), primary_key=True),
              sa.Column("client", sa.String(64), primary_key=True))


def downgrade() -> None:
    op.drop_table("login_throttle")
    _throttle(sa.Column("username", sa.String(64), primary_key=True))
