#!/usr/bin/env python3
"""Localizar Cliente at scale: generate N realistic clients, then time the search through the real
HTTP API and the raw SQL of the same queries.

  .venv/bin/python bench/search.py --engine postgresql --clients 1000000
  .venv/bin/python bench/search.py --engine sqlite --clients 100000
  .venv/bin/python bench/search.py --quick            # small, < 60 s (CI)

What it does:
1. makes a throwaway database (PostgreSQL: `isp_desk_bench_search`, dropped at the end unless
   --keep; SQLite: a file in a temp folder) and applies the migrations;
2. generates the clients fast — PostgreSQL: two processes COPY chunks in parallel with the search
   indexes dropped, then rebuild them; SQLite: executemany in big transactions — with Brazilian
   names/streets drawn once from Faker pt_BR and combined at random, valid CPF/CNPJ, real cities
   and UFs, 1.3 subscriptions per client (login, IP, MACs, ONU serial...), contracts, invoices,
   contacts, e-mail accounts, domains and removed-identifier history;
3. starts `python -m desk_server serve` (DESK_RUN_WORKERS=0, random DESK_SECRET_KEY) and, per field
   and condition, sends sequential requests with values sampled from the data (after a warm-up),
   then runs the very same SQL (compiled from the same search plan) with psycopg/sqlite3 on an
   open connection;
4. prints p50/p95 of both and the ratio API/SQL, and the targets of DESIGN §7.

With --reuse, a database kept by an earlier --keep run with the same --clients is used as is.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx
from _common import ServerProcess, pct, print_table
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

PG_DB = "isp_desk_bench_search"
BENCH_USER, BENCH_PASSWORD = "bench", "bench-password-123"
CHUNK = 20_000
CREATED = "2026-01-05 12:00:00+00"
CREATED_SQLITE = "2026-01-05 12:00:00.000000"
TABLES = ("clients", "subscriptions", "contracts", "invoices", "contacts", "email_accounts", "domains",
          "removed_identifiers")

COLUMNS = {
    "clients": ["id", "code", "person_type", "name", "search_name", "trade_name", "search_trade_name",
                "document", "rg_ie", "birth_date", "start_date", "status", "street", "number", "complement",
                "district", "city", "uf", "cep", "install_street", "install_number", "install_complement",
                "install_district", "install_city", "install_uf", "install_cep", "search_address",
                "search_install_address", "search_city", "phone", "mobile", "email", "reference",
                "search_reference", "notes", "created_at"],
    "subscriptions": ["id", "client_id", "plan_id", "status", "login", "password", "ip", "mac", "mac2", "mac_onu",
                      "serial_number", "circuit_number", "voice_terminal", "smartcard", "cas", "routing_point_id",
                      "install_street", "install_number", "install_complement", "install_district",
                      "install_city", "install_uf", "install_cep", "search_install_address", "created_at",
                      "deleted_at"],
    "contracts": ["id", "subscription_id", "number", "start_date", "end_date", "is_main", "created_at"],
    "invoices": ["id", "client_id", "subscription_id", "description", "boleto_number", "nf_number", "due_date",
                 "amount", "paid_date", "balance", "created_at"],
    "contacts": ["id", "client_id", "name", "search_name", "role", "phone", "mobile", "email", "created_at",
                 "deleted_at"],
    "email_accounts": ["id", "client_id", "address", "domain", "created_at", "deleted_at"],
    "domains": ["id", "client_id", "name", "created_at", "deleted_at"],
    "removed_identifiers": ["id", "kind", "value", "client_id", "removed_at", "note"],
}


# --- data generation --------------------------------------------------------------------------------

@dataclass
class World:
    """Pools with their folded/ascii forms precomputed, plus catalog ids (shared by the workers)."""

    firsts: list
    surnames: list
    surname_cum: list
    streets: list
    districts: list
    cities: list
    kinds: list
    complements: list
    references: list
    plans: list  # (id, price, fibre?)
    points: list
    today: date
    sqlite: bool


def build_world(plans, points, sqlite: bool) -> World:
    from desk_server.demo.client_generator import BUSINESS_KINDS, CITIES, REFERENCES, Pools, ascii_token
    from desk_server.domain.search.normalise import fold_text

    pools = Pools.build(seed=7, size=600)

    def triple(s):
        assert not any(ch in s for ch in "\t\n\\"), s
        return s, fold_text(s), ascii_token(s)

    cum, total = [], 0.0
    for w in pools.surname_weights:
        total += w
        cum.append(total)
    complements = [None] * 6 + [f"Apto {n}" for n in (11, 12, 21, 32, 45, 101, 203)] + \
        ["Casa 2", "Casa 3", "Fundos", "Bloco A", "Bloco B", "Sala 5", "Loja 1"]
    return World(
        firsts=[triple(s) for s in pools.first_names], surnames=[triple(s) for s in pools.surnames],
        surname_cum=cum, streets=[triple(s) for s in pools.streets], districts=[triple(s) for s in pools.districts],
        cities=[(c, fold_text(c), uf, ddd, cep) for c, uf, ddd, cep, _w in CITIES],
        kinds=[triple(s) for s in BUSINESS_KINDS],
        complements=[None if c is None else (c, fold_text(c)) for c in complements],
        references=[(s, fold_text(s)) for s in REFERENCES], plans=plans, points=points,
        today=date.today(), sqlite=sqlite)


def _cpf(base: int) -> str:
    from desk_server.domain.documents import cpf_check_digits
    b = f"{base:09d}"
    return b + cpf_check_digits(b)


def _cnpj(base: int) -> str:
    from desk_server.domain.documents import cnpj_check_digits
    b = f"{base:08d}0001"
    return b + cnpj_check_digits(b)


OUIS = ("e48d8c", "4c5e0c", "dc2c6e", "50c7bf", "f4f26d", "00e0fc", "c83a35", "ac84c6", "d8073a", "2c3af2")


def _mac(n: int, salt: int) -> str:
    return OUIS[(n + salt) % len(OUIS)] + f"{((n * 2654435761) + salt * 7919) % (1 << 24):06x}"


def generate_chunk(world: World, start_id: int, count: int, seed: int) -> dict[str, list[tuple]]:
    """Rows of clients start_id .. start_id+count-1 and everything that hangs on them.

    Ids of child rows are derived from the parent's (subscription = client*4+k, ...) so chunks are
    independent and can be generated and loaded in parallel.
    """
    r = random.Random(seed)
    rnd = r.random
    choice = r.choice
    randrange = r.randrange
    w = world
    yes, no = (1, 0) if w.sqlite else ("t", "f")
    created = CREATED_SQLITE if w.sqlite else CREATED
    today_ord = w.today.toordinal()
    out = {t: [] for t in TABLES}
    clients, subs, contracts, invoices, contacts = (out["clients"], out["subscriptions"], out["contracts"],
                                                    out["invoices"], out["contacts"])
    accounts, domains, removed = out["email_accounts"], out["domains"], out["removed_identifiers"]
    firsts, surnames, cum = w.firsts, w.surnames, w.surname_cum
    free = ("gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br")

    def surname():
        return r.choices(surnames, cum_weights=cum)[0]

    for cid in range(start_id, start_id + count):
        pj = rnd() < 0.12
        if pj:
            kind, owner, partner = choice(w.kinds), surname(), surname()
            trade = (f"{kind[0]} {owner[0]}", f"{kind[1]} {owner[1]}")
            suffix = choice(("Ltda.", "ME", "EIRELI", "S/A", "EPP"))
            name = (f"{owner[0]} & {partner[0]} Comércio {suffix}", f"{owner[1]} & {partner[1]} comercio {suffix.lower()}")
            document = _cnpj(randrange(1, 10 ** 8))
            first_ascii, last_ascii = kind[2], owner[2]
            birth = None
        else:
            parts = [choice(firsts)]
            if rnd() < 0.3:
                parts.append(choice(firsts))
            if rnd() < 0.6:
                parts.append(surname())
            parts.append(surname())
            name = (" ".join(p[0] for p in parts), " ".join(p[1] for p in parts))
            trade = None
            document = _cpf(randrange(1, 10 ** 9))
            first_ascii, last_ascii = parts[0][2], parts[-1][2]
            birth = date.fromordinal(randrange(708_000, 732_000)).isoformat()
        city, city_f, uf, ddd, cep_prefix = choice(w.cities)
        street, district = choice(w.streets), choice(w.districts)
        number = str(randrange(1, 3000))
        comp = choice(w.complements)
        cep = (cep_prefix + f"{randrange(10 ** 8):08d}")[:8]
        search_address = " ".join(x for x in (street[1], number, comp[1] if comp else None, district[1], city_f,
                                              uf.lower(), cep) if x)
        if rnd() < 0.85:
            inst = (street[0], number, comp[0] if comp else None, district[0], city, uf, cep)
            search_install = search_address
        else:
            street2, district2 = choice(w.streets), choice(w.districts)
            number2 = str(randrange(1, 3000))
            inst = (street2[0], number2, None, district2[0], city, uf, cep)
            search_install = " ".join((street2[1], number2, district2[1], city_f, uf.lower(), cep))
        ref = choice(w.references) if rnd() < 0.3 else None
        status = "ativo" if rnd() < 0.9 else ("suspenso" if rnd() < 0.6 else "cancelado")
        phone = f"{ddd}{randrange(2000_0000, 6000_0000)}" if rnd() < 0.4 else None
        mobile = f"{ddd}9{randrange(6000_0000, 10 ** 8)}" if rnd() < 0.95 else None
        start = date.fromordinal(randrange(735_600, today_ord - 40))
        clients.append((
            cid, str(cid), "PJ" if pj else "PF", name[0], name[1], trade[0] if trade else None,
            trade[1] if trade else None, document,
            f"{randrange(10 ** 7, 10 ** 8)}-{randrange(10)}", birth, start.isoformat(), status,
            street[0], number, comp[0] if comp else None, district[0], city, uf, cep, *inst, search_address,
            search_install, city_f, phone, mobile,
            f"{first_ascii}.{last_ascii}{randrange(100)}@{choice(free)}" if rnd() < 0.6 else None,
            ref[0] if ref else None, ref[1] if ref else None, None, created))

        n_subs = 1 if rnd() < 0.75 else (2 if rnd() < 0.8 else 3)
        for k in range(n_subs):
            sid = cid * 4 + k
            plan_id, price, fibre = choice(w.plans)
            removed_sub = status == "cancelado" and rnd() < 0.5
            ip_n = cid * 2 + k
            ip = (f"100.{64 + (ip_n >> 16)}.{(ip_n >> 8) & 255}.{ip_n & 255}" if k < 2
                  else f"10.{(sid >> 16) & 255}.{(sid >> 8) & 255}.{sid & 255}")
            login = f"{first_ascii}.{last_ascii}{cid}" + (f"-{k}" if k else "")
            mac = _mac(sid, 1)
            subs.append((
                sid, cid, plan_id, status, login, str(randrange(10 ** 7, 10 ** 8)), ip, mac,
                _mac(sid, 2) if rnd() < 0.1 else None, _mac(sid, 3) if fibre else None,
                f"{choice(('ZTEG', 'HWTC', 'FHTT', 'ALCL'))}{(sid * 40503) % (1 << 32):08X}" if fibre else None,
                f"CIR-{2016 + sid % 10}-{sid:07d}" if pj else None,
                f"{ddd}3{sid % 10 ** 7:07d}" if rnd() < 0.08 else None,
                f"{sid:012d}" if rnd() < 0.04 else None, f"CAS{sid:09d}" if rnd() < 0.04 else None,
                choice(w.points), *inst, search_install, created, created if removed_sub else None))
            if removed_sub:
                rid = cid * 16
                removed.append((rid + k * 3, "login", login, cid, created, "Plano cancelado"))
                removed.append((rid + k * 3 + 1, "ip", ip, cid, created, None))
                removed.append((rid + k * 3 + 2, "mac", mac, cid, created, None))
                continue
            n_contracts = 1 if rnd() < 0.8 else randrange(2, 5)
            for j in range(n_contracts):
                c_start = start + timedelta(days=365 * j)
                contracts.append((sid * 8 + j, sid, f"{c_start.year}/{sid:08d}-{j}", c_start.isoformat(),
                                  (c_start + timedelta(days=365)).isoformat(), yes if j == n_contracts - 1 else no,
                                  created))
            for m in range(2):
                inv_id = sid * 8 + m
                due = w.today.replace(day=10) - timedelta(days=30 * m)
                paid = rnd() < 0.9 or due >= w.today
                invoices.append((inv_id, cid, sid, "Mensalidade", f"{(inv_id * 2654435761) % 10 ** 11:011d}",
                                 f"{inv_id:09d}", due.isoformat(), price,
                                 (due - timedelta(days=1)).isoformat() if paid else None,
                                 "0.00" if paid else price, created))
        if rnd() < 0.05:
            removed.append((cid * 16 + 15, "login", f"{first_ascii}{cid % 1000}", cid, created, "Login alterado"))
        if rnd() < 0.01:
            removed.append((cid * 16 + 14, "terminal", f"{ddd}3{cid % 10 ** 7:07d}", cid, created, None))
        if rnd() < 0.01:
            removed.append((cid * 16 + 13, "email", f"{first_ascii}{cid}@netbench.com.br", cid, created, None))
        if rnd() < 0.2:
            accounts.append((cid, cid, f"{first_ascii}.{last_ascii}{cid}@netbench.com.br", "netbench.com.br",
                             created, None))
        if pj and rnd() < 0.4:
            domains.append((cid, cid, f"{first_ascii}{last_ascii}{cid}.com.br", created, None))
        n_contacts = 0 if rnd() < 0.3 else (1 if rnd() < 0.65 else (2 if rnd() < 0.8 else 3))
        for k in range(n_contacts):
            if k == 0 and not pj and rnd() < 0.5:
                cname = name
            else:
                a, b = choice(firsts), surname()
                cname = (f"{a[0]} {b[0]}", f"{a[1]} {b[1]}")
            contacts.append((
                cid * 4 + k, cid, cname[0], cname[1], "Titular" if k == 0 else "Financeiro",
                f"{ddd}{randrange(2000_0000, 6000_0000)}" if rnd() < 0.25 else None,
                f"{ddd}9{randrange(6000_0000, 10 ** 8)}" if rnd() < 0.85 else None,
                f"{cname[1].split()[0]}.{cid}@{choice(free)}" if rnd() < 0.5 else None,
                created, created if rnd() < 0.03 else None))
    return out


def _copy_text(rows: list[tuple]) -> str:
    return "".join("\t".join("\\N" if v is None else str(v) for v in row) + "\n" for row in rows)


_WORLD: World | None = None
_PG_CONNINFO: str | None = None


def _pg_worker(task: tuple[int, int, int]) -> tuple[int, int]:
    import psycopg

    start, count, seed = task
    data = generate_chunk(_WORLD, start, count, seed)
    with psycopg.connect(_PG_CONNINFO) as conn:
        conn.execute("SET session_replication_role = replica")  # no FK triggers during the bulk load
        with conn.cursor() as cur:
            for table in TABLES:
                rows = data[table]
                if rows:
                    with cur.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as cp:
                        cp.write(_copy_text(rows))
        conn.commit()
    return start, sum(len(v) for v in data.values())


def _tasks(n: int, seed: int) -> list[tuple[int, int, int]]:
    return [(s, min(CHUNK, n + 1 - s), seed * 1_000_003 + s) for s in range(1, n + 1, CHUNK)]


def _progress(done: int, total: int, rows: int, started: float) -> None:
    print(f"\r  {done:>9,}/{total:,} clientes, {rows:>11,} linhas, {time.monotonic() - started:6.1f} s",
          end="", flush=True)


# --- database setup ---------------------------------------------------------------------------------

def pg_urls(admin_url: str) -> tuple[str, str]:
    url = make_url(admin_url).set(database=PG_DB)
    return url.render_as_string(hide_password=False), url.set(drivername="postgresql").render_as_string(
        hide_password=False)


def prepare_catalogs(url: str):
    """Migrations already applied: catalogs (demo ones) and the bench user; returns plans and points."""
    from sqlalchemy import select

    from desk_server.db import make_engine, make_session_factory, session_scope
    from desk_server.demo.clients import _ensure_catalogs
    from desk_server.domain.passwords import hash_password
    from desk_server.models import User
    from desk_server.models.clients import Plan, RoutingPoint

    engine = make_engine(url, pool_size=1)
    with session_scope(make_session_factory(engine)) as session:
        _ensure_catalogs(session)
        if not session.scalar(select(User.id).where(User.username == BENCH_USER)):
            session.add(User(username=BENCH_USER, name="Benchmark", role="operator",
                             password_hash=hash_password(BENCH_PASSWORD)))
        plans = [(p.id, f"{p.price:.2f}", p.name.startswith(("Fibra", "Empresarial")))
                 for p in session.scalars(select(Plan))]
        points = [p.id for p in session.scalars(select(RoutingPoint))]
    engine.dispose()
    return plans, points


def load_postgresql(admin_url: str, n: int, seed: int, reuse: bool) -> str:
    global _WORLD, _PG_CONNINFO
    import psycopg

    from desk_server import migrations

    sa_url, conninfo = pg_urls(admin_url)
    admin = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": PG_DB}).scalar()
        if exists and reuse:
            with psycopg.connect(conninfo) as c:
                have = c.execute("SELECT count(*) FROM clients").fetchone()[0]
            if have == n:
                print(f"reusando {PG_DB} ({have:,} clientes)")
                admin.dispose()
                return sa_url
            print(f"{PG_DB} tem {have:,} clientes, não {n:,}: recriando")
        conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{PG_DB}"'))
    admin.dispose()
    migrations.upgrade(sa_url)
    plans, points = prepare_catalogs(sa_url)

    t0 = time.monotonic()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)", (list(TABLES),)).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
    _WORLD = build_world(plans, points, sqlite=False)
    _PG_CONNINFO = conninfo
    print(f"gerando {n:,} clientes no PostgreSQL (COPY em 2 processos, índices de busca removidos)...")
    done = rows = 0
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for _start, count_rows in pool.imap_unordered(_pg_worker, _tasks(n, seed)):
            done = min(n, done + CHUNK)
            rows += count_rows
            _progress(done, n, rows, t0)
    print(f"\n  carga: {time.monotonic() - t0:.1f} s")

    t1 = time.monotonic()
    print(f"recriando {len(indexes)} índices (2 conexões em paralelo)...")
    _build_indexes_pg(conninfo, [d for _, d in indexes])
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for table in TABLES:
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 1) FROM {table}))")
        conn.execute("VACUUM ANALYZE")
    print(f"  índices + VACUUM ANALYZE: {time.monotonic() - t1:.1f} s; total {time.monotonic() - t0:.1f} s")
    return sa_url


def _index_worker(args: tuple[str, list[str]]) -> None:
    import psycopg

    conninfo, defs = args
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET max_parallel_maintenance_workers = 0")
        for d in defs:
            conn.execute(d)


def _build_indexes_pg(conninfo: str, defs: list[str]) -> None:
    # Largest first (GIN trigram builds dominate), alternating between the two connections.
    ordered = sorted(defs, key=lambda d: ("gin" not in d, "clients" not in d))
    halves = [ordered[0::2], ordered[1::2]]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_index_worker, [(conninfo, h) for h in halves])


def load_sqlite(path: Path, n: int, seed: int) -> str:
    from desk_server import migrations

    url = f"sqlite:///{path.as_posix()}"
    migrations.upgrade(url)
    plans, points = prepare_catalogs(url)
    world = build_world(plans, points, sqlite=True)
    t0 = time.monotonic()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ({})".format(",".join(f"'{t}'" for t in TABLES))).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    print(f"gerando {n:,} clientes no SQLite (executemany, índices removidos)...")
    rows = done = 0
    for start, count, chunk_seed in _tasks(n, seed):
        data = generate_chunk(world, start, count, chunk_seed)
        with conn:
            for table in TABLES:
                cols = COLUMNS[table]
                conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                 data[table])
                rows += len(data[table])
        done += count
        _progress(done, n, rows, t0)
    print(f"\n  carga: {time.monotonic() - t0:.1f} s")
    t1 = time.monotonic()
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    print(f"  índices + ANALYZE: {time.monotonic() - t1:.1f} s")
    return url


# --- query values sampled from the data -------------------------------------------------------------

def sample_values(url: str, n: int, seed: int, count: int = 600) -> dict[str, list[str]]:
    """Real values of each searchable field from random clients."""
    from desk_server.domain.documents import format_cnpj, format_cpf, format_phone

    r = random.Random(seed + 99)
    ids = sorted(r.sample(range(1, n + 1), min(n, count * 4)))
    in_ids = ",".join(map(str, ids))
    engine = create_engine(url, poolclass=NullPool)
    s: dict[str, list[str]] = {}

    def add(key, value):
        if value:
            s.setdefault(key, []).append(value)

    with engine.connect() as conn:
        for row in conn.execute(text(
                f"SELECT name, trade_name, code, document, person_type, phone, mobile, street, install_street, "
                f"city, reference, start_date, district FROM clients WHERE id IN ({in_ids})")):
            name = row.name
            words = name.split()
            add("name_full", name)
            add("name_two", " ".join(words[:2]))
            if len(words) >= 2:
                middle = name[len(words[0]) + 1:]
                add("name_part", middle[: r.randrange(5, 9)].strip())
                add("name_prefix", f"{words[0]} {words[1][:2]}")
            add("trade_name", row.trade_name)
            add("code", row.code)
            add("code_part", row.code[-4:-1] if len(row.code) > 4 else row.code[-3:])
            if row.person_type == "PF":
                add("cpf", format_cpf(row.document))
                add("cpf_part", row.document[2:8])
            else:
                add("cnpj", format_cnpj(row.document))
            add("phone", format_phone(row.phone))
            add("mobile", format_phone(row.mobile))
            add("street", row.street.split()[-1] if row.street else None)
            add("install_street", " ".join(row.install_street.split()[:2]) if row.install_street else None)
            add("city", row.city)
            add("reference", max(row.reference.split(), key=len) if row.reference else None)
            d = row.start_date if isinstance(row.start_date, date) else date.fromisoformat(str(row.start_date))
            add("start_date", d.strftime("%d/%m/%Y"))
        for row in conn.execute(text(
                f"SELECT login, ip, mac, mac2, mac_onu, serial_number, circuit_number, voice_terminal, smartcard, "
                f"cas FROM subscriptions WHERE client_id IN ({in_ids}) AND deleted_at IS NULL")):
            add("login", row.login)
            add("login_part", row.login.split(".")[-1][:6] if row.login else None)
            add("ip", row.ip)
            add("mac", "-".join(row.mac[i:i + 2] for i in range(0, 12, 2)).upper())
            if row.mac2:
                add("mac2", row.mac2)
            if row.mac_onu:
                add("mac_onu", ":".join(row.mac_onu[i:i + 2] for i in range(0, 12, 2)))
            add("serial", row.serial_number)
            add("circuit", row.circuit_number)
            add("voice_terminal", format_phone(row.voice_terminal))
            add("smartcard", row.smartcard)
            add("cas", row.cas)
        for row in conn.execute(text(f"SELECT name, email, mobile FROM contacts WHERE client_id IN ({in_ids}) "
                                     "AND deleted_at IS NULL")):
            add("contact_name", " ".join(row.name.split()[:2]))
            add("contact_email", row.email)
            add("contact_mobile", format_phone(row.mobile))
        for row in conn.execute(text(f"SELECT address FROM email_accounts WHERE client_id IN ({in_ids})")):
            add("email_account", row.address)
        for row in conn.execute(text(f"SELECT name FROM domains WHERE client_id IN ({in_ids})")):
            add("domain", row.name.split(".")[0][-8:])
        for row in conn.execute(text(f"SELECT boleto_number, nf_number FROM invoices WHERE client_id IN ({in_ids})")):
            add("boleto", row.boleto_number)
            add("invoice_number", row.nf_number)
        for row in conn.execute(text(
                f"SELECT c.number FROM contracts c JOIN subscriptions s ON s.id = c.subscription_id "
                f"WHERE s.client_id IN ({in_ids})")):
            add("contract", row.number)
        for row in conn.execute(text(f"SELECT kind, value FROM removed_identifiers WHERE client_id IN ({in_ids})")):
            if row.kind in ("ip", "mac"):
                add("deleted_ip_mac", row.value)
            else:
                add("deleted_" + row.kind, format_phone(row.value) if row.kind == "terminal" else row.value)
    engine.dispose()
    from desk_server.demo.client_generator import COMMON_SURNAMES
    words = list(COMMON_SURNAMES)
    s["name_common"] = [r.choices(words, [COMMON_SURNAMES[w] for w in words])[0] for _ in range(200)]
    from desk_server.domain.protocols import format_protocol, make_protocol
    s["protocol"] = [format_protocol(make_protocol(date(2026, 11, 22), i)) for i in range(1, 200)]
    for values in s.values():
        r.shuffle(values)
    return s


# (label, field, condition, sample key, target kind) — target kinds: "name" (p95 < 50 ms on PG at 1M),
# "exact" (p95 < 15 ms), None (no stated target; measured anyway)
CASES = [
    ("name", "contains", "name_common", "name"),
    ("name", "contains", "name_two", "name"),
    ("name", "contains", "name_part", "name"),
    ("name", "starts_with", "name_prefix", None),
    ("name", "equals", "name_full", None),
    ("code", "equals", "code", "exact"),
    ("code", "contains", "code_part", None),
    ("cpf", "equals", "cpf", "exact"),
    ("cpf", "contains", "cpf_part", None),
    ("cnpj", "equals", "cnpj", "exact"),
    ("mac", "equals", "mac", "exact"),
    ("mac2", "equals", "mac2", "exact"),
    ("mac_onu", "equals", "mac_onu", "exact"),
    ("ip", "equals", "ip", "exact"),
    ("login", "equals", "login", "exact"),
    ("login", "contains", "login_part", None),
    ("protocol", "equals", "protocol", "exact"),
    ("trade_name", "contains", "trade_name", None),
    ("contact_name", "contains", "contact_name", None),
    ("address", "contains", "street", None),
    ("install_address", "contains", "install_street", None),
    ("city", "equals", "city", None),
    ("reference", "contains", "reference", None),
    ("phone", "equals", "phone", None),
    ("mobile", "equals", "mobile", None),
    ("contact_mobile", "equals", "contact_mobile", None),
    ("start_date", "equals", "start_date", None),
    ("email_account", "equals", "email_account", None),
    ("domain", "contains", "domain", None),
    ("contact_email", "equals", "contact_email", None),
    ("boleto", "equals", "boleto", None),
    ("invoice_number", "equals", "invoice_number", None),
    ("contract", "equals", "contract", None),
    ("circuit", "equals", "circuit", None),
    ("serial", "equals", "serial", None),
    ("voice_terminal", "equals", "voice_terminal", None),
    ("smartcard", "equals", "smartcard", None),
    ("cas", "equals", "cas", None),
    ("deleted_login", "equals", "deleted_login", None),
    ("deleted_email", "equals", "deleted_email", None),
    ("deleted_ip_mac", "equals", "deleted_ip_mac", None),
    ("deleted_terminal", "equals", "deleted_terminal", None),
    ("any", "contains", "name_two", None),
    ("any", "contains", "cpf", None),
    ("any", "contains", "mac", None),
    ("any", "contains", "ip", None),
    ("any", "contains", "mobile", None),
]


# --- measuring --------------------------------------------------------------------------------------

class RawRunner:
    """The SQL the API would run for (q, field, condition), executed with the bare driver."""

    def __init__(self, url: str):
        from desk_server.domain import search  # noqa: F401  (registers the fields)

        self.engine = create_engine(url, poolclass=NullPool)
        self.dialect = self.engine.dialect
        self.kind = self.dialect.name
        if self.kind == "postgresql":
            import psycopg
            conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn = psycopg.connect(conninfo, autocommit=True)
        else:
            self.conn = sqlite3.connect(make_url(url).database)
        self.like_settings = None

    def compile(self, q: str, field: str, condition: str, limit: int):
        from desk_server.domain.search import plan, statement

        compiled = []
        steps = plan(q, field, condition)
        self.set_like_settings(any(step.condition != "equals" for step in steps))
        for step in steps:
            built = statement(step, self.kind, limit + 1)
            if built is None:
                continue
            stmt, bound = built
            c = stmt.compile(dialect=self.dialect)
            params = c.construct_params(bound)
            if self.kind == "postgresql":
                compiled.append((str(c), params, step.final_if_found))
            else:
                values = [params[name] for name in c.positiontup]
                values = [v.isoformat() if isinstance(v, date) else v for v in values]
                compiled.append((str(c), values, step.final_if_found))
        return compiled

    def set_like_settings(self, on: bool) -> None:
        """What search_clients sets per transaction for LIKE searches on PostgreSQL (not timed)."""
        if self.kind != "postgresql" or on == self.like_settings:
            return
        if on:
            self.conn.execute("SET plan_cache_mode = force_custom_plan")
            self.conn.execute("SET cpu_index_tuple_cost = 1")
        else:
            self.conn.execute("RESET plan_cache_mode")
            self.conn.execute("RESET cpu_index_tuple_cost")
        self.like_settings = on

    def run(self, compiled, limit: int) -> tuple[float, int]:
        seen: set[int] = set()
        started = time.perf_counter()
        cur = self.conn.cursor()
        for sql, params, final_if_found in compiled:  # the same early stops as search_clients
            cur.execute(sql, params)
            for row in cur.fetchall():
                seen.add(row[0])
            if len(seen) > limit or (final_if_found and seen):
                break
        elapsed = time.perf_counter() - started
        cur.close()
        return elapsed, min(len(seen), limit)

    def close(self):
        self.conn.close()
        self.engine.dispose()


def measure(server: ServerProcess, url: str, samples: dict[str, list[str]], requests: int, warmup: int,
            limit: int = 50):
    token = server.login(BENCH_USER, BENCH_PASSWORD)
    raw = RawRunner(url)
    results = []
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        def api(q, field, condition):
            started = time.perf_counter()
            response = client.get("/api/v1/clients/search",
                                  params={"q": q, "field": field, "condition": condition, "limit": limit})
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise RuntimeError(f"{field}/{condition} {q!r}: HTTP {response.status_code} {response.text[:300]}")
            return elapsed, response.json()["count"]

        baseline_times: list[float] = []

        def baseline() -> float:
            """The fixed cost of any API call here: HTTP + token check, no search (GET /users/me)."""
            started = time.perf_counter()
            client.get("/api/v1/users/me").raise_for_status()
            return time.perf_counter() - started

        # global warm-up: every case once or twice
        for field, condition, key, _target in CASES:
            for q in samples.get(key, [])[:2]:
                api(q, field, condition)
                raw.run(raw.compile(q, field, condition, limit), limit)
        for field, condition, key, target in CASES:
            values = samples.get(key) or []
            if not values:
                print(f"  (sem valores para {field}/{condition})")
                continue
            api_times, sql_times, counts = [], [], []
            for i in range(warmup + requests):
                q = values[i % len(values)]
                compiled = raw.compile(q, field, condition, limit)
                t_api, n_api = api(q, field, condition)
                t_sql, _n_sql = raw.run(compiled, limit)
                t_base = baseline()
                if i >= warmup:
                    api_times.append(t_api)
                    sql_times.append(t_sql)
                    counts.append(n_api)
                    baseline_times.append(t_base)
            results.append((field, condition, key, target, api_times, sql_times, counts))
    raw.close()
    return results, baseline_times


def report(results, baseline_times, engine: str, n: int, load: tuple[float, float]) -> int:
    rows = []
    failures = []
    for field, condition, key, target, api_t, sql_t, counts in results:
        a50, a95, s50, s95 = (pct(api_t, .5) * 1000, pct(api_t, .95) * 1000, pct(sql_t, .5) * 1000,
                              pct(sql_t, .95) * 1000)
        label = f"{field} ({key})" if key not in (field,) else field
        goal = ""
        if engine == "postgresql" and target == "name":
            goal = "p95<50" + (" ok" if a95 < 50 else " FALHA")
            if a95 >= 50:
                failures.append(f"{label} {condition}: p95 {a95:.1f} ms >= 50 ms")
        elif engine == "postgresql" and target == "exact":
            goal = "p95<15" + (" ok" if a95 < 15 else " FALHA")
            if a95 >= 15:
                failures.append(f"{label} {condition}: p95 {a95:.1f} ms >= 15 ms")
        elif engine == "sqlite":
            goal = "p95<150" + (" ok" if a95 < 150 else " FALHA")
            if a95 >= 150:
                failures.append(f"{label} {condition}: p95 {a95:.1f} ms >= 150 ms")
        rows.append([label, condition, f"{sum(counts) / len(counts):.0f}", f"{a50:.2f}", f"{a95:.2f}",
                     f"{s50:.2f}", f"{s95:.2f}", f"{a50 / s50:.1f}x" if s50 else "-",
                     f"{a95 / s95:.1f}x" if s95 else "-", goal])
    print()
    print(f"Localizar Cliente — {engine}, {n:,} clientes; tempos em ms; API = HTTP+auth+JSON, SQL = mesma "
          "consulta no driver")
    print_table(["campo", "condição", "linhas", "API p50", "API p95", "SQL p50", "SQL p95", "API/SQL p50",
                 "API/SQL p95", "meta"], rows)
    print()
    print(f"Custo fixo de qualquer chamada (GET /api/v1/users/me: HTTP + token, sem pesquisa), medido intercalado: "
          f"p50 {pct(baseline_times, .5) * 1000:.2f} ms, p95 {pct(baseline_times, .95) * 1000:.2f} ms")
    print(f"Carga da máquina (load average 1 min) no início/fim das medições: {load[0]:.1f} / {load[1]:.1f} "
          f"({os.cpu_count()} CPUs)")
    if failures:
        print("Metas não atingidas:")
        for f in failures:
            print("  - " + f)
    else:
        print("Todas as metas de tempo atingidas.")
    return 0


def main() -> int:
    from desk_server.app import install_search_extensions

    install_search_extensions()  # the raw-SQL side compiles the same fields as the server (protocol...)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("postgresql", "sqlite"), default=None)
    parser.add_argument("--clients", type=int, default=None)
    parser.add_argument("--requests", type=int, default=None, help="medições por campo/condição")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="pequeno e rápido (CI): < 60 s")
    parser.add_argument("--keep", action="store_true", help="não apaga o banco gerado")
    parser.add_argument("--reuse", action="store_true", help="usa o banco de um --keep anterior (PostgreSQL)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--postgres-url", default=os.environ.get(
        "DESK_BENCH_POSTGRES_URL", os.environ.get("DESK_TEST_POSTGRES_URL",
                                                  "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")))
    args = parser.parse_args()
    engine = args.engine or ("sqlite" if args.quick else "postgresql")
    n = args.clients or (3000 if args.quick else (1_000_000 if engine == "postgresql" else 100_000))
    requests = args.requests or (8 if args.quick else 40)
    warmup = 2 if args.quick else args.warmup

    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="isp-desk-bench-search-"))
    url = None
    try:
        if engine == "postgresql":
            url = load_postgresql(args.postgres_url, n, args.seed, args.reuse)
        else:
            url = load_sqlite(workdir / "bench.db", n, args.seed)
        samples = sample_values(url, n, args.seed, count=150 if args.quick else 600)
        with ServerProcess(url, workdir / "data") as server:
            load_before = os.getloadavg()[0]
            results, baseline_times = measure(server, url, samples, requests, warmup)
            load_after = os.getloadavg()[0]
        report(results, baseline_times, engine, n, (load_before, load_after))
        print(f"\ntempo total: {time.monotonic() - started:.1f} s")
        return 0
    finally:
        if engine == "postgresql" and url and not args.keep:
            admin = create_engine(args.postgres_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)'))
            admin.dispose()
        if args.keep and engine == "sqlite":
            print(f"banco mantido em {workdir / 'bench.db'}")
        else:  # the server's data folder (logs) goes with it; a kept PostgreSQL database stays
            import shutil
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
