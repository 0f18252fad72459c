"""The RouterOS menus the simulator implements and what their commands answer.

Handlers fill a `Reply` (a list of encoded sentences); the connection decides
how and when those bytes reach the socket, which is where faults are applied.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import ip_address, wire
from .query import QueryError, Row, compile_query
from .sessions import (
    Clock,
    Profile,
    Session,
    SessionStore,
    format_rate,
    format_uptime,
    parse_duration,
)


class ApiTrap(Exception):
    """Abort a command with `!trap` (+ `!done`), the way RouterOS reports errors."""

    def __init__(self, message: str, category: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.category = category


# Trap categories documented for the RouterOS API.
CATEGORY_MISSING_ITEM = 0
CATEGORY_ARGUMENT = 1
CATEGORY_INTERRUPTED = 2


@dataclass
class Command:
    word: str
    args: dict[str, str] = field(default_factory=dict)
    queries: list[str] = field(default_factory=list)
    tag: str | None = None


class Reply:
    """Sentences answering one command, each carrying the command's `.tag`."""

    def __init__(self, tag: str | None, flush: Callable[[Reply], Awaitable[None]] | None = None):
        self._tag = wire.tag_word(tag)
        self.sentences: list[bytes] = []
        self.sent = 0  # sentences already written to the socket (the drop fault counts them)
        self._flush = flush

    def re(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.sentences.append(wire.encode_reply(wire.RE, pairs, self._tag))

    def done(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.sentences.append(wire.encode_reply(wire.DONE, pairs, self._tag))

    def trap(self, message: str, category: int | None = None) -> None:
        pairs = [] if category is None else [("category", str(category))]
        pairs.append(("message", message))
        self.sentences.append(wire.encode_reply(wire.TRAP, pairs, self._tag))

    async def flush(self) -> None:
        """Send what is buffered now (used by streaming commands)."""
        if self._flush is not None and self.sentences:
            await self._flush(self)


def fatal_sentence(message: str) -> bytes:
    # !fatal carries its reason as a bare word, not as =message=.
    return wire.FATAL + wire.encode_word(message) + wire.END_OF_SENTENCE


# ---------------------------------------------------------------------------------------
# Router model


class _Uplink:
    """Traffic model for a physical port: a Session-shaped object over a fixed profile."""

    def __init__(self, name: str, mac: str, model: Session) -> None:
        self.name = name
        self.mac = mac
        self.model = model


class RouterModel:
    """Everything menus read or change for one router."""

    def __init__(self, *, identity: str, version: str, store: SessionStore, clock: Clock,
                 seed: int) -> None:
        self.identity = identity
        self.version = version if "(" in version else f"{version} (stable)"
        self.store = store
        self.clock = clock
        rng = random.Random(seed ^ 0x5F3759DF)
        # The router has been up longer than its oldest session.
        self.boot_at = clock() - max(store.max_uptime(), 0) - rng.uniform(3600, 20 * 86400)
        self.total_memory = 16 * 1024 * 1024 * 1024
        self.uplinks = self._make_uplinks(rng)

    def _make_uplinks(self, rng: random.Random) -> list[_Uplink]:
        sessions = self.store.snapshot()
        # Not every subscriber peaks at once; cap the mean so a 10G uplink stays plausible.
        subscriber_bps = min(sum(s.profile.down_bps for s in sessions), 7e9) or 5_000_000
        mac_base = [0x48, 0xA9, 0x8A, rng.randrange(256), rng.randrange(256), rng.randrange(0, 240)]
        uplinks = []
        for index, (name, down_bps) in enumerate(
                (("ether1", subscriber_bps), ("ether2", 1_500_000), ("ether3", 300_000)), start=1):
            profile = Profile(
                login=name, address="", caller_id="", plan="", up_mbps=10_000, down_mbps=10_000,
                down_bps=down_bps, up_ratio=rng.uniform(0.1, 0.2), a1=0.25,
                w1=2 * math.pi / rng.uniform(300, 900), p1=rng.uniform(0, 6.3), a2=0.08,
                w2=2 * math.pi / rng.uniform(10, 30), p2=rng.uniform(0, 6.3), password="",
            )
            mac = ":".join(f"{b:02X}" for b in (*mac_base[:5], mac_base[5] + index - 1))
            uplinks.append(_Uplink(name, mac, Session(profile, index, index, 0, self.boot_at)))
        return uplinks

    def uptime(self) -> str:
        return format_uptime(self.clock() - self.boot_at)


# ---------------------------------------------------------------------------------------
# Rows


def ppp_active_row(s: Session, now: float) -> Row:
    p = s.profile
    return {
        ".id": f"*{s.sid:X}", "name": p.login, "service": "pppoe", "caller-id": p.caller_id,
        "address": p.address, "uptime": format_uptime(now - s.login_at), "encoding": "",
        "session-id": f"0x{s.session_id:08X}", "limit-bytes-in": "0", "limit-bytes-out": "0",
        "radius": "false",
    }


def ppp_active_rows(model: RouterModel) -> Iterator[Row]:
    now = model.clock()
    for s in model.store.snapshot():
        yield ppp_active_row(s, now)


def _ether_row(model: RouterModel, uplink: _Uplink, now: float) -> Row:
    # On the uplink, subscriber downloads arrive (rx) and uploads leave (tx).
    down, up, down_pk, up_pk = uplink.model.counters(now)
    return {
        ".id": f"*{uplink.model.iid:X}", "name": uplink.name, "default-name": uplink.name,
        "type": "ether", "mtu": "1500", "actual-mtu": "1500", "l2mtu": "1592", "max-l2mtu": "9570",
        "mac-address": uplink.mac, "link-downs": "0", "rx-byte": str(down), "tx-byte": str(up),
        "rx-packet": str(down_pk), "tx-packet": str(up_pk), "rx-drop": "0", "tx-drop": "0",
        "tx-queue-drop": "0", "rx-error": "0", "tx-error": "0", "running": "true", "slave": "false",
        "dynamic": "false", "disabled": "false",
    }


def _pppoe_interface_row(s: Session, now: float) -> Row:
    # On a pppoe-in interface the router receives the subscriber's upload and
    # transmits their download: tx = download, rx = upload.
    down, up, down_pk, up_pk = s.counters(now)
    return {
        ".id": f"*{s.iid:X}", "name": s.interface, "type": "pppoe-in", "mtu": "1480",
        "actual-mtu": "1480", "link-downs": "0", "rx-byte": str(up), "tx-byte": str(down),
        "rx-packet": str(up_pk), "tx-packet": str(down_pk), "rx-drop": "0", "tx-drop": "0",
        "tx-queue-drop": "0", "rx-error": "0", "tx-error": "0", "running": "true", "slave": "false",
        "dynamic": "true", "disabled": "false",
    }


def interface_rows(model: RouterModel) -> Iterator[Row]:
    now = model.clock()
    for uplink in model.uplinks:
        yield _ether_row(model, uplink, now)
    for s in model.store.snapshot():
        yield _pppoe_interface_row(s, now)


def queue_rows(model: RouterModel) -> Iterator[Row]:
    now = model.clock()
    for s in model.store.snapshot():
        p = s.profile
        down, up, down_pk, up_pk = s.counters(now)
        down_bps, up_bps, _, _ = s.rates(now)
        yield {
            ".id": f"*{0x1000000 + s.iid:X}", "name": s.interface, "target": s.interface,
            "parent": "none", "packet-marks": "", "priority": "8/8",
            "queue": "default-small/default-small", "limit-at": "0/0",
            "max-limit": f"{format_rate(p.up_mbps * 1_000_000)}/{format_rate(p.down_mbps * 1_000_000)}",
            "burst-limit": "0/0", "burst-threshold": "0/0", "burst-time": "0s/0s",
            "bucket-size": "0.1/0.1", "bytes": f"{up}/{down}", "total-bytes": "0",
            "packets": f"{up_pk}/{down_pk}", "total-packets": "0", "dropped": "0/0",
            "rate": f"{up_bps}/{down_bps}", "packet-rate": "0/0", "queued-packets": "0/0",
            "queued-bytes": "0/0", "invalid": "false", "dynamic": "true", "disabled": "false",
        }


def resource_rows(model: RouterModel) -> Iterator[Row]:
    now = model.clock()
    count = len(model.store)
    wave = math.sin(now / 90.0) * 4 + math.sin(now / 7.0) * 1.5
    cpu_load = max(0, min(100, int(3 + count / 250 + wave)))
    used = 420 * 1024 * 1024 + count * 48 * 1024 + int((math.sin(now / 60.0) + 1) * 8 * 1024 * 1024)
    yield {
        "uptime": model.uptime(), "version": model.version, "build-time": "2024-10-10 14:03:32",
        "factory-software": "7.6", "free-memory": str(model.total_memory - used),
        "total-memory": str(model.total_memory), "cpu": "ARM64", "cpu-count": "16",
        "cpu-frequency": "2000", "cpu-load": str(cpu_load), "free-hdd-space": "97239040",
        "total-hdd-space": "134217728", "write-sect-since-reboot": "10583",
        "write-sect-total": "1294821", "bad-blocks": "0", "architecture-name": "arm64",
        "board-name": "CCR2116-12G-4S+", "platform": "MikroTik",
    }


def identity_rows(model: RouterModel) -> Iterator[Row]:
    yield {"name": model.identity}


def secret_rows(model: RouterModel) -> Iterator[Row]:
    yield from model.store.secrets()


# ---------------------------------------------------------------------------------------
# Commands

_PRINT_ARGS = frozenset({".proplist", "count-only", "detail", "stats", "without-paging", "terse",
                         "brief", "value-list", "show-ids", "all", "oid"})


def _check_args(cmd: Command, allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    for name in cmd.args:
        if name not in allowed:
            raise ApiTrap(f"unknown parameter {name}", CATEGORY_ARGUMENT)


def make_print(rows: Callable[[RouterModel], Iterable[Row]]):
    def print_command(model: RouterModel, cmd: Command, reply: Reply) -> None:
        _check_args(cmd, _PRINT_ARGS)
        try:
            predicate = compile_query(cmd.queries)
        except QueryError as exc:
            raise ApiTrap(str(exc), CATEGORY_ARGUMENT) from exc
        proplist = cmd.args.get(".proplist")
        keys = [k for k in proplist.split(",") if k] if proplist is not None else None
        count_only = "count-only" in cmd.args
        matched = 0
        for row in rows(model):
            if predicate is not None and not predicate(row):
                continue
            matched += 1
            if count_only:
                continue
            reply.re(row.items() if keys is None else [(k, row[k]) for k in keys if k in row])
        reply.done([("ret", str(matched))] if count_only else ())

    return print_command


def _ids(cmd: Command) -> list[str]:
    raw = cmd.args.get(".id", cmd.args.get("numbers"))
    if not raw:
        raise ApiTrap("missing value(s) of argument(s) .id", CATEGORY_ARGUMENT)
    return [part for part in raw.split(",") if part]


def _parse_sid(ident: str) -> int | None:
    if not ident.startswith("*"):
        return None
    try:
        return int(ident[1:], 16)
    except ValueError:
        return None


def ppp_active_remove(model: RouterModel, cmd: Command, reply: Reply) -> None:
    _check_args(cmd, {".id", "numbers"})
    store = model.store
    targets: list[int] = []
    for ident in _ids(cmd):
        sid = _parse_sid(ident)
        if sid is None:
            session = store.get(ident)
            sid = session.sid if session is not None else None
        if sid is None or not store.has_sid(sid):
            raise ApiTrap("no such item")
        targets.append(sid)
    for sid in targets:
        store.remove_sid(sid)
    reply.done()


_SECRET_FIELDS = frozenset({"name", "password", "service", "profile", "caller-id", "local-address",
                            "remote-address", "routes", "ipv6-routes", "limit-bytes-in",
                            "limit-bytes-out", "comment", "disabled"})


def _normalize_bool(fields: dict[str, str]) -> dict[str, str]:
    if "disabled" in fields:
        fields["disabled"] = "true" if fields["disabled"] in ("yes", "true") else "false"
    return fields


def ppp_secret_add(model: RouterModel, cmd: Command, reply: Reply) -> None:
    _check_args(cmd, _SECRET_FIELDS)
    if not cmd.args.get("name"):
        raise ApiTrap("missing value(s) of argument(s) name", CATEGORY_ARGUMENT)
    try:
        new_id = model.store.add_secret(_normalize_bool(dict(cmd.args)))
    except ValueError as exc:
        raise ApiTrap(str(exc)) from exc
    reply.done([("ret", new_id)])


def _secret_keys(model: RouterModel, cmd: Command) -> list[int]:
    keys = []
    for ident in _ids(cmd):
        key = model.store.find_secret(ident)
        if key is None:
            raise ApiTrap("no such item")
        keys.append(key)
    return keys


def ppp_secret_remove(model: RouterModel, cmd: Command, reply: Reply) -> None:
    _check_args(cmd, {".id", "numbers"})
    for key in _secret_keys(model, cmd):
        model.store.remove_secret(key)
    reply.done()


def ppp_secret_set(model: RouterModel, cmd: Command, reply: Reply) -> None:
    _check_args(cmd, _SECRET_FIELDS | {".id", "numbers"})
    fields = _normalize_bool({k: v for k, v in cmd.args.items() if k not in (".id", "numbers")})
    try:
        for key in _secret_keys(model, cmd):
            model.store.update_secret(key, fields)
    except ValueError as exc:
        raise ApiTrap(str(exc)) from exc
    reply.done()


def identity_set(model: RouterModel, cmd: Command, reply: Reply) -> None:
    _check_args(cmd, {"name"})
    if "name" in cmd.args:
        model.identity = cmd.args["name"]
    reply.done()


def _traffic_sample(model: RouterModel, name: str, now: float) -> list[tuple[str, str]]:
    session = model.store.by_interface(name)
    if session is not None:
        down_bps, up_bps, down_pps, up_pps = session.rates(now)
        rx_bps, rx_pps, tx_bps, tx_pps = up_bps, up_pps, down_bps, down_pps
    else:
        uplink = next((u for u in model.uplinks if u.name == name), None)
        if uplink is None:
            raise ApiTrap("no such item")
        down_bps, up_bps, down_pps, up_pps = uplink.model.rates(now)
        rx_bps, rx_pps, tx_bps, tx_pps = down_bps, down_pps, up_bps, up_pps
    return [
        ("name", name), ("rx-packets-per-second", str(rx_pps)), ("rx-bits-per-second", str(rx_bps)),
        ("fp-rx-packets-per-second", "0"), ("fp-rx-bits-per-second", "0"),
        ("rx-drops-per-second", "0"), ("rx-errors-per-second", "0"),
        ("tx-packets-per-second", str(tx_pps)), ("tx-bits-per-second", str(tx_bps)),
        ("fp-tx-packets-per-second", "0"), ("fp-tx-bits-per-second", "0"),
        ("tx-drops-per-second", "0"), ("tx-queue-drops-per-second", "0"),
        ("tx-errors-per-second", "0"),
    ]


def is_once(cmd: Command) -> bool:
    # `=once=` (empty) and `=once=yes` both mean once; librouteros sends the latter.
    return "once" in cmd.args and cmd.args["once"] not in ("no", "false")


async def monitor_traffic(model: RouterModel, cmd: Command, reply: Reply) -> None:
    """One sample per interval; with `=once=` a single sample, else until cancelled.

    A streaming run ends on `/cancel`, on `=duration=`, or with "no such item" when
    the monitored PPPoE session goes away (as the dynamic interface disappears).
    """
    _check_args(cmd, {"interface", "once", "interval", "duration", ".proplist", "without-paging"})
    names = [n for n in cmd.args.get("interface", "").split(",") if n]
    if not names:
        raise ApiTrap("missing value(s) of argument(s) interface", CATEGORY_ARGUMENT)
    try:
        interval = parse_duration(cmd.args.get("interval", "1s"))
        duration = parse_duration(cmd.args["duration"]) if "duration" in cmd.args else None
    except ValueError as exc:
        raise ApiTrap(f"invalid time value ({exc})", CATEGORY_ARGUMENT) from exc
    interval = max(interval, 0.05)
    proplist = cmd.args.get(".proplist")
    keys = {k for k in proplist.split(",") if k} if proplist is not None else None
    once = is_once(cmd)
    started = model.clock()
    while True:
        now = model.clock()
        samples = [_traffic_sample(model, name, now) for name in names]
        for pairs in samples:
            reply.re(pairs if keys is None else [(k, v) for k, v in pairs if k in keys])
        if once or (duration is not None and now - started + interval > duration):
            break
        await reply.flush()
        await asyncio.sleep(interval)
    reply.done()


Handler = Callable[[RouterModel, Command, Reply], "None | Awaitable[None]"]

MENUS: dict[str, dict[str, Handler]] = {
    "/ppp/active": {"print": make_print(ppp_active_rows), "remove": ppp_active_remove},
    "/ppp/secret": {"print": make_print(secret_rows), "add": ppp_secret_add,
                    "remove": ppp_secret_remove, "set": ppp_secret_set},
    "/interface": {"print": make_print(interface_rows), "monitor-traffic": monitor_traffic},
    "/interface/ethernet": {"print": make_print(ip_address.ethernet_rows)},
    "/ip/address": {"print": make_print(ip_address.address_rows),
                    **ip_address.make_handlers(ApiTrap, _check_args, _ids, CATEGORY_ARGUMENT)},
    "/queue/simple": {"print": make_print(queue_rows)},
    "/system/resource": {"print": make_print(resource_rows)},
    "/system/identity": {"print": make_print(identity_rows), "set": identity_set},
}
for _commands in MENUS.values():
    # `getall` is the pre-v3 spelling of print that RouterOS still accepts.
    _commands["getall"] = _commands["print"]

# Every path prefix that names a menu, so unknown words can be located like RouterOS does.
_KNOWN_PREFIXES = {"/".join(path.split("/")[:i]) for path in MENUS for i in range(2, path.count("/") + 2)}


def resolve(word: str) -> tuple[Handler | None, str]:
    """Find the handler for a command word; on failure return the offending path element."""
    menu, _, command = word.rstrip("/").rpartition("/")
    handler = MENUS.get(menu, {}).get(command)
    if handler is not None:
        return handler, ""
    parts = [p for p in word.split("/") if p]
    prefix = ""
    for part in parts:
        prefix = f"{prefix}/{part}"
        if prefix not in _KNOWN_PREFIXES:
            return None, part
    return None, parts[-1] if parts else ""
