"""Command line: run one or more simulated routers until SIGINT/SIGTERM.

    python -m routeros_sim --port 8728 --sessions 500 --identity RB-Demo \\
        --username admin --password demo123 [--logins-file logins.txt] \\
        [--routers N --base-port P]

A logins file has one subscriber per line: `login [address [caller-id]]`;
blank lines and `#` comments are ignored.  With several routers the logins
are dealt round-robin (line i goes to router i mod N).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from .farm import farm_identity
from .loop import LoopThread
from .router import SimulatedRouter


def read_logins(path: Path) -> list[dict[str, str]]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        entry = {"name": fields[0]}
        if len(fields) > 1:
            entry["address"] = fields[1]
        if len(fields) > 2:
            entry["caller_id"] = fields[2]
        entries.append(entry)
    return entries


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m routeros_sim",
                                     description="RouterOS API simulator (speaks the real wire protocol).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8728, help="port of the first router (0 = any free)")
    parser.add_argument("--base-port", type=int, default=None,
                        help="with --routers: router i listens on BASE_PORT + i (defaults to --port)")
    parser.add_argument("--routers", type=int, default=1, help="number of routers")
    parser.add_argument("--sessions", type=int, default=500, help="generated sessions per router")
    parser.add_argument("--seed", type=int, default=1, help="seed of the first router (router i: seed + i)")
    parser.add_argument("--identity", default="RB-Demo",
                        help="identity; with several routers a neighbourhood-style name is appended")
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default="")
    parser.add_argument("--logins-file", type=Path, default=None,
                        help="explicit subscriber logins instead of generated ones")
    parser.add_argument("--ros-version", default="7.16.1", help="RouterOS version to report")
    parser.add_argument("--max-sessions", type=int, default=20, help="API max-sessions per router")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.routers < 1:
        print("--routers must be at least 1", file=sys.stderr)
        return 2
    base_port = args.base_port if args.base_port is not None else args.port
    logins = read_logins(args.logins_file) if args.logins_file else None

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    loop = LoopThread()
    taken: set[str] = set()
    routers = []
    for i in range(args.routers):
        identity = args.identity if args.routers == 1 else f"{args.identity}-{farm_identity(i)[3:]}"
        routers.append(SimulatedRouter(
            identity=identity, username=args.username, password=args.password,
            sessions=args.sessions, seed=args.seed + i,
            logins=logins[i::args.routers] if logins is not None else None,
            version=args.ros_version, max_sessions=args.max_sessions, host=args.host,
            port=base_port + i if base_port else 0, loop=loop, taken_logins=taken,
        ))

    try:
        loop.start()
        for router in routers:
            router.start()
            print(f"{router.identity} listening on {router.host}:{router.port} "
                  f"({router.session_count} sessions, user {router.username!r}, RouterOS {router.version})",
                  flush=True)
        print("press Ctrl+C to stop", flush=True)
        while not stop.wait(0.5):
            pass
    except OSError as exc:
        print(f"cannot start: {exc}", file=sys.stderr)
        return 1
    finally:
        for router in routers:
            router.stop()
        loop.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
