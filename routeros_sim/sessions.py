"""PPPoE subscriber sessions: deterministic generation and a plausible traffic model.

Traffic is a smooth function of time (a base rate modulated by two sine waves
with per-session periods and phases), so byte counters are its exact integral:
they always increase and agree with the rates monitor-traffic reports.  Only
the instantaneous rates get extra noise, as real per-second samples do.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

Clock = Callable[[], float]

_FIRST_NAMES = (
    "ana", "joao", "maria", "jose", "francisca", "antonio", "adriana", "carlos", "juliana",
    "paulo", "marcia", "pedro", "fernanda", "lucas", "patricia", "luiz", "aline", "marcos",
    "sandra", "rafael", "camila", "gabriel", "bruna", "felipe", "leticia", "rodrigo", "vanessa",
    "thiago", "beatriz", "diego", "larissa", "andre", "simone", "bruno", "tatiane", "eduardo",
    "raimunda", "sebastiao", "luana", "matheus", "gustavo", "jessica", "vinicius", "renata",
)
_LAST_NAMES = (
    "silva", "santos", "oliveira", "souza", "rodrigues", "ferreira", "alves", "pereira", "lima",
    "gomes", "costa", "ribeiro", "martins", "carvalho", "almeida", "lopes", "soares", "fernandes",
    "vieira", "barbosa", "rocha", "dias", "nascimento", "andrade", "moreira", "nunes", "marques",
    "machado", "mendes", "freitas", "cardoso", "ramos", "goncalves", "santana", "teixeira",
)
# Made-up OUI-looking prefixes; caller-id only has to look like a CPE MAC.
_MAC_PREFIXES = ((0x50, 0xC7, 0xBF), (0x00, 0x1A, 0x3F), (0xE8, 0x48, 0xB8), (0x3C, 0x84, 0x6A),
                 (0xC4, 0x6E, 0x1F), (0x9C, 0xA2, 0xF4), (0x60, 0x32, 0xB1), (0x14, 0xEB, 0xB6))
# (profile name, max-limit "upload/download" in Mbps)
PLANS = (("plano-50M", 10, 50), ("plano-100M", 20, 100), ("plano-200M", 40, 200),
         ("plano-300M", 60, 300), ("plano-500M", 100, 500))
_PLAN_WEIGHTS = (15, 35, 30, 15, 5)

# 100.64.0.0/10 split into 256 pools of 16384 addresses; a router's seed picks its pool
# so routers of a farm hand out disjoint addresses.
_CGNAT_BASE = (100 << 24) | (64 << 16)
_POOL_SIZE = 16384

_DOWN_PACKET_BYTES = 1150
_UP_PACKET_BYTES = 190


def format_uptime(seconds: float) -> str:
    """RouterOS duration as printed by the API: 1w2d3h4m5s, zero units omitted."""
    total = int(seconds) if seconds > 0 else 0
    if total == 0:
        return "0s"
    out = []
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        value, total = divmod(total, size)
        if value:
            out.append(f"{value}{unit}")
    return "".join(out)


def parse_duration(text: str) -> float:
    """Parse RouterOS durations (1w2d3h4m5s, 500ms, 00:01:10) or plain seconds."""
    text = text.strip()
    if ":" in text:
        seconds = 0.0
        for part in text.split(":"):
            seconds = seconds * 60 + float(part)
        return seconds
    try:
        return float(text)
    except ValueError:
        pass
    units = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 0.001}
    total, number, i = 0.0, "", 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() or ch == ".":
            number += ch
            i += 1
            continue
        unit = "ms" if text.startswith("ms", i) else ch
        if unit not in units or not number:
            raise ValueError(f"bad duration {text!r}")
        total += float(number) * units[unit]
        number = ""
        i += len(unit)
    if number:
        raise ValueError(f"bad duration {text!r}")
    return total


def format_rate(bps: float) -> str:
    """Compact RouterOS style: 50M, 512k, 1500."""
    if bps >= 1_000_000 and bps % 1_000_000 == 0:
        return f"{int(bps // 1_000_000)}M"
    if bps >= 1000 and bps % 1000 == 0:
        return f"{int(bps // 1000)}k"
    return str(int(bps))


def ip_to_str(value: int) -> str:
    return f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}"


def _mix(a: int, b: int) -> float:
    """Cheap deterministic hash of two ints to [0, 1): noise without a PRNG per call."""
    h = (a * 0x9E3779B1 + b * 0x85EBCA77) & 0xFFFFFFFF
    h ^= h >> 15
    h = (h * 0x2C1B3C6D) & 0xFFFFFFFF
    h ^= h >> 12
    return (h & 0xFFFF) / 65536.0


@dataclass(slots=True)
class Profile:
    """What belongs to a subscriber rather than to one session; survives a relogin."""

    login: str
    address: str
    caller_id: str
    plan: str
    up_mbps: int
    down_mbps: int
    down_bps: float  # mean download rate
    up_ratio: float
    a1: float
    w1: float
    p1: float
    a2: float
    w2: float
    p2: float
    password: str


class Session:
    __slots__ = ("iid", "login_at", "profile", "session_id", "sid")

    def __init__(self, profile: Profile, sid: int, iid: int, session_id: int, login_at: float):
        self.profile = profile
        self.sid = sid
        self.iid = iid
        self.session_id = session_id
        self.login_at = login_at

    @property
    def login(self) -> str:
        return self.profile.login

    @property
    def interface(self) -> str:
        return f"<pppoe-{self.profile.login}>"

    def _shape_integral(self, t: float) -> float:
        p = self.profile
        return t - p.a1 / p.w1 * math.cos(p.w1 * t + p.p1) - p.a2 / p.w2 * math.cos(p.w2 * t + p.p2)

    def download_bytes(self, now: float) -> int:
        p = self.profile
        span = self._shape_integral(now) - self._shape_integral(self.login_at)
        return int(p.down_bps * span / 8)

    def counters(self, now: float) -> tuple[int, int, int, int]:
        """(download bytes, upload bytes, download packets, upload packets) since login."""
        down = self.download_bytes(now)
        up = int(down * self.profile.up_ratio)
        return down, up, down // _DOWN_PACKET_BYTES, up // _UP_PACKET_BYTES

    def rates(self, now: float) -> tuple[int, int, int, int]:
        """(download bps, upload bps, download pps, upload pps) for a one-second sample."""
        p = self.profile
        shape = 1 + p.a1 * math.sin(p.w1 * now + p.p1) + p.a2 * math.sin(p.w2 * now + p.p2)
        tick = int(now)
        noise_down = 0.85 + 0.3 * _mix(self.sid, tick)
        noise_up = 0.8 + 0.4 * _mix(self.sid ^ 0x5BD1, tick)
        ceiling = p.down_mbps * 1_000_000
        down = min(ceiling, p.down_bps * shape * noise_down)
        up = min(p.up_mbps * 1_000_000, p.down_bps * p.up_ratio * shape * noise_up)
        return (int(down), int(up), int(down / 8 / _DOWN_PACKET_BYTES) + 1,
                int(up / 8 / _UP_PACKET_BYTES) + 1)


class SessionStore:
    """Active sessions of one router plus its PPP secrets.

    Mutated from the caller's thread (tests, CLI) and read from the event loop,
    hence the lock; readers take snapshots so a print never sees a half-applied change.
    """

    def __init__(self, *, seed: int, clock: Clock, taken_logins: set[str] | None = None) -> None:
        self._clock = clock
        self._rng = random.Random(seed)
        self._lock = threading.RLock()
        self._sessions: dict[str, Session] = {}
        self._by_sid: dict[int, Session] = {}
        self._profiles: dict[str, Profile] = {}
        self._pending: list[tuple[float, int, str, dict]] = []
        self._pending_seq = itertools.count()
        self._taken = taken_logins if taken_logins is not None else set()
        self._used_addresses: set[int] = set()
        pool_index = seed % 256
        self._pool_base = _CGNAT_BASE + pool_index * _POOL_SIZE
        # Walk the pool in a scrambled but collision-free order: i -> (a*i + b) mod 2^14
        # is a permutation for odd a, and needs no per-router list of 16k offsets.
        self._pool_cursor = 0
        self._pool_step = self._rng.randrange(1, _POOL_SIZE, 2) | 1
        self._pool_shift = self._rng.randrange(_POOL_SIZE)
        self._next_sid = self._rng.randrange(0x10, 0x400)
        self._next_iid = 0x100 + self._rng.randrange(0, 0x100)
        # Generated secrets stay as their Profile until edited: 100k rendered dicts
        # would dominate a farm's memory.
        self._secrets: dict[int, Profile | dict[str, str]] = {}
        self._secret_by_name: dict[str, int] = {}
        self._secret_ids = itertools.count(1)

    # ---- generation -------------------------------------------------------------------

    def _unique_login(self) -> str:
        rng = self._rng
        first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
        base = f"{first}.{last}"
        login = base
        while login in self._taken:
            login = f"{base}{rng.randrange(1, 10000)}"
        return login

    def _allocate_address(self) -> str:
        while self._pool_cursor < _POOL_SIZE:
            offset = (self._pool_step * self._pool_cursor + self._pool_shift) % _POOL_SIZE
            self._pool_cursor += 1
            value = self._pool_base + offset
            if value & 0xFF not in (0, 255) and value not in self._used_addresses:
                self._used_addresses.add(value)
                return ip_to_str(value)
        raise RuntimeError("address pool exhausted")

    def _reserve_address(self, address: str) -> None:
        try:
            a, b, c, d = (int(x) for x in address.split("."))
        except ValueError:
            return
        self._used_addresses.add((a << 24) | (b << 16) | (c << 8) | d)

    def _random_mac(self) -> str:
        prefix = self._rng.choice(_MAC_PREFIXES)
        tail = [self._rng.randrange(256) for _ in range(3)]
        return ":".join(f"{b:02X}" for b in (*prefix, *tail))

    def _new_profile(self, login: str, address: str | None, caller_id: str | None) -> Profile:
        rng = self._rng
        plan, up_mbps, down_mbps = rng.choices(PLANS, weights=_PLAN_WEIGHTS)[0]
        # Mean download between 0.5 and 80 Mbps (capped by the plan), skewed low: most
        # subscribers are mostly idle (median ~2 Mbps), a few stream or download.
        low, high = math.log(0.5), math.log(min(80, down_mbps * 0.8))
        mean_mbps = math.exp(low + rng.random() ** 2 * (high - low))
        if address is None:
            address = self._allocate_address()
        if caller_id is None:
            caller_id = self._random_mac()
        return Profile(
            login=login, address=address, caller_id=caller_id.upper(), plan=plan,
            up_mbps=up_mbps, down_mbps=down_mbps, down_bps=mean_mbps * 1_000_000,
            up_ratio=rng.uniform(0.05, 0.3),
            a1=rng.uniform(0.1, 0.35), w1=2 * math.pi / rng.uniform(60, 600), p1=rng.uniform(0, 6.3),
            a2=rng.uniform(0.05, 0.2), w2=2 * math.pi / rng.uniform(6, 40), p2=rng.uniform(0, 6.3),
            password=f"{rng.randrange(16**8):08x}",
        )

    def _initial_uptime(self) -> float:
        r = self._rng.random()
        if r < 0.25:
            return self._rng.uniform(30, 86400)
        if r < 0.75:
            return self._rng.uniform(86400, 14 * 86400)
        return self._rng.uniform(14 * 86400, 60 * 86400)

    def populate(self, count: int = 0, logins: Iterable[str | Mapping] | None = None) -> None:
        """Create the initial sessions, already online for a while."""
        now = self._clock()
        with self._lock:
            if logins is not None:
                entries = [_normalize_login(item) for item in logins]
            else:
                entries = []
                for _ in range(count):
                    login = self._unique_login()
                    self._taken.add(login)
                    entries.append({"name": login})
            for entry in entries:
                if entry.get("address"):
                    self._reserve_address(entry["address"])
            for entry in entries:
                login = entry["name"]
                self._taken.add(login)
                uptime = entry.get("uptime")
                uptime = self._initial_uptime() if uptime is None else float(uptime)
                self._start_session(login, entry.get("address"), entry.get("caller_id"), now - uptime)

    # ---- mutation -----------------------------------------------------------------------

    def _profile_for(self, login: str, address: str | None, caller_id: str | None) -> Profile:
        if address is not None:
            self._reserve_address(address)
        profile = self._profiles.get(login)
        if profile is None:
            profile = self._new_profile(login, address, caller_id)
            self._profiles[login] = profile
            self._ensure_secret(profile)
        else:
            if address is not None:
                profile.address = address
            if caller_id is not None:
                profile.caller_id = caller_id.upper()
        return profile

    def _start_session(self, login: str, address: str | None, caller_id: str | None,
                       login_at: float) -> Session:
        old = self._sessions.pop(login, None)
        if old is not None:
            del self._by_sid[old.sid]
        profile = self._profile_for(login, address, caller_id)
        sid, self._next_sid = self._next_sid, self._next_sid + 1
        iid, self._next_iid = self._next_iid, self._next_iid + 1
        session_id = 0x81A00000 | self._rng.randrange(0x100000)
        session = Session(profile, sid, iid, session_id, login_at)
        self._sessions[login] = session
        self._by_sid[sid] = session
        return session

    def add(self, login: str, address: str | None = None, caller_id: str | None = None) -> Session:
        """Log a subscriber in now (replacing an existing session of the same login)."""
        with self._lock:
            self._apply_due()
            self._taken.add(login)
            return self._start_session(login, address, caller_id, self._clock())

    def remove(self, login: str) -> bool:
        with self._lock:
            self._apply_due()
            session = self._sessions.pop(login, None)
            if session is None:
                return False
            del self._by_sid[session.sid]
            return True

    def has_sid(self, sid: int) -> bool:
        with self._lock:
            self._apply_due()
            return sid in self._by_sid

    def remove_sid(self, sid: int) -> bool:
        with self._lock:
            self._apply_due()
            session = self._by_sid.get(sid)
            if session is None:
                return False
            del self._by_sid[sid]
            del self._sessions[session.login]
            return True

    def schedule(self, login: str, delay: float, address: str | None = None,
                 caller_id: str | None = None) -> None:
        due = self._clock() + max(0.0, delay)
        with self._lock:
            heapq.heappush(self._pending, (due, next(self._pending_seq), login,
                                           {"address": address, "caller_id": caller_id}))

    def _apply_due(self) -> None:
        # Scheduled logins are materialized lazily on the next access, with the
        # login time set to when they were due, so no timer is needed.
        now = self._clock()
        while self._pending and self._pending[0][0] <= now:
            due, _, login, extra = heapq.heappop(self._pending)
            self._taken.add(login)
            self._start_session(login, extra["address"], extra["caller_id"], due)

    # ---- reads --------------------------------------------------------------------------

    def snapshot(self) -> list[Session]:
        with self._lock:
            self._apply_due()
            return list(self._sessions.values())

    def get(self, login: str) -> Session | None:
        with self._lock:
            self._apply_due()
            return self._sessions.get(login)

    def by_interface(self, name: str) -> Session | None:
        if name.startswith("<pppoe-") and name.endswith(">"):
            return self.get(name[7:-1])
        return None

    def __len__(self) -> int:
        with self._lock:
            self._apply_due()
            return len(self._sessions)

    def logins(self) -> list[str]:
        with self._lock:
            self._apply_due()
            return list(self._sessions)

    def max_uptime(self) -> float:
        now = self._clock()
        with self._lock:
            return max((now - s.login_at for s in self._sessions.values()), default=0.0)

    # ---- PPP secrets --------------------------------------------------------------------

    def _ensure_secret(self, profile: Profile) -> None:
        if profile.login not in self._secret_by_name:
            key = next(self._secret_ids)
            self._secrets[key] = profile
            self._secret_by_name[profile.login] = key

    @staticmethod
    def _render_secret(key: int, entry: Profile | dict[str, str]) -> dict[str, str]:
        if isinstance(entry, dict):
            return {".id": f"*{key:X}", **entry}
        return {
            ".id": f"*{key:X}", "name": entry.login, "service": "pppoe", "caller-id": "",
            "password": entry.password, "profile": entry.plan, "routes": "", "ipv6-routes": "",
            "limit-bytes-in": "0", "limit-bytes-out": "0", "last-logged-out": "1970-01-01 00:00:00",
            "last-caller-id": entry.caller_id, "last-disconnect-reason": "", "disabled": "false",
        }

    def secrets(self) -> list[dict[str, str]]:
        with self._lock:
            items = list(self._secrets.items())
        return [self._render_secret(key, entry) for key, entry in items]

    def add_secret(self, fields: dict[str, str]) -> str:
        with self._lock:
            if fields["name"] in self._secret_by_name:
                raise ValueError("failure: secret with the same name already exists")
            defaults = {"service": "any", "caller-id": "", "password": "", "profile": "default",
                        "routes": "", "ipv6-routes": "", "limit-bytes-in": "0", "limit-bytes-out": "0",
                        "disabled": "false"}
            key = next(self._secret_ids)
            self._secrets[key] = {**defaults, **fields}
            self._secret_by_name[fields["name"]] = key
            return f"*{key:X}"

    def find_secret(self, ident: str) -> int | None:
        with self._lock:
            if ident in self._secret_by_name:
                return self._secret_by_name[ident]
            if ident.startswith("*"):
                try:
                    key = int(ident[1:], 16)
                except ValueError:
                    return None
                return key if key in self._secrets else None
        return None

    def update_secret(self, key: int, fields: dict[str, str]) -> None:
        with self._lock:
            row = self._render_secret(key, self._secrets[key])
            del row[".id"]
            new_name = fields.get("name", row["name"])
            if new_name != row["name"]:
                if new_name in self._secret_by_name:
                    raise ValueError("failure: secret with the same name already exists")
                del self._secret_by_name[row["name"]]
                self._secret_by_name[new_name] = key
            row.update(fields)
            self._secrets[key] = row

    def remove_secret(self, key: int) -> None:
        with self._lock:
            entry = self._secrets.pop(key)
            name = entry["name"] if isinstance(entry, dict) else entry.login
            del self._secret_by_name[name]


def _normalize_login(item: str | Mapping) -> dict:
    if isinstance(item, str):
        return {"name": item}
    entry = dict(item)
    if "name" not in entry and "login" in entry:
        entry["name"] = entry.pop("login")
    if "caller-id" in entry:
        entry["caller_id"] = entry.pop("caller-id")
    if not entry.get("name"):
        raise ValueError(f"login entry without a name: {item!r}")
    return entry


def default_clock() -> float:
    return time.monotonic()
