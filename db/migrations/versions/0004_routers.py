"""routers and polling (issue 5)

Revision ID: 0004_routers
Revises: 0003_tickets
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_routers"
down_revision = "0003_tickets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
