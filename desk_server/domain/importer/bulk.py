"""Set-based, idempotent writing of one staged batch: refusals the database can tell (a new client
without a name, a login or IP held by another client), then clients by code, contacts by client and
name, subscriptions by login, their details and contracts. Same SQL on both engines.

Blank client columns never erase stored ones; the address is one block (any address column filled on
a line replaces the whole stored address, so its search twin stays right).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection

KEEP = ("person_type", "name", "search_name", "trade_name", "search_trade_name", "document", "rg_ie",
        "birth_date", "start_date", "status", "email", "phone", "mobile", "reference", "search_reference")
ADDRESS = ("street", "number", "complement", "district", "city", "uf", "cep", "search_address", "search_city")

_NEW_WITHOUT_NAME = """
SELECT i.line, i.code FROM import_clients i
WHERE i.name IS NULL AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.code = i.code)"""

_TAKEN = """
SELECT i.line, i.{col}, c.code FROM import_subs i
JOIN subscriptions s ON s.{col} = i.{col} AND s.deleted_at IS NULL
JOIN clients c ON c.id = s.client_id
WHERE i.{col} IS NOT NULL AND c.code <> i.code {extra}"""


def refusals(conn: Connection) -> list[tuple[int, str, bool]]:
    """(line, reason, whole line?) of staged rows the database refuses, removed from staging: a new
    client without a name takes every line of its code with it; a login or IP held by another client
    refuses only that line's subscription (the client and contact of the line still go in)."""
    out: list[tuple[int, str, bool]] = []
    codes = {code for _line, code in conn.execute(text(_NEW_WITHOUT_NAME))}
    if codes:
        params = {f"c{i}": c for i, c in enumerate(sorted(codes))}
        where = f"code IN ({', '.join(':' + k for k in params)})"
        for table in ("import_clients", "import_contacts", "import_subs"):
            for line, code in conn.execute(text(f"SELECT line, code FROM {table} WHERE {where}"), params):
                out.append((line, f"cliente {code} não existe e a linha não traz o nome.", True))
            conn.execute(text(f"DELETE FROM {table} WHERE {where}"), params)
    taken: set[int] = set()
    for line, login, holder in conn.execute(text(_TAKEN.format(col="login", extra=""))):
        out.append((line, f"plano não importado: login {login} já pertence ao cliente {holder}.", False))
        taken.add(line)
    ip_extra = "AND (s.login IS NULL OR s.login <> i.login)"
    for line, ip, holder in conn.execute(text(_TAKEN.format(col="ip", extra=ip_extra))):
        out.append((line, f"plano não importado: IP {ip} já está em uso pelo cliente {holder}.", False))
        taken.add(line)
    if taken:
        conn.execute(text(f"DELETE FROM import_subs WHERE line IN ({','.join(map(str, sorted(taken)))})"))
    return sorted(set(out))


def count_existing(conn: Connection) -> tuple[int, int]:
    clients = conn.execute(text("SELECT count(*) FROM import_clients i JOIN clients c ON c.code = i.code")).scalar()
    subs = conn.execute(text("SELECT count(*) FROM import_subs i JOIN subscriptions s "
                             "ON s.login = i.login AND s.deleted_at IS NULL")).scalar()
    return int(clients), int(subs)


def upsert_clients(conn: Connection, now: datetime) -> None:
    # NOT NULL is checked before ON CONFLICT: lines that only add a plan carry the stored name.
    conn.execute(text("""
        UPDATE import_clients SET name = COALESCE(import_clients.name, c.name),
            search_name = COALESCE(import_clients.search_name, c.search_name),
            person_type = COALESCE(import_clients.person_type, c.person_type),
            status = COALESCE(import_clients.status, c.status)
        FROM clients c WHERE c.code = import_clients.code
            AND (import_clients.name IS NULL OR import_clients.status IS NULL)"""))
    conn.execute(text("UPDATE import_clients SET status = 'ativo' WHERE status IS NULL"))  # new clients
    columns = ("code", *KEEP, *ADDRESS)
    sets = [f"{c} = COALESCE(excluded.{c}, clients.{c})" for c in KEEP]
    sets += [f"{c} = CASE WHEN excluded.search_address IS NULL THEN clients.{c} ELSE excluded.{c} END"
             for c in ADDRESS]
    conn.execute(text(
        f"INSERT INTO clients ({', '.join(columns)}, created_at) "
        f"SELECT {', '.join(columns)}, :now "
        f"FROM import_clients WHERE true "
        f"ON CONFLICT (code) DO UPDATE SET {', '.join(sets)}, updated_at = :now"), {"now": now})


def upsert_contacts(conn: Connection, now: datetime) -> None:
    conn.execute(text("""
        UPDATE contacts SET role = COALESCE(i.role, contacts.role), phone = COALESCE(i.phone, contacts.phone),
            mobile = COALESCE(i.mobile, contacts.mobile), email = COALESCE(i.email, contacts.email), updated_at = :now
        FROM import_contacts i JOIN clients c ON c.code = i.code
        WHERE contacts.client_id = c.id AND contacts.search_name = i.search_name AND contacts.deleted_at IS NULL"""),
                 {"now": now})
    conn.execute(text("""
        INSERT INTO contacts (client_id, name, search_name, role, phone, mobile, email, created_at)
        SELECT c.id, i.name, i.search_name, i.role, i.phone, i.mobile, i.email, :now
        FROM import_contacts i JOIN clients c ON c.code = i.code
        WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.client_id = c.id AND k.search_name = i.search_name
                          AND k.deleted_at IS NULL)"""), {"now": now})


def upsert_subscriptions(conn: Connection, now: datetime) -> None:
    conn.execute(text("""
        INSERT INTO subscriptions (client_id, plan_id, status, login, ip, mac, routing_point_id, created_at)
        SELECT c.id, i.plan_id, i.status, i.login, i.ip, i.mac, i.routing_point_id, :now
        FROM import_subs i JOIN clients c ON c.code = i.code WHERE true
        ON CONFLICT (login) WHERE deleted_at IS NULL DO UPDATE SET plan_id = excluded.plan_id,
            status = excluded.status, ip = COALESCE(excluded.ip, subscriptions.ip),
            mac = COALESCE(excluded.mac, subscriptions.mac),
            routing_point_id = COALESCE(excluded.routing_point_id, subscriptions.routing_point_id),
            updated_at = :now"""), {"now": now})
    conn.execute(text("""
        INSERT INTO subscription_details (subscription_id, billing_type, billing_method, due_day, ip_type,
                                          pppoe_password_enc)
        SELECT s.id, 'pos_pago', i.billing_method, i.due_day, CASE WHEN s.ip IS NULL THEN 'dinamico' ELSE 'fixo' END,
               i.pppoe_password_enc
        FROM import_subs i JOIN subscriptions s ON s.login = i.login AND s.deleted_at IS NULL WHERE true
        ON CONFLICT (subscription_id) DO UPDATE SET billing_method = excluded.billing_method,
            due_day = excluded.due_day,
            pppoe_password_enc = COALESCE(excluded.pppoe_password_enc, subscription_details.pppoe_password_enc),
            updated_at = :now"""), {"now": now})
    conn.execute(text("""
        INSERT INTO contracts (subscription_id, number, is_main, created_at)
        SELECT s.id, i.contract,
               NOT EXISTS (SELECT 1 FROM contracts m WHERE m.subscription_id = s.id AND m.is_main), :now
        FROM import_subs i JOIN subscriptions s ON s.login = i.login AND s.deleted_at IS NULL
        WHERE i.contract IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contracts k WHERE k.number = i.contract)"""),
                 {"now": now})
