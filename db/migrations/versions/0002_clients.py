"""clients registry (issue 3)

Revision ID: 0002_clients
Revises: 0001_foundation

Tables of the client registry and the indexes of "Localizar Cliente".

Search indexes: every searchable column gets a btree (on PostgreSQL with text_pattern_ops, so
"igual" and "começa com" use it whatever the database collation) and, on PostgreSQL only, a
pg_trgm GIN index for "contém". If the pg_trgm extension cannot be created (no privilege), the
migration still succeeds without the trigram indexes: searches stay correct, "contém" is slower.
"""
import logging

import sqlalchemy as sa
from alembic import op

from desk_server.models.base import UTCDateTime

revision = "0002_clients"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

# (table, column, btree?, trigram?) — btree is created on both engines, trigram on PostgreSQL.
SEARCH_COLUMNS = [
    ("clients", "search_name", True, True),
    ("clients", "search_trade_name", True, True),
    ("clients", "code", False, True),  # the unique constraint is the btree
    ("clients", "document", True, True),
    ("clients", "phone", True, True),
    ("clients", "mobile", True, True),
    ("clients", "search_city", True, True),
    ("clients", "search_address", True, True),
    ("clients", "search_install_address", True, True),
    ("clients", "search_reference", True, True),
    ("clients", "email", True, False),
    ("contacts", "search_name", True, True),
    ("contacts", "email", True, True),
    ("contacts", "phone", True, True),
    ("contacts", "mobile", True, True),
    ("subscriptions", "login", False, True),  # the partial unique index is the btree
    ("subscriptions", "ip", True, True),
    ("subscriptions", "mac", True, True),
    ("subscriptions", "mac2", True, True),
    ("subscriptions", "mac_onu", True, True),
    ("subscriptions", "serial_number", True, True),
    ("subscriptions", "circuit_number", True, True),
    ("subscriptions", "voice_terminal", True, True),
    ("subscriptions", "smartcard", True, True),
    ("subscriptions", "cas", True, True),
    ("subscriptions", "search_install_address", True, True),
    ("contracts", "number", True, True),
    ("invoices", "boleto_number", True, True),
    ("invoices", "nf_number", True, True),
    ("email_accounts", "address", True, True),
    ("domains", "name", True, True),
    ("removed_identifiers", "value", True, True),
]

# Columns whose "contém" selectivity the planner should estimate well (bigger statistics sample).
DETAILED_STATISTICS = [("clients", "search_name"), ("clients", "search_trade_name"),
                       ("contacts", "search_name"), ("clients", "search_address")]


def _address(prefix: str = ""):
    return [
        sa.Column(f"{prefix}street", sa.String(150)),
        sa.Column(f"{prefix}number", sa.String(20)),
        sa.Column(f"{prefix}complement", sa.String(80)),
        sa.Column(f"{prefix}district", sa.String(80)),
        sa.Column(f"{prefix}city", sa.String(80)),
        sa.Column(f"{prefix}uf", sa.String(2)),
        sa.Column(f"{prefix}cep", sa.String(8)),
    ]


def _created():
    return sa.Column("created_at", UTCDateTime, nullable=False)


def _fk(column: str, target: str, nullable: bool = False, ondelete: str | None = None):
    return sa.Column(column, sa.Integer, sa.ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable)


def upgrade() -> None:
    bind = op.get_bind()
    is_pg = bind.dialect.name == "postgresql"

    op.create_table(
        "networks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        _created(),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "routing_points",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        _fk("network_id", "networks"),
        sa.Column("kind", sa.String(20), nullable=False, server_default="routing_point"),
        sa.Column("router_id", sa.Integer),  # routers arrive in 0004: no foreign key
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        _created(),
        sa.UniqueConstraint("name"),
        sa.CheckConstraint("kind IN ('routing_point','access_point')", name="kind"),
    )
    op.create_index("ix_routing_points_network_id", "routing_points", ["network_id"])
    op.create_index("ix_routing_points_router_id", "routing_points", ["router_id"])
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("download_mbps", sa.Integer, nullable=False),
        sa.Column("upload_mbps", sa.Integer, nullable=False),
        sa.Column("price", sa.Numeric(10, 2), nullable=False),
        _fk("network_id", "networks", nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        _created(),
        sa.UniqueConstraint("name"),
    )
    op.create_index("ix_plans_network_id", "plans", ["network_id"])

    op.create_table(
        "clients",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("person_type", sa.String(2), nullable=False),
        sa.Column("name", sa.String(150), nullable=False),
        sa.Column("search_name", sa.String(150), nullable=False),
        sa.Column("trade_name", sa.String(150)),
        sa.Column("search_trade_name", sa.String(150)),
        sa.Column("document", sa.String(14)),
        sa.Column("rg_ie", sa.String(30)),
        sa.Column("birth_date", sa.Date),
        sa.Column("start_date", sa.Date),
        sa.Column("status", sa.String(12), nullable=False, server_default="ativo"),
        *_address(),
        *_address("install_"),
        sa.Column("search_address", sa.String(400)),
        sa.Column("search_install_address", sa.String(400)),
        sa.Column("search_city", sa.String(80)),
        sa.Column("phone", sa.String(15)),
        sa.Column("mobile", sa.String(15)),
        sa.Column("email", sa.String(254)),
        sa.Column("reference", sa.String(255)),
        sa.Column("search_reference", sa.String(255)),
        sa.Column("notes", sa.Text),
        _created(),
        sa.Column("updated_at", UTCDateTime),
        sa.UniqueConstraint("code"),
        sa.CheckConstraint("person_type IN ('PF','PJ')", name="person_type"),
        sa.CheckConstraint("status IN ('ativo','suspenso','cancelado')", name="status"),
    )
    op.create_index("ix_clients_start_date", "clients", ["start_date"])

    op.create_table(
        "contact_fields",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("options", sa.JSON),
        sa.Column("required", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        _created(),
        sa.UniqueConstraint("name"),
        sa.CheckConstraint("kind IN ('text','number','date','choice')", name="kind"),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("client_id", "clients"),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("search_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(80)),
        sa.Column("phone", sa.String(15)),
        sa.Column("mobile", sa.String(15)),
        sa.Column("email", sa.String(254)),
        _created(),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("deleted_at", UTCDateTime),
    )
    op.create_index("ix_contacts_client_id", "contacts", ["client_id"])
    op.create_table(
        "contact_field_values",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("contact_id", "contacts", ondelete="CASCADE"),
        _fk("field_id", "contact_fields"),
        sa.Column("value", sa.Text, nullable=False),
        sa.UniqueConstraint("contact_id", "field_id", name="uq_contact_field_values_contact_field"),
    )
    op.create_index("ix_contact_field_values_field_id", "contact_field_values", ["field_id"])

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("client_id", "clients"),
        _fk("plan_id", "plans"),
        sa.Column("status", sa.String(12), nullable=False, server_default="ativo"),
        sa.Column("login", sa.String(64)),
        sa.Column("password", sa.String(128)),
        sa.Column("ip", sa.String(45)),
        sa.Column("mac", sa.String(12)),
        sa.Column("mac2", sa.String(12)),
        sa.Column("mac_onu", sa.String(12)),
        sa.Column("serial_number", sa.String(40)),
        sa.Column("circuit_number", sa.String(40)),
        sa.Column("voice_terminal", sa.String(15)),
        sa.Column("smartcard", sa.String(40)),
        sa.Column("cas", sa.String(40)),
        _fk("routing_point_id", "routing_points", nullable=True),
        *_address("install_"),
        sa.Column("search_install_address", sa.String(400)),
        _created(),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("deleted_at", UTCDateTime),
        sa.CheckConstraint("status IN ('ativo','suspenso','cancelado')", name="status"),
    )
    op.create_index("ix_subscriptions_client_id", "subscriptions", ["client_id"])
    op.create_index("ix_subscriptions_plan_id", "subscriptions", ["plan_id"])
    op.create_index("ix_subscriptions_routing_point_id", "subscriptions", ["routing_point_id"])
    # A login belongs to one live subscription; a removed one may be reused later.
    op.create_index("uq_subscriptions_login_live", "subscriptions", ["login"], unique=True,
                    postgresql_where=sa.text("deleted_at IS NULL"),
                    sqlite_where=sa.text("deleted_at IS NULL"),
                    postgresql_ops={"login": "text_pattern_ops"})

    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("subscription_id", "subscriptions"),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("is_main", sa.Boolean, nullable=False, server_default=sa.false()),
        _created(),
    )
    op.create_index("ix_contracts_subscription_id", "contracts", ["subscription_id"])
    op.create_index("uq_contracts_main", "contracts", ["subscription_id"], unique=True,
                    postgresql_where=sa.text("is_main"), sqlite_where=sa.text("is_main"))

    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("client_id", "clients"),
        _fk("subscription_id", "subscriptions", nullable=True),
        sa.Column("description", sa.String(200)),
        sa.Column("boleto_number", sa.String(48)),
        sa.Column("nf_number", sa.String(20)),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("paid_date", sa.Date),
        sa.Column("balance", sa.Numeric(10, 2), nullable=False),
        _created(),
    )
    op.create_index("ix_invoices_client_id", "invoices", ["client_id", "due_date"])

    op.create_table(
        "email_accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("client_id", "clients"),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("domain", sa.String(253), nullable=False),
        _created(),
        sa.Column("deleted_at", UTCDateTime),
    )
    op.create_index("ix_email_accounts_client_id", "email_accounts", ["client_id"])
    op.create_table(
        "domains",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("client_id", "clients"),
        sa.Column("name", sa.String(253), nullable=False),
        _created(),
        sa.Column("deleted_at", UTCDateTime),
    )
    op.create_index("ix_domains_client_id", "domains", ["client_id"])
    op.create_table(
        "removed_identifiers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("value", sa.String(254), nullable=False),
        _fk("client_id", "clients"),
        sa.Column("removed_at", UTCDateTime, nullable=False),
        sa.Column("note", sa.String(200)),
        sa.CheckConstraint("kind IN ('login','email','ip','mac','terminal')", name="kind"),
    )
    op.create_index("ix_removed_identifiers_client_id", "removed_identifiers", ["client_id"])

    op.create_table(
        "prospects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("name", sa.String(150), nullable=False),
        sa.Column("search_name", sa.String(150), nullable=False),
        sa.Column("phone", sa.String(15)),
        sa.Column("email", sa.String(254)),
        sa.Column("street", sa.String(150)),
        sa.Column("number", sa.String(20)),
        sa.Column("district", sa.String(80)),
        sa.Column("city", sa.String(80)),
        sa.Column("uf", sa.String(2)),
        sa.Column("cep", sa.String(8)),
        sa.Column("status", sa.String(16), nullable=False, server_default="novo"),
        sa.Column("notes", sa.Text),
        _fk("client_id", "clients", nullable=True),
        _created(),
        sa.Column("updated_at", UTCDateTime),
        sa.CheckConstraint(
            "kind IN ('empresarial','condominio','residente_condominio','residencial')", name="kind"),
        sa.CheckConstraint("status IN ('novo','em_negociacao','convertido','perdido')", name="status"),
    )
    op.create_index("ix_prospects_search_name", "prospects", ["search_name"])

    for table, column, btree, _trigram in SEARCH_COLUMNS:
        if btree:
            op.create_index(f"ix_{table}_{column}", table, [column],
                            postgresql_ops={column: "text_pattern_ops"})

    if is_pg:
        if _create_trgm(bind):
            for table, column, _btree, trigram in SEARCH_COLUMNS:
                if trigram:
                    op.create_index(f"ix_{table}_{column}_trgm", table, [column], postgresql_using="gin",
                                    postgresql_ops={column: "gin_trgm_ops"})
        for table, column in DETAILED_STATISTICS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS 1000")


def _create_trgm(bind) -> bool:
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        savepoint.rollback()
        log.warning("pg_trgm indisponível (%s): pesquisa 'contém' sem índice trigram", exc.orig)
        return False
    savepoint.commit()
    return True


def downgrade() -> None:
    bind = op.get_bind()
    is_pg = bind.dialect.name == "postgresql"
    for table, column, btree, trigram in reversed(SEARCH_COLUMNS):
        if trigram and is_pg:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
        if btree:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table in ("prospects", "removed_identifiers", "domains", "email_accounts", "invoices", "contracts",
                  "subscriptions", "contact_field_values", "contacts", "contact_fields", "clients", "plans",
                  "routing_points", "networks"):
        op.drop_table(table)
    # pg_trgm stays: other objects of the database may use it.
