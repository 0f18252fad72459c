"""Temporary staging tables of one import and how a batch gets into them (COPY on PostgreSQL,
executemany elsewhere). One connection holds them for the whole run."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

CLIENT_FIELDS = ("line", "code", "person_type", "name", "search_name", "trade_name", "search_trade_name",
                 "document", "rg_ie", "birth_date", "start_date", "status", "email", "phone", "mobile", "street",
                 "number", "complement", "district", "city", "uf", "cep", "reference", "search_address",
                 "search_city", "search_reference")
CONTACT_FIELDS = ("line", "code", "name", "search_name", "role", "phone", "mobile", "email")
SUB_FIELDS = ("line", "code", "plan_id", "login", "ip", "mac", "routing_point_id", "status", "due_day",
              "billing_method", "pppoe_password_enc", "contract")
TABLES = {"import_clients": CLIENT_FIELDS, "import_contacts": CONTACT_FIELDS, "import_subs": SUB_FIELDS}
_TYPES = {"line": "INTEGER", "plan_id": "BIGINT", "routing_point_id": "BIGINT", "due_day": "INTEGER",
          "birth_date": "DATE", "start_date": "DATE"}


def create(conn: Connection) -> None:
    for table, fields in TABLES.items():
        columns = ", ".join(f"{f} {_TYPES.get(f, 'TEXT')}" for f in fields)
        conn.execute(text(f"CREATE TEMPORARY TABLE IF NOT EXISTS {table} ({columns})"))
    if conn.dialect.name == "postgresql":
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_import_subs_login ON import_subs (login)"))


def clear(conn: Connection) -> None:
    for table in TABLES:
        conn.execute(text(f"DELETE FROM {table}"))


def load(conn: Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    fields = TABLES[table]
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.dbapi_connection.cursor()
        with cursor.copy(f"COPY {table} ({', '.join(fields)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(row.get(f) for f in fields))
        conn.execute(text(f"ANALYZE {table}"))  # the upserts join on it: let the planner know its size
        return
    placeholders = ", ".join(f":{f}" for f in fields)
    conn.execute(text(f"INSERT INTO {table} ({', '.join(fields)}) VALUES ({placeholders})"),
                 [{f: row.get(f) for f in fields} for row in rows])


def analyze_targets(conn: Connection) -> None:
    """Fresh statistics while the registry grows from a few rows to millions within one import: with
    the stale ones the planner keeps the plans of an empty table (scans per batch, quadratic overall).
    Log-spaced by the caller, so it costs a handful of sampled ANALYZEs."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE clients, contacts, subscriptions, subscription_details, contracts"))
