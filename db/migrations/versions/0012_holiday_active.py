"""municipal holidays are edited and deactivated, never deleted (issue 16): `municipal_holidays.active`

Existing holidays stay in force (the column's default is true); an inactive one no longer stops the
SLA clock.

Revision ID: 0012_holiday_active
Revises: 0011_history_email
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_holiday_active"
down_revision = "0011_history_email"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("municipal_holidays", sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()))


def downgrade() -> None:
    # Without the flag an inactive holiday would count again: it goes (the old schema cannot keep it off).
    op.execute("DELETE FROM municipal_holidays WHERE active = false")
    with op.batch_alter_table("municipal_holidays") as batch:
        batch.drop_column("active")
