"""attachments, e-mail outbox and protocol receipts (issue 12)

Revision ID: 0008_attachments_email
Revises: 0007_service_orders
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0008_attachments_email"
down_revision = "0007_service_orders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("uploaded_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("uploaded_at", UTCDateTime, nullable=False),
        sa.Column("removed_at", UTCDateTime),
        sa.Column("removed_by_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("idempotency_key", sa.String(128)),
        sa.UniqueConstraint("uploaded_by_id", "idempotency_key",
                            name="uq_attachments_uploaded_by_idempotency_key"),
    )
    op.create_index("ix_attachments_ticket_id_id", "attachments", ["ticket_id", "id"])
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"])
    op.create_table(
        "email_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "email_template_cargos",
        sa.Column("template_id", sa.Integer, sa.ForeignKey("email_templates.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("cargo_id", sa.Integer, sa.ForeignKey("cargos.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "emails",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("template_id", sa.Integer, sa.ForeignKey("email_templates.id")),
        sa.Column("to_addrs", sa.JSON, nullable=False),
        sa.Column("cc_addrs", sa.JSON, nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("read_receipt", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("attachment_ids", sa.JSON, nullable=False),
        sa.Column("message_id", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("phase", sa.String(10)),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("next_attempt_at", UTCDateTime, nullable=False),
        sa.Column("last_attempt_at", UTCDateTime),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("claimed_by", sa.String(120)),
        sa.Column("created_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("idempotency_key", sa.String(128)),
        sa.CheckConstraint("status IN ('pending','sending','sent','failed')", name="status"),
        sa.CheckConstraint("kind IN ('message','receipt')", name="kind"),
        sa.CheckConstraint("phase IS NULL OR phase IN ('data','final')", name="phase"),
        sa.UniqueConstraint("message_id"),
        sa.UniqueConstraint("created_by_id", "idempotency_key", name="uq_emails_created_by_idempotency_key"),
    )
    op.create_index("ix_emails_status_next_attempt_at", "emails", ["status", "next_attempt_at"])
    op.create_index("ix_emails_ticket_id_id", "emails", ["ticket_id", "id"])
    op.create_table(
        "mail_sender_leases",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("holder", sa.String(120)),
        sa.Column("expires_at", UTCDateTime),
    )


def downgrade() -> None:
    op.drop_table("mail_sender_leases")
    op.drop_table("emails")
    op.drop_table("email_template_cargos")
    op.drop_table("email_templates")
    op.drop_table("attachments")
