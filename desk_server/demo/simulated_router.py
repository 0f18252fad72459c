"""The demo's concentrator: a RouterOS API simulator serving the demo subscriptions' PPPoE sessions.

    python -m desk_server.demo.simulated_router [--port 18728] [--relogin-after 10]

Reads the demo database through Settings() (DESK_DATABASE_URL / DESK_DATA_DIR, as the server does),
takes the subscriptions whose routing point is linked to the demo router "RB-Centro (simulado)" (all
subscriptions with a login when none is linked yet) and starts a SimulatedRouter on 127.0.0.1 with
user admin / password demo123 where:
- active subscriptions are online with their registered IP as address and registered MAC as
  caller-id, except about 1 in 20 (offline) and two whose equipment has another MAC (caller-id
  differs from the registry: the panel warns);
- suspended and cancelled subscriptions are offline;
- like a real CPE, a customer disconnected through the API logs in again after --relogin-after
  seconds (0 = stays offline).

Runs until SIGTERM/SIGINT.
"""
from __future__ import annotations

import argparse
import logging
import random
import signal
import sys
import threading

from sqlalchemy import select

from .routers import DEMO_ROUTER_NAME, DEMO_ROUTER_PASSWORD, DEMO_ROUTER_PORT, DEMO_ROUTER_USER

log = logging.getLogger("desk_server.demo.simulated_router")

OFFLINE_EVERY = 20
OTHER_MAC_INDEXES = (7, 13)


def _mac_text(mac: str | None) -> str | None:
    if not mac or len(mac) != 12:
        return None
    return ":".join(mac[i:i + 2] for i in range(0, 12, 2)).upper()


def demo_sessions(rows: list[tuple[int, str, str | None, str | None, str]]) -> tuple[list[dict], dict]:
    """Sessions for (subscription id, login, ip, mac, status) rows; also says who is special."""
    sessions, offline, other_mac = [], [], []
    active = [r for r in sorted(rows) if r[4] == "ativo"]
    for index, (sub_id, login, ip, mac, _status) in enumerate(active):
        if index % OFFLINE_EVERY == OFFLINE_EVERY - 1:
            offline.append(login)
            continue
        caller_id = _mac_text(mac)
        if index in OTHER_MAC_INDEXES:
            caller_id = f"E4:8D:8C:{index:02X}:{sub_id % 256:02X}:5A"
            other_mac.append(login)
        entry = {"name": login}
        if ip and ":" not in ip:
            entry["address"] = ip
        if caller_id:
            entry["caller_id"] = caller_id
        sessions.append(entry)
    inactive = [r[1] for r in rows if r[4] != "ativo"]
    return sessions, {"offline": offline, "other_mac": other_mac, "inactive": inactive}


def load_rows(settings) -> list[tuple[int, str, str | None, str | None, str]]:
    from ..db import make_engine, make_session_factory
    from ..models.clients import RoutingPoint, Subscription
    from ..models.routers import Router

    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    try:
        with make_session_factory(engine)() as session:
            router_id = session.scalar(select(Router.id).where(Router.name == DEMO_ROUTER_NAME))
            base = (select(Subscription.id, Subscription.login, Subscription.ip, Subscription.mac, Subscription.status)
                    .where(Subscription.login.is_not(None), Subscription.deleted_at.is_(None)))
            rows = []
            if router_id is not None:
                rows = session.execute(base.join(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
                                       .where(RoutingPoint.router_id == router_id)).all()
            if not rows:
                rows = session.execute(base).all()
            return [tuple(r) for r in rows]
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk_server.demo.simulated_router",
                                     description="Simulated MikroTik of the ISP Desk demo")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEMO_ROUTER_PORT)
    parser.add_argument("--relogin-after", type=float, default=10.0,
                        help="seconds until a disconnected customer logs in again (0: never)")
    parser.add_argument("--identity", default="RB-Centro")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from routeros_sim import SimulatedRouter

    from ..config import Settings

    settings = Settings()
    try:
        rows = load_rows(settings)
    except Exception as exc:  # noqa: BLE001 - a missing/old database is explained, not a traceback
        print(f"não foi possível ler o banco de demonstração ({settings.sqlalchemy_url}): {exc}\n"
              "Rode 'isp-desk-server demo-data' antes.", file=sys.stderr)
        return 1
    sessions, special = demo_sessions(rows)
    router = SimulatedRouter(identity=args.identity, username=DEMO_ROUTER_USER, password=DEMO_ROUTER_PASSWORD,
                             logins=sessions if rows else None, sessions=200, seed=7, host=args.host,
                             port=args.port)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        router.start()
    except OSError as exc:
        print(f"não foi possível abrir {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(f"{router.identity} (simulado) ouvindo em {router.host}:{router.port}: {router.session_count} sessões "
          f"online, usuário {DEMO_ROUTER_USER!r}", flush=True)
    print(f"  offline: {', '.join(special['offline'][:8])}{' …' if len(special['offline']) > 8 else ''}", flush=True)
    print(f"  MAC diferente do cadastro: {', '.join(special['other_mac'])}", flush=True)
    print("Ctrl+C ou SIGTERM para parar", flush=True)

    expected = set(router.logins)
    pending: set[str] = set()
    rnd = random.Random(5)
    try:
        while not stop.wait(1.0):
            if args.relogin_after <= 0:
                continue
            online = set(router.logins)
            pending -= online
            for login in expected - online - pending:
                delay = args.relogin_after * rnd.uniform(0.7, 1.3)
                router.schedule_login(login, delay)
                pending.add(login)
                log.info("%s desconectado: reconecta em %.0f s", login, delay)
            expected |= online
    finally:
        router.stop()
    print("parado", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
