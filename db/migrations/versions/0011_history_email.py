"""the consumer's history by e-mail (issue 16): an outbox e-mail belongs to a ticket or to a history request

`emails.ticket_id` becomes nullable, `emails.history_request_id` (unique: one e-mail per request, sent
again in place) is added, the kind "history" is allowed, and the `owner` check says which: a "history"
message has a request and no ticket, every other kind a ticket and no request. On SQLite the table is
recreated by batch mode (its other checks, keys and indexes are carried over).

Revision ID: 0011_history_email
Revises: 0010_client_record
"""
import sqlalchemy as sa
from alembic import op

revision = "0011_history_email"
down_revision = "0010_client_record"
branch_labels = None
depends_on = None

OWNER = ("(kind = 'history' AND ticket_id IS NULL AND history_request_id IS NOT NULL) OR "
         "(kind <> 'history' AND ticket_id IS NOT NULL AND history_request_id IS NULL)")


def upgrade() -> None:
    with op.batch_alter_table("emails") as batch:
        batch.alter_column("ticket_id", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("history_request_id", sa.Integer, sa.ForeignKey(
            "history_requests.id", name=op.f("fk_emails_history_request_id_history_requests"))))
        batch.drop_constraint(op.f("ck_emails_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_emails_kind"), "kind IN ('message','receipt','history')")
        batch.create_check_constraint(op.f("ck_emails_owner"), OWNER)
        batch.create_unique_constraint(op.f("uq_emails_history_request_id"), ["history_request_id"])


def downgrade() -> None:
    # The old schema has no place for a history e-mail (ticket_id NOT NULL): they go with the column.
    op.execute("DELETE FROM emails WHERE history_request_id IS NOT NULL")
    with op.batch_alter_table("emails") as batch:
        batch.drop_constraint(op.f("uq_emails_history_request_id"), type_="unique")
        batch.drop_constraint(op.f("ck_emails_owner"), type_="check")
        batch.drop_constraint(op.f("ck_emails_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_emails_kind"), "kind IN ('message','receipt')")
        batch.drop_constraint(op.f("fk_emails_history_request_id_history_requests"), type_="foreignkey")
        batch.drop_column("history_request_id")
        batch.alter_column("ticket_id", existing_type=sa.Integer, nullable=False)
