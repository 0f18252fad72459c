#!/usr/bin/env python3
"""Ticket creation under 50 concurrent operators, against a real server process.

Each simulated operator logs in as its own user (created by the bench), then repeatedly
reserves a protocol (POST /api/v1/protocols) and opens a ticket on it (POST /api/v1/tickets with an
Idempotency-Key); a share of the creations are sent twice, as a client retry would, and must come
back as the same ticket (200). Half of the subscriptions sit on a network with an open "Falha
massiva" ticket, so those tickets go through the parent/child linking (the worst case: every
operator links to the same parent row at once). Use --no-outage to leave it out.

At the end the database is checked: protocol numbers reserved twice, tickets per protocol > 1 and
tickets the clients were told about but that are missing must all be 0.

  python bench/tickets.py                       # PostgreSQL, 50 operators, 30 s
  python bench/tickets.py --engine sqlite       # embedded SQLite file
  python bench/tickets.py --quick               # CI: 50 operators, 10 s of load (< 60 s in all)
  python bench/tickets.py --tickets 5000        # stop after M tickets instead of N seconds
  python bench/tickets.py --think-ms 0          # saturation: no pause at all (max throughput)

Pacing: each operator pauses --think-ms (default 2000 ms, ±50 %) between tickets, i.e. 50 operators
offer up to ~25 tickets/s (90,000 an hour — a real operator opens one every few minutes). With
--think-ms 0 the operators fire back to back: that measures the server's capacity, and latency is
then just 50 / throughput (Little's law), whatever the code does.

PostgreSQL: creates the throwaway database isp_desk_bench_tickets (dropped at the end, unless
--keep) through DESK_BENCH_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
"""
from __future__ import annotations

import argparse
import os
import random
import secrets
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import BenchDatabase, ServerProcess, pct
from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.domain.passwords import hash_password
from desk_server.domain.tokens import new_token, token_digest
from desk_server.models import AuthToken, Cargo, User, utcnow
from desk_server.models.clients import Client, Network, Plan, RoutingPoint, Subscription
from desk_server.models.tickets import Protocol, Ticket, TicketType

DB_NAME = "isp_desk_bench_tickets"
PASSWORD = "bench-" + secrets.token_hex(6)
TARGET_P95_MS = 100.0
RETRY_SHARE = 0.05  # creations sent twice on purpose (idempotency under load)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (Linux /proc), 0 if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def postgres_backends_cpu(db_name: str) -> float:
    """CPU of the PostgreSQL backends serving `db_name` (their titles name the database)."""
    total = 0.0
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                title = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if title.startswith("postgres: ") and f" {db_name} " in title:
                total += cpu_seconds(int(proc.name))
    return total


# -- database -----------------------------------------------------------------------------------

def seed(url: str, operators: int, outage: bool) -> dict:
    """Users (each with a session token: 50 argon2 logins would only time the password hash), a
    cargo, ticket types, 2 networks, 400 clients with one subscription each."""
    engine = make_engine(url, pool_size=1)
    factory = make_session_factory(engine)
    password_hash = hash_password(PASSWORD)
    with session_scope(factory) as session:
        users = [User(username=f"bench_op_{i:02d}", name=f"Operador Bench {i:02d}", role="operator",
                      password_hash=password_hash) for i in range(operators)]
        session.add_all(users)
        session.flush()
        tokens = [new_token() for _ in users]
        session.add_all([AuthToken(token_hash=token_digest(tok), user_id=u.id, client_info="bench",
                                   expires_at=utcnow() + timedelta(hours=2)) for u, tok in zip(users, tokens)])
        cargo = Cargo(name="Suporte N1", members=users)
        session.add(cargo)
        session.flush()
        no_conn = TicketType(name="Sem conexão", sla_hours=4, default_cargo_id=cargo.id)
        outage_type = TicketType(name="Falha massiva", sla_hours=2, allows_linking=True, default_cargo_id=cargo.id)
        session.add_all([no_conn, outage_type])
        nets = [Network(name="Rede Norte"), Network(name="Rede Sul")]
        session.add_all(nets)
        session.flush()
        points = [RoutingPoint(name=f"Concentrador {n.name}", network_id=n.id) for n in nets]
        ap = RoutingPoint(name="Torre Norte", network_id=nets[0].id, kind="access_point")
        plan = Plan(name="Fibra 300", download_mbps=300, upload_mbps=150, price=99.9)
        session.add_all([*points, ap, plan])
        session.flush()
        clients = []
        for i in range(400):
            name = f"Cliente Bench {i:04d}"
            client = Client(code=f"B{i:05d}", person_type="PF", name=name, search_name=name.lower())
            clients.append(client)
        session.add_all(clients)
        session.flush()
        subs = [Subscription(client_id=c.id, plan_id=plan.id, routing_point_id=points[i % 2].id,
                             login=f"bench{i:04d}") for i, c in enumerate(clients)]
        session.add_all(subs)
        session.flush()
        info = {"tokens": tokens, "type_id": no_conn.id, "outage_type_id": outage_type.id, "cargo_id": cargo.id, "ap_id": ap.id,
                "subs": [(s.client_id, s.id) for s in subs], "outage": outage}
    engine.dispose()
    return info


# -- operators ----------------------------------------------------------------------------------

class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.reserve_ms: list[float] = []
        self.create_ms: list[float] = []
        self.numbers: list[str] = []
        self.tickets: dict[int, str] = {}  # id → protocol
        self.linked = 0
        self.replays = 0
        self.replay_mismatch = 0
        self.errors: Counter = Counter()
        self.created = 0


def operator(index: int, base: str, token: str, info: dict, stop: threading.Event, budget: list[int],
             think: float, results: Results, start_gate: threading.Barrier) -> None:
    rng = random.Random(index)
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        start_gate.wait()
        if think:  # operators do not all press the button in the same millisecond: staggered start
            stop.wait(think * rng.random())
        while not stop.is_set():
            with results.lock:
                if budget[0] <= 0:
                    break
                budget[0] -= 1
            t0 = time.perf_counter()
            r = client.post("/api/v1/protocols", json={"channel": "phone", "kind": "client"})
            t1 = time.perf_counter()
            if r.status_code != 201:
                with results.lock:
                    results.errors[f"reserve {r.status_code}"] += 1
                continue
            number = r.json()["number"]
            client_id, sub_id = rng.choice(info["subs"])
            body = {"protocol": number, "kind": "client", "client_id": client_id, "subscription_id": sub_id,
                    "ticket_type_id": info["type_id"], "channel": "phone",
                    "destination": {"cargo_id": info["cargo_id"]},
                    "problem": "Cliente sem conexão desde a manhã", "checks": "Roteador reiniciado"}
            key = str(uuid.uuid4())
            t2 = time.perf_counter()
            c = client.post("/api/v1/tickets", json=body, headers={"Idempotency-Key": key})
            t3 = time.perf_counter()
            replay = None
            if c.status_code == 201 and rng.random() < RETRY_SHARE:
                replay = client.post("/api/v1/tickets", json=body, headers={"Idempotency-Key": key})
            with results.lock:
                results.reserve_ms.append((t1 - t0) * 1000)
                results.numbers.append(number)
                if c.status_code != 201:
                    results.errors[f"create {c.status_code}"] += 1
                else:
                    results.create_ms.append((t3 - t2) * 1000)
                    ticket = c.json()
                    results.tickets[ticket["id"]] = number
                    results.created += 1
                    results.linked += ticket["parent_id"] is not None
                    if replay is not None:
                        results.replays += 1
                        if replay.status_code != 200 or replay.json()["id"] != ticket["id"]:
                            results.replay_mismatch += 1
            if think:
                stop.wait(think * rng.uniform(0.5, 1.5))


def open_outage(base: str, token: str, info: dict) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    number = httpx.post(f"{base}/api/v1/protocols", json={}, headers=headers).json()["number"]
    r = httpx.post(f"{base}/api/v1/tickets", headers={**headers, "Idempotency-Key": "bench-outage"}, json={
        "protocol": number, "kind": "access_point", "access_point_id": info["ap_id"],
        "ticket_type_id": info["outage_type_id"], "channel": "phone",
        "destination": {"cargo_id": info["cargo_id"]}, "problem": "Torre sem energia"})
    r.raise_for_status()
    return r.json()["id"]


def check_database(url: str) -> dict:
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        dup_protocols = conn.execute(select(func.count()).select_from(
            select(Protocol.number).group_by(Protocol.number).having(func.count() > 1).subquery())).scalar()
        dup_day_seq = conn.execute(select(func.count()).select_from(
            select(Protocol.day, Protocol.sequence).group_by(Protocol.day, Protocol.sequence)
            .having(func.count() > 1).subquery())).scalar()
        multi_tickets = conn.execute(select(func.count()).select_from(
            select(Ticket.protocol).group_by(Ticket.protocol).having(func.count() > 1).subquery())).scalar()
        rows = dict(conn.execute(select(Ticket.id, Ticket.protocol)).all())
        protocols = conn.execute(select(func.count()).select_from(Protocol)).scalar()
    engine.dispose()
    return {"dup_protocols": dup_protocols + dup_day_seq, "multi_tickets": multi_tickets, "rows": rows,
            "protocols": protocols}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--operators", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--tickets", type=int, default=0, help="stop after this many tickets (0: use --seconds)")
    parser.add_argument("--think-ms", type=float, default=2000.0,
                        help="mean pause between an operator's tickets (0: back to back)")
    parser.add_argument("--quick", action="store_true", help="CI mode: 10 s of load")
    parser.add_argument("--no-outage", action="store_true", help="no open parent ticket (no linking)")
    parser.add_argument("--keep", action="store_true", help="keep the database and the server log")
    args = parser.parse_args()
    if args.quick:
        args.seconds = min(args.seconds, 10.0)

    started = time.perf_counter()
    db = BenchDatabase(args.engine, args.keep, DB_NAME)
    try:
        db.create()
        info = seed(db.url, args.operators, outage=not args.no_outage)
        with ServerProcess(db.url, db.tmp / "data") as server:
            login = httpx.post(f"{server.url}/api/v1/auth/login", timeout=60,
                               json={"username": "bench_op_00", "password": PASSWORD})
            login.raise_for_status()  # one real login; the others use the tokens made by seed()
            tokens = [login.json()["token"], *info["tokens"][1:]]
            if not args.no_outage:
                open_outage(server.url, tokens[0], info)
            results = Results()
            stop = threading.Event()
            budget = [args.tickets if args.tickets > 0 else 10**12]
            gate = threading.Barrier(args.operators + 1)
            threads = [threading.Thread(target=operator, daemon=True, args=(
                i, server.url, tokens[i], info, stop, budget, args.think_ms / 1000, results, gate))
                for i in range(args.operators)]
            for t in threads:
                t.start()
            gate.wait()
            t0 = time.perf_counter()
            cpu0 = (cpu_seconds(server.proc.pid), postgres_backends_cpu(DB_NAME), time.process_time())
            if args.tickets > 0:
                while any(t.is_alive() for t in threads):
                    time.sleep(0.05)
            else:
                stop.wait(args.seconds)
                stop.set()
            for t in threads:
                t.join(60)
            elapsed = time.perf_counter() - t0
            cpu1 = (cpu_seconds(server.proc.pid), postgres_backends_cpu(DB_NAME), time.process_time())
        check = check_database(db.url)
    finally:
        db.drop()

    missing = [tid for tid, number in results.tickets.items() if check["rows"].get(tid) != number]
    client_dups = len(results.numbers) - len(set(results.numbers))
    iterations = [r + c for r, c in zip(results.reserve_ms, results.create_ms)]
    print(f"engine={args.engine} operators={args.operators} think={args.think_ms:.0f} ms "
          f"{'tickets=' + str(args.tickets) if args.tickets else f'seconds={args.seconds:.0f}'} "
          f"outage={'no' if args.no_outage else 'yes'}")
    print(f"tickets created: {results.created} in {elapsed:.1f} s → {results.created / elapsed:.1f} tickets/s "
          f"({(len(results.reserve_ms) + results.created + results.replays) / elapsed:.0f} requests/s); "
          f"linked to the outage parent: {results.linked}")
    print(f"{'latency (ms)':<22}{'p50':>8}{'p95':>8}{'p99':>8}{'max':>8}{'p95/target':>12}")
    for label, values in (("reserve protocol", results.reserve_ms), ("create ticket", results.create_ms),
                          ("reserve + create", iterations)):
        p95 = pct(values, 0.95)
        print(f"{label:<22}{pct(values, 0.5):8.1f}{p95:8.1f}{pct(values, 0.99):8.1f}"
              f"{max(values, default=float('nan')):8.1f}{p95 / TARGET_P95_MS:12.2f}")
    per = 1000 / max(1, results.created)
    cpu = [b - a for a, b in zip(cpu0, cpu1)]
    print(f"CPU per ticket (ms): server process {cpu[0] * per:.1f}, PostgreSQL backends still open at the end "
          f"{cpu[1] * per if args.engine == 'postgresql' else float('nan'):.1f}, bench clients {cpu[2] * per:.1f}; "
          f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"idempotent retries: {results.replays}, answered with another ticket or not 200: "
          f"{results.replay_mismatch}")
    print(f"errors: {dict(results.errors) or 0}")
    print(f"duplicates: protocol numbers given twice to clients {client_dups}, reserved twice in the database "
          f"{check['dup_protocols']}, protocols with more than one ticket {check['multi_tickets']}, "
          f"tickets announced but missing {len(missing)}")
    ok_dups = client_dups == check["dup_protocols"] == check["multi_tickets"] == len(missing) == 0
    ok_latency = pct(results.create_ms, 0.95) < TARGET_P95_MS and pct(results.reserve_ms, 0.95) < TARGET_P95_MS
    ok = ok_dups and not results.errors and results.replay_mismatch == 0 and results.created > 0
    print(f"verdict: duplicates {'OK (0)' if ok_dups else 'FAIL'}; p95 < {TARGET_P95_MS:.0f} ms "
          f"{'OK' if ok_latency else 'NOT MET'}; total run {time.perf_counter() - started:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
