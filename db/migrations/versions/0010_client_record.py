"""client record, contracts, prospects and import (issue 13)

Subscription details and connection fields (seed 003), events, services, the audit of secret
reveals, prospects' contacts and coordinates. New tables only: nothing of 0002 is altered.

Revision ID: 0010_client_record
Revises: 0009_workspace
"""
import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0010_client_record"
down_revision = "0009_workspace"
branch_labels = None
depends_on = None


def _fk(column: str, target: str, nullable: bool = True, **kw) -> sa.Column:
    return sa.Column(column, sa.Integer, sa.ForeignKey(f"{target}.id"), nullable=nullable, **kw)


def upgrade() -> None:
    op.create_table(
        "subscription_details",
        _fk("subscription_id", "subscriptions", nullable=False, primary_key=True),
        sa.Column("billing_type", sa.String(12), nullable=False),
        sa.Column("billing_method", sa.String(12), nullable=False),
        sa.Column("due_day", sa.Integer, nullable=False),
        sa.Column("monthly_value", sa.Numeric(10, 2)),
        sa.Column("valid_from", sa.Date),
        sa.Column("valid_to", sa.Date),
        _fk("seller_id", "users"),
        sa.Column("ip_type", sa.String(10), nullable=False),
        sa.Column("equipment_type", sa.String(60)),
        _fk("access_point_id", "routing_points"),
        sa.Column("splitter", sa.String(60)),
        sa.Column("olt_slot", sa.String(10)),
        sa.Column("olt_port", sa.String(10)),
        sa.Column("splitter_port", sa.String(10)),
        sa.Column("condominium", sa.String(120)),
        sa.Column("label_code", sa.String(40)),
        sa.Column("label_description", sa.String(120)),
        sa.Column("service", sa.String(120)),
        sa.Column("equipment_user", sa.String(64)),
        sa.Column("pppoe_password_enc", sa.Text),
        sa.Column("equipment_password_enc", sa.Text),
        sa.Column("updated_at", UTCDateTime),
        sa.CheckConstraint("billing_type IN ('pos_pago','pre_pago')", name="billing_type"),
        sa.CheckConstraint("billing_method IN ('boleto','cartao','debito','pix','carne')", name="billing_method"),
        sa.CheckConstraint("ip_type IN ('dinamico','fixo')", name="ip_type"),
        sa.CheckConstraint("due_day BETWEEN 1 AND 28", name="due_day"),
    )
    op.create_table(
        "subscription_events",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("subscription_id", "subscriptions", nullable=False),
        sa.Column("occurred_at", UTCDateTime, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        _fk("user_id", "users"),
    )
    op.create_index("ix_subscription_events_subscription_id", "subscription_events", ["subscription_id"])
    op.create_table(
        "subscription_services",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("subscription_id", "subscriptions", nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("description", sa.String(150), nullable=False),
        sa.Column("value", sa.Numeric(10, 2), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_subscription_services_subscription_id", "subscription_services", ["subscription_id"])
    op.create_table(
        "secret_reveals",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("subscription_id", "subscriptions", nullable=False),
        sa.Column("secret", sa.String(10), nullable=False),
        _fk("user_id", "users", nullable=False),
        sa.Column("revealed_at", UTCDateTime, nullable=False),
        sa.CheckConstraint("secret IN ('pppoe','equipment')", name="secret"),
    )
    op.create_index("ix_secret_reveals_subscription_id", "secret_reveals", ["subscription_id"])
    op.create_table(
        "prospect_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("prospect_id", "prospects", nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(80)),
        sa.Column("phone", sa.String(15)),
        sa.Column("email", sa.String(254)),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_prospect_contacts_prospect_id", "prospect_contacts", ["prospect_id"])
    op.create_table(
        "prospect_locations",
        _fk("prospect_id", "prospects", nullable=False, primary_key=True),
        sa.Column("latitude", sa.Numeric(9, 6), nullable=False),
        sa.Column("longitude", sa.Numeric(9, 6), nullable=False),
    )


def downgrade() -> None:
    for table in ("prospect_locations", "prospect_contacts", "secret_reveals", "subscription_services",
                  "subscription_events", "subscription_details"):
        op.drop_table(table)
