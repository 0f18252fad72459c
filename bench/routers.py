#!/usr/bin/env python3
"""Router polling and live session lookups against a farm of simulated MikroTiks.

  python bench/routers.py            20 routers x 5,000 PPPoE sessions (DESIGN §7 targets)
  python bench/routers.py --quick    3 routers x 500 sessions, for CI (< 60 s)
  options: --routers N --sessions N --db postgresql|sqlite --lookups N --poll-deadline S --threads N

What it does:
1. starts the farm in a SEPARATE process (`python -m routeros_sim --routers N --base-port P ...`), so
   the simulator does not share the GIL with the poller, plus a "hung" router: a plain socket in a
   third process that accepts connections and never answers;
2. a throwaway database (PostgreSQL on 127.0.0.1:5432 by default, or SQLite), migrated, with one
   router row per simulated router;
3. poll cycles of the real RouterPoller (status + /ppp/active + pppoe-in byte counters of every router,
   then the database writes: status, online-session diff, traffic samples by COPY) next to raw
   librouteros fetching the same data with a ThreadPoolExecutor over already-open connections;
4. the same cycle with the hung router added: the healthy routers' completion must not grow;
5. live lookups of one subscription through the real HTTP API (`GET /subscriptions/{id}/connection`
   on a server process), p50/p95, next to raw librouteros sending the same two commands.
Prints the figures and the ratios ours / raw.
"""
from __future__ import annotations

import argparse
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIM_PASSWORD = "bench-pass"
PG_ADMIN = os.environ.get("DESK_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

HUNG_SERVER = r"""
import socket, sys, threading
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", int(sys.argv[1]))); srv.listen(64)
print("hung listening", flush=True)
held = []
def drain(c):
    try:
        while c.recv(65536):
            pass
    except OSError:
        pass
while True:
    conn, _ = srv.accept(); held.append(conn)
    threading.Thread(target=drain, args=(conn,), daemon=True).start()
"""


# -- small helpers ----------------------------------------------------------------------------------

def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p * (len(ordered) - 1))))]


def port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def free_port_range(count: int) -> int:
    rnd = random.Random()
    for _ in range(200):
        base = rnd.randrange(20000, 60000 - count)
        if all(port_free(base + i) for i in range(count)):
            return base
    raise RuntimeError("no free port range")


def start_process(cmd, ready: str, timeout: float = 120.0, env=None) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
                            env=env or os.environ.copy())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[:4]} exited with {proc.returncode}")
            continue
        if ready in line:
            return proc
    proc.kill()
    raise RuntimeError(f"{cmd[:4]} not ready in {timeout} s")


def stop_process(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


class Database:
    def __init__(self, kind: str, workdir: Path):
        self.kind = kind
        self.name = f"isp_desk_bench_routers_{uuid.uuid4().hex[:8]}"
        if kind == "sqlite":
            self.url = f"sqlite:///{(workdir / 'bench.db').as_posix()}"
        else:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            self._admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
            with self._admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
            self.url = make_url(PG_ADMIN).set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if self.kind == "postgresql":
            from sqlalchemy import text

            with self._admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self._admin.dispose()


def pick_db(requested: str | None) -> str:
    if requested:
        return requested
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(PG_ADMIN)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return "postgresql"
    except Exception:  # noqa: BLE001 - no PostgreSQL: the embedded default
        return "sqlite"


# -- setup ------------------------------------------------------------------------------------------

def seed_database(url: str, secret: str, base_port: int, routers: int, sample_logins: dict[int, list[str]]):
    """Routers pointing at the farm, plus the minimum client registry for subscription lookups."""
    from desk_server import migrations
    from desk_server.db import make_engine, make_session_factory
    from desk_server.domain.passwords import hash_password
    from desk_server.models import User
    from desk_server.models.clients import Client, Network, Plan, RoutingPoint, Subscription
    from desk_server.models.routers import Router
    from desk_server.routeros.crypto import encrypt_password

    migrations.upgrade(url)
    engine = make_engine(url, pool_size=2)
    factory = make_session_factory(engine)
    subscription_ids: list[tuple[int, str]] = []
    with factory() as session:
        session.add(User(username="bench", name="Bench", role="operator", password_hash=hash_password("bench-pass")))
        network = Network(name="Rede Bench")
        session.add(network)
        session.flush()
        plan = Plan(name="Bench 100M", download_mbps=100, upload_mbps=20, price=99, network_id=network.id)
        client = Client(code="B0001", person_type="PF", name="Cliente Bench", search_name="cliente bench")
        session.add_all([plan, client])
        session.flush()
        enc = encrypt_password(secret, SIM_PASSWORD)
        for i in range(routers):
            router = Router(name=f"RB-Bench-{i:02d}", host="127.0.0.1", port=base_port + i, username="admin",
                            password_encrypted=enc)
            session.add(router)
            session.flush()
            point = RoutingPoint(name=f"POP Bench {i:02d}", network_id=network.id, router_id=router.id)
            session.add(point)
            session.flush()
            for login in sample_logins.get(i, []):
                sub = Subscription(client_id=client.id, plan_id=plan.id, login=login, routing_point_id=point.id,
                                   mac="aabbccddeeff")
                session.add(sub)
                session.flush()
                subscription_ids.append((sub.id, login))
        session.commit()
    engine.dispose()
    return subscription_ids


def raw_connect(port: int):
    import librouteros

    return librouteros.connect("127.0.0.1", "admin", SIM_PASSWORD, port=port, encoding="utf-8", timeout=30)


def raw_fetch(api) -> int:
    """What one poll asks, with plain librouteros calls."""
    list(api.rawCmd("/system/identity/print"))
    list(api.rawCmd("/system/resource/print", "=.proplist=version,cpu-load,uptime,board-name"))
    sessions = list(api.rawCmd("/ppp/active/print", "=.proplist=.id,name,address,caller-id,uptime,session-id"))
    counters = list(api.rawCmd("/interface/print", "?type=pppoe-in", "=.proplist=name,rx-byte,tx-byte"))
    return len(sessions) + len(counters)


def farm_logins(base_port: int, routers: int, per_router: int) -> dict[int, list[str]]:
    out = {}
    for i in range(routers):
        api = raw_connect(base_port + i)
        names = [r["name"] for r in api.rawCmd("/ppp/active/print", "=.proplist=name")]
        api.close()
        out[i] = [str(n) for n in random.Random(i).sample(names, min(per_router, len(names)))]
    return out


# -- measurements -----------------------------------------------------------------------------------

def poll_cycles(url, secret, threads, deadline, cycles, hung_port=None, routers=0):
    from desk_server.db import make_engine, make_session_factory
    from desk_server.routeros.poller import RouterPoller
    from desk_server.routeros.service import RouterService
    from desk_server.routeros.settings import RouterSettings

    class S:
        resolved_secret_key = secret

    engine = make_engine(url, pool_size=threads + 2)
    factory = make_session_factory(engine)
    rs = RouterSettings(router_poll_deadline=deadline, router_io_timeout=min(10.0, deadline),
                        router_poller_threads=threads, router_max_backoff=0)
    svc = RouterService(factory, S(), rs)
    poller = RouterPoller(svc, owner="bench")
    reports = []
    try:
        for _ in range(cycles):
            reports.append(poller.run_cycle(force=True, timeout=deadline + 30))
    finally:
        svc.close()
        poller.stop()
        engine.dispose()
    return reports


def describe(report, hung_ids=()):
    healthy = [r for r in report.results if r.router_id not in hung_ids]
    ok = all(r.ok for r in healthy)
    healthy_done = max((r.finished for r in healthy), default=report.started) - report.started
    return {
        "cycle": report.seconds, "healthy_done": healthy_done, "ok": ok,
        "fetch_max": max((r.fetch_seconds for r in healthy), default=0),
        "write_sum": sum(r.write_seconds for r in healthy),
        "sessions": sum(r.sessions or 0 for r in healthy),
        "samples": sum(r.samples for r in healthy),
        "errors": [(r.router_id, r.error) for r in report.results if not r.ok],
    }


def raw_parallel(base_port: int, routers: int, repeat: int) -> list[float]:
    apis = [raw_connect(base_port + i) for i in range(routers)]
    times = []
    try:
        with ThreadPoolExecutor(max_workers=routers) as pool:
            for _ in range(repeat):
                started = time.perf_counter()
                list(pool.map(raw_fetch, apis))
                times.append(time.perf_counter() - started)
    finally:
        for api in apis:
            api.close()
    return times


def http_lookups(url_db, secret, data_dir, subs, count):
    import httpx

    env = {**os.environ, "DESK_DATABASE_URL": url_db, "DESK_DATA_DIR": str(data_dir), "DESK_SECRET_KEY": secret,
           "DESK_RUN_WORKERS": "0"}
    env.pop("DESK_DEMO", None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / "server.log", "ab") as log:
        server = subprocess.Popen([sys.executable, "-m", "desk_server", "serve", "--host", "127.0.0.1", "--port",
                                   str(port), "--workers", "1"], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("bench server did not start")
            time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=20) as http:
            token = http.post("/api/v1/auth/login", json={"username": "bench", "password": "bench-pass"}).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            rnd = random.Random(3)
            for sub_id, _login in subs[:10]:  # warm-up: pools open, code paths hot
                http.get(f"/api/v1/subscriptions/{sub_id}/connection", headers=headers)
            times, online = [], 0
            for _ in range(count):
                sub_id, _login = rnd.choice(subs)
                started = time.perf_counter()
                response = http.get(f"/api/v1/subscriptions/{sub_id}/connection", headers=headers)
                times.append(time.perf_counter() - started)
                body = response.json()
                if response.status_code != 200 or body.get("router_error"):
                    raise RuntimeError(f"lookup failed: {response.status_code} {response.text[:200]}")
                online += bool(body["online"])
        return times, online
    finally:
        stop_process(server)


def raw_lookups(base_port, sample_logins, count):
    apis = {i: raw_connect(base_port + i) for i in sample_logins}
    pairs = [(i, login) for i, logins in sample_logins.items() for login in logins]
    rnd = random.Random(3)
    times = []
    try:
        for _ in range(count):
            i, login = rnd.choice(pairs)
            api = apis[i]
            started = time.perf_counter()
            rows = list(api.rawCmd("/ppp/active/print", "=.proplist=.id,name,address,caller-id,uptime,session-id",
                                   f"?name={login}"))
            if rows:
                list(api.rawCmd("/interface/monitor-traffic", f"=interface=<pppoe-{login}>", "=once="))
            times.append(time.perf_counter() - started)
    finally:
        for api in apis.values():
            api.close()
    return times


# -- main -------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 routers x 500 sessions (CI)")
    parser.add_argument("--routers", type=int)
    parser.add_argument("--sessions", type=int)
    parser.add_argument("--db", choices=["postgresql", "sqlite"])
    parser.add_argument("--lookups", type=int)
    parser.add_argument("--cycles", type=int, default=3, help="steady-state poll cycles measured")
    parser.add_argument("--threads", type=int, default=8, help="poller threads (DESK_ROUTER_POLLER_THREADS)")
    parser.add_argument("--poll-deadline", type=float, default=None,
                        help="per-router poll deadline (default 10 s, 4 s with --quick)")
    args = parser.parse_args()
    routers = args.routers or (3 if args.quick else 20)
    sessions = args.sessions or (500 if args.quick else 5000)
    lookups = args.lookups or (60 if args.quick else 300)
    args.poll_deadline = args.poll_deadline or (4.0 if args.quick else 10.0)
    kind = pick_db(args.db)
    secret = secrets.token_urlsafe(36)
    workdir = Path(tempfile.mkdtemp(prefix="isp-desk-bench-routers-"))
    base_port = free_port_range(routers + 1)
    hung_port = base_port + routers
    print(f"farm: {routers} routers x {sessions} sessions on 127.0.0.1:{base_port}..{base_port + routers - 1} "
          f"(separate process); hung router on :{hung_port}; database: {kind}; poller threads: {args.threads}; "
          f"poll deadline: {args.poll_deadline:g} s; machine: {os.cpu_count()} CPUs", flush=True)
    farm = hung = None
    db = None
    started_all = time.perf_counter()
    try:
        t0 = time.perf_counter()
        farm = start_process([sys.executable, "-m", "routeros_sim", "--routers", str(routers), "--base-port",
                              str(base_port), "--sessions", str(sessions), "--password", SIM_PASSWORD,
                              "--max-sessions", "20"], "press Ctrl+C", timeout=300)
        hung = start_process([sys.executable, "-c", HUNG_SERVER, str(hung_port)], "hung listening")
        print(f"  farm up in {time.perf_counter() - t0:.1f} s", flush=True)
        sample = farm_logins(base_port, routers, max(5, 200 // routers))
        db = Database(kind, workdir)
        subs = seed_database(db.url, secret, base_port, routers, sample)

        # 1. poll cycles ------------------------------------------------------------------------
        reports = poll_cycles(db.url, secret, args.threads, args.poll_deadline, 1 + args.cycles)
        first, steady = describe(reports[0]), [describe(r) for r in reports[1:]]
        for d in [first, *steady]:
            if not d["ok"]:
                print(f"  errors: {d['errors'][:3]}")
        cycle = statistics.median(d["cycle"] for d in steady)
        fetch = statistics.median(d["fetch_max"] for d in steady)
        writes = statistics.median(d["write_sum"] for d in steady)
        raw = raw_parallel(base_port, routers, args.cycles)
        raw_median = statistics.median(raw)
        print("\npoll cycle (status + /ppp/active + pppoe-in counters + database writes), all routers:")
        print(f"  first cycle (inserts {first['sessions']} online rows + {first['samples']} samples): "
              f"{first['cycle']:.2f} s")
        print(f"  steady cycle, median of {len(steady)}: {cycle:.2f} s  (target < 10 s)  "
              f"[slowest router fetch {fetch:.2f} s; DB writes {writes:.2f} s summed over routers]")
        print(f"  raw librouteros, same commands, {routers} threads, open connections, no DB: "
              f"{raw_median:.2f} s (median of {len(raw)})")
        print(f"  ratio ours / raw: {cycle / raw_median:.2f}x")

        # 2. with a hung router -------------------------------------------------------------------
        from desk_server.db import make_engine, make_session_factory
        from desk_server.models.routers import Router
        from desk_server.routeros.crypto import encrypt_password

        engine = make_engine(db.url, pool_size=1)
        with make_session_factory(engine)() as session:
            row = Router(name="RB-Travado", host="127.0.0.1", port=hung_port, username="admin",
                         password_encrypted=encrypt_password(secret, SIM_PASSWORD))
            session.add(row)
            session.commit()
            hung_id = row.id
        engine.dispose()
        with_hung = poll_cycles(db.url, secret, args.threads, args.poll_deadline, 1)
        d_hung = describe(with_hung[-1], hung_ids=(hung_id,))
        hung_result = next(r for r in with_hung[-1].results if r.router_id == hung_id)
        print(f"\nsame cycle with one hung router (accepts, never answers; deadline {args.poll_deadline:g} s):")
        print(f"  healthy routers done after: {d_hung['healthy_done']:.2f} s  (without the hung one: "
              f"{statistics.median(d['healthy_done'] for d in steady):.2f} s)")
        print(f"  hung router: {hung_result.error!r} after {hung_result.seconds:.2f} s; whole cycle "
              f"{d_hung['cycle']:.2f} s (the background loop never waits for it)")

        # 3. live lookups ---------------------------------------------------------------------------
        times, online = http_lookups(db.url, secret, workdir / "server", subs, lookups)
        raw_times = raw_lookups(base_port, sample, lookups)
        p50, p95 = pct(times, 0.5) * 1000, pct(times, 0.95) * 1000
        r50, r95 = pct(raw_times, 0.5) * 1000, pct(raw_times, 0.95) * 1000
        print(f"\nlive lookup of one subscription, GET /subscriptions/{{id}}/connection through HTTP "
              f"({lookups} lookups, {online} online):")
        print(f"  ours: p50 {p50:.1f} ms, p95 {p95:.1f} ms  (target p95 < 150 ms)")
        print(f"  raw librouteros (/ppp/active ?name= + monitor-traffic once): p50 {r50:.1f} ms, p95 {r95:.1f} ms")
        print(f"  ratio ours / raw: p50 {p50 / r50:.2f}x, p95 {p95 / r95:.2f}x")
        print(f"\nbench total {time.perf_counter() - started_all:.0f} s")
        return 0
    finally:
        stop_process(hung)
        stop_process(farm)
        if db is not None:
            db.drop()


if __name__ == "__main__":
    sys.exit(main())
