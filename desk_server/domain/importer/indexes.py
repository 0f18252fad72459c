"""For a large first load on PostgreSQL: drop the trigram (GIN) search indexes of the registry before
the import and build them again at the end, which is much faster than updating them row by row. The
btree indexes the upserts join on stay. Search by "contém" is slow while they are missing, so this is
an explicit choice of the admin (`import-clients --rebuild-indexes`), meant for onboarding an ISP.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

TABLES = ("clients", "contacts", "subscriptions", "contracts")


def drop_search_indexes(conn: Connection) -> list[str]:
    """The definitions of the dropped indexes (to build them again); [] on SQLite."""
    if conn.dialect.name != "postgresql":
        return []
    rows = conn.execute(text(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ANY(:tables) AND indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname"),
        {"tables": list(TABLES)}).all()
    for name, _definition in rows:
        conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))
    conn.commit()
    return [definition for _name, definition in rows]


def build_indexes(conn: Connection, definitions: list[str]) -> None:
    if not definitions:
        return
    conn.rollback()  # whatever failed before, the indexes come back
    conn.execute(text("SET maintenance_work_mem = '256MB'"))
    for definition in definitions:
        conn.execute(text(definition.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)))
    conn.commit()
