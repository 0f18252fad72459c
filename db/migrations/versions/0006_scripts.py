"""call scripts with versions (issue 10)

Revision ID: 0006_scripts
Revises: 0005_security
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0006_scripts"
down_revision = "0005_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("latest_version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "script_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("script_id", sa.Integer, sa.ForeignKey("scripts.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("start_node_id", sa.String(40), nullable=False),
        sa.Column("nodes", sa.JSON, nullable=False),
        sa.Column("test_paths", sa.JSON, nullable=False),
        sa.Column("published_at", UTCDateTime, nullable=False),
        sa.Column("published_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.UniqueConstraint("script_id", "version", name="uq_script_versions_script_id_version"),
    )
    op.create_table(
        "script_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("script_versions.id"), nullable=False),
        sa.Column("finished", sa.Boolean, nullable=False),
        sa.Column("last_node_id", sa.String(40), nullable=False),
        sa.Column("end_option", sa.Integer),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("ran_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("ticket_id"),
    )
    op.create_index("ix_script_runs_version_id", "script_runs", ["version_id"])
    # ticket types name their default script: the plain integer column becomes a real reference
    with op.batch_alter_table("ticket_types") as batch:
        batch.create_foreign_key("fk_ticket_types_default_script_id_scripts", "scripts",
                                 ["default_script_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("ticket_types") as batch:
        batch.drop_constraint("fk_ticket_types_default_script_id_scripts", type_="foreignkey")
    op.drop_index("ix_script_runs_version_id", table_name="script_runs")
    op.drop_table("script_runs")
    op.drop_table("script_versions")
    op.drop_table("scripts")
