#!/usr/bin/env python3
"""The e-mail outbox under a crash: N messages queued through the API of a real server process whose
background sender delivers them to a real SMTP server (aiosmtpd) on loopback; the server is killed
with SIGKILL when half of them have arrived, and started again. Every message must arrive exactly
once (counted by Message-ID at the SMTP server) and the database must show them all `sent`.

  python bench/outbox.py                     # 1,000 messages, embedded SQLite
  python bench/outbox.py --engine postgresql # the same on PostgreSQL (database isp_desk_bench_outbox)
  python bench/outbox.py --quick             # CI: 120 messages (~10 s)

Target (DESIGN §7): all delivered exactly once, < 60 s in all.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx
from aiosmtpd.controller import Controller
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import ServerProcess, free_port
from desk_server import migrations
from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.domain.protocols import make_protocol
from desk_server.domain.tokens import new_token, token_digest
from desk_server.models import AuthToken, Cargo, User, utcnow
from desk_server.models.emails import Email
from desk_server.models.tickets import Protocol, Ticket, TicketType

DB_NAME = "isp_desk_bench_outbox"
PG_ADMIN = os.environ.get("DESK_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
TICKETS = 20
TARGET_S = 60.0


class Sink:
    """Counts what the SMTP server accepted, by Message-ID."""

    def __init__(self):
        self.port = free_port()
        self.ids: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):
        for line in envelope.content.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                with self.lock:
                    self.ids[line.split(b":", 1)[1].strip().decode()] += 1
                break
        return "250 OK"

    def received(self) -> int:
        with self.lock:
            return sum(self.ids.values())


def prepare(url: str) -> tuple[str, list[int]]:
    migrations.upgrade(url)
    engine = make_engine(url, pool_size=1)
    today, now = date.today() + timedelta(days=400), utcnow()
    with session_scope(make_session_factory(engine)) as session:
        user = User(username="bench.op", name="Operadora Bench", role="operator", password_hash="-")
        cargo = Cargo(name="Suporte Bench")
        session.add_all([user, cargo])
        session.flush()
        token = new_token()
        session.add(AuthToken(token_hash=token_digest(token), user_id=user.id, client_info="bench",
                              expires_at=now + timedelta(hours=2)))
        ticket_type = TicketType(name="Bench e-mail", sla_hours=24)
        session.add(ticket_type)
        session.flush()
        tickets = []
        for i in range(TICKETS):
            number = make_protocol(today, 800000 + i)
            session.add(Protocol(number=number, day=today, sequence=800000 + i, reserved_by_id=user.id, status="used"))
            tickets.append(Ticket(protocol=number, kind="client", ticket_type_id=ticket_type.id, channel="phone",
                                  assigned_cargo_id=cargo.id, opened_by_id=user.id, sla_due_at=now + timedelta(hours=24),
                                  idempotency_key=number, request_hash="-"))
        session.add_all(tickets)
        session.flush()
        ids = [t.id for t in tickets]
    engine.dispose()
    return token, ids


def queue_all(url: str, token: str, ticket_ids: list[int], count: int, server_ref: dict) -> float:
    """POST every message (8 at a time); a request that meets a dead server is retried with the same
    Idempotency-Key until the restarted server answers, so none is queued twice."""
    started = time.perf_counter()

    def one(i: int) -> None:
        key = uuid.uuid4().hex
        body = {"to": [f"cliente{i}@exemplo.com.br"], "subject": f"Mensagem {i} — protocolo {{protocolo}}",
                "body": f"Olá! Mensagem número {i}.\n"}
        while True:
            try:
                r = httpx.post(f"{server_ref['url']}/api/v1/tickets/{ticket_ids[i % len(ticket_ids)]}/emails",
                               json=body, headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
                               timeout=15)
                if r.status_code in (200, 202):
                    return
                if r.status_code < 500 and r.status_code != 409:
                    raise RuntimeError(f"{r.status_code} {r.text}")
            except httpx.HTTPError:
                pass
            time.sleep(0.1)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(one, range(count)))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="120 messages (for CI)")
    args = parser.parse_args()
    count = 120 if args.quick else args.messages
    tmp = Path(tempfile.mkdtemp(prefix="isp-desk-bench-outbox-"))
    admin = None
    if args.engine == "sqlite":
        url = f"sqlite:///{(tmp / 'bench.db').as_posix()}"
    else:
        admin = create_engine(PG_ADMIN, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
        url = make_url(PG_ADMIN).set(database=DB_NAME).render_as_string(hide_password=False)
    sink = Sink()
    sink.controller.start()
    try:
        token, ticket_ids = prepare(url)

        def server() -> ServerProcess:
            s = ServerProcess(url, tmp / "data")
            s.env.update({"DESK_RUN_WORKERS": "1", "DESK_SMTP_HOST": "127.0.0.1", "DESK_SMTP_PORT": str(sink.port),
                          "DESK_SMTP_FROM": "atendimento@provedor.com.br", "DESK_MAIL_POLL_SECONDS": "0.2",
                          "DESK_SMTP_RETRY_FIRST_SECONDS": "0.5"})
            return s.__enter__()

        first = server()
        ref = {"url": first.url}
        started = time.perf_counter()
        queuer = threading.Thread(target=lambda: ref.update(queue_s=queue_all(url, token, ticket_ids, count, ref)))
        queuer.start()
        while sink.received() < count // 2:
            time.sleep(0.01)
        os.kill(first.proc.pid, signal.SIGKILL)
        first.proc.wait()
        killed_at, delivered_at_kill = time.perf_counter() - started, sink.received()
        second = server()
        ref["url"] = second.url
        restarted_at = time.perf_counter() - started
        queuer.join()
        engine = make_engine(url, pool_size=1)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                sent = conn.scalar(select(func.count()).select_from(Email).where(Email.status == "sent"))
                total = conn.scalar(select(func.count()).select_from(Email))
            if total == count and sent == count and sink.received() >= count:
                break
            time.sleep(0.05)
        total_s = time.perf_counter() - started
        with engine.connect() as conn:
            rows = conn.execute(select(Email.message_id, Email.status, Email.attempts, Email.last_error)).all()
        engine.dispose()
        second.__exit__(None, None, None)
    finally:
        sink.controller.stop()
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
        shutil.rmtree(tmp, ignore_errors=True)
    queued_ids = {r.message_id for r in rows}
    duplicates = sum(1 for n in sink.ids.values() if n > 1)
    missing = len(queued_ids - set(sink.ids))
    foreign = len(set(sink.ids) - queued_ids)
    recovered = sum(1 for r in rows if r.last_error and "considerado entregue" in r.last_error)
    retried = sum(1 for r in rows if r.attempts > 1)
    print(f"engine {args.engine}: {count} messages queued through the API ({len(queued_ids)} rows, "
          f"queueing took {ref.get('queue_s', float('nan')):.1f} s with 8 clients)")
    print(f"  server killed (SIGKILL) at {killed_at:.1f} s with {delivered_at_kill} delivered; "
          f"restarted and answering at {restarted_at:.1f} s")
    print(f"  delivered {sum(sink.ids.values())} (unique {len(sink.ids)}), duplicates {duplicates}, "
          f"missing {missing}, unknown {foreign}; sent again after the crash {retried}, "
          f"settled as delivered {recovered}")
    print(f"  total {total_s:.1f} s (target < {TARGET_S:.0f} s): {total_s / TARGET_S:.2f}× the target")
    ok = duplicates == 0 and missing == 0 and foreign == 0 and len(queued_ids) == count
    print("RESULT:", "PASS" if ok and total_s < TARGET_S else ("PASS (slow)" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
