"""protocols and tickets (issue 4)

Revision ID: 0003_tickets
Revises: 0002_clients
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_tickets"
down_revision = "0002_clients"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
