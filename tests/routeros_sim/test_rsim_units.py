"""Pure functions of the simulator: length encoding, queries, durations, traffic model."""

from __future__ import annotations

import asyncio
import itertools
import re

import pytest

from routeros_sim import format_uptime, parse_duration, wire
from routeros_sim.query import QueryError, compile_query
from routeros_sim.sessions import SessionStore

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("length", "encoded"),
    [
        (0, b"\x00"),
        (0x7F, b"\x7f"),
        (0x80, b"\x80\x80"),
        (0x3FFF, b"\xbf\xff"),
        (0x4000, b"\xc0\x40\x00"),
        (0x1FFFFF, b"\xdf\xff\xff"),
        (0x200000, b"\xe0\x20\x00\x00"),
        (0xFFFFFFF, b"\xef\xff\xff\xff"),
        (0x10000000, b"\xf0\x10\x00\x00\x00"),
        (0xFFFFFFFF, b"\xf0\xff\xff\xff\xff"),
    ],
)
def test_length_encoding_all_sizes(length, encoded):
    assert wire.encode_length(length) == encoded
    assert wire.decode_length(encoded) == length


def test_length_decoding_rejects_reserved_control_bytes():
    for first in (0xF1, 0xF8, 0xFF):
        with pytest.raises(wire.WireError):
            wire.extra_length_bytes(first)


def test_read_sentence_accepts_non_canonical_five_byte_prefix():
    async def scenario():
        reader = asyncio.StreamReader()
        reader.feed_data(b"\xf0\x00\x00\x00\x06/login" + b"\x80\x05" + b"=name" + b"\x00")
        reader.feed_eof()
        return await wire.read_sentence(reader)

    assert asyncio.run(scenario()) == ["/login", "=name"]


def test_encode_reply_places_tag_and_terminator():
    data = wire.encode_reply(wire.DONE, [("ret", "*1")], wire.tag_word("7"))
    assert data == b"\x05!done" + b"\x06.tag=7" + b"\x07=ret=*1" + b"\x00"


ROWS = [
    {"name": "ana", "service": "pppoe", "rx": "10", "radius": "false"},
    {"name": "bia", "service": "pppoe", "rx": "200", "extra": "1", "radius": "true"},
    {"name": "caio", "service": "l2tp", "rx": "30", "radius": "false"},
]


def select(*words: str) -> list[str]:
    predicate = compile_query(list(words))
    return [row["name"] for row in ROWS if predicate is None or predicate(row)]


def test_query_equality_forms():
    assert select("?name=bia") == ["bia"]
    assert select("?=name=bia") == ["bia"]
    assert select("?service=pppoe") == ["ana", "bia"]
    assert select() == ["ana", "bia", "caio"]


def test_query_has_and_has_not():
    assert select("?extra") == ["bia"]
    assert select("?-extra") == ["ana", "caio"]


def test_query_comparisons_are_numeric_when_both_sides_are_numbers():
    assert select("?>rx=20") == ["bia", "caio"]
    assert select("?<rx=100") == ["ana", "caio"]
    assert select("?<name=b") == ["ana"]


def test_query_boolean_spellings_match():
    assert select("?radius=no") == ["ana", "caio"]
    assert select("?radius=yes") == ["bia"]


def test_query_stack_operations():
    assert select("?name=ana", "?name=caio", "?#|") == ["ana", "caio"]
    assert select("?service=pppoe", "?>rx=50", "?#&") == ["bia"]
    assert select("?name=ana", "?#!") == ["bia", "caio"]
    # librouteros: Key("name").In("ana", "bia", "caio") -> three pushes and "?#||"
    assert select("?=name=ana", "?=name=bia", "?=name=caio", "?#||") == ["ana", "bia", "caio"]
    # '.' duplicates the top; an index copies a deeper value ('.' after it is a separator).
    assert select("?name=bia", "?#.&") == ["bia"]
    # Stack [A=name=bia, B=service=l2tp]: index 1 copies A, index 0 copies B.
    assert select("?name=bia", "?service=l2tp", "?#1!|") == []  # A & (B | !A)
    assert select("?name=bia", "?service=l2tp", "?#1.!|") == []
    assert select("?name=bia", "?service=l2tp", "?#0!|") == ["bia"]  # A & (B | !B)


def test_query_leftover_false_value_fails_the_item():
    # Two pushes without an operator: both must hold (implicit AND of the stack).
    assert select("?service=pppoe", "?name=ana") == ["ana"]


def test_query_errors():
    for bad in (["?#x"], ["name=x"], ["?"], ["?<rx"]):
        with pytest.raises(QueryError):
            compile_query(bad)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (5, "5s"), (60, "1m"), (3600, "1h"), (86405, "1d5s"),
     (694861, "1w1d1h1m1s"), (3 * 604800 + 2 * 3600, "3w2h")],
)
def test_format_uptime(seconds, text):
    assert format_uptime(seconds) == text
    assert parse_duration(text) == seconds


def test_parse_duration_other_forms():
    assert parse_duration("500ms") == pytest.approx(0.5)
    assert parse_duration("00:01:10") == 70
    assert parse_duration("2.5") == 2.5
    with pytest.raises(ValueError):
        parse_duration("5x")


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_generation_is_deterministic_and_unique():
    a = SessionStore(seed=7, clock=FakeClock())
    a.populate(count=3000)
    b = SessionStore(seed=7, clock=FakeClock())
    b.populate(count=3000)
    assert a.logins() == b.logins()
    sessions = a.snapshot()
    assert len({s.login for s in sessions}) == 3000
    assert len({s.profile.address for s in sessions}) == 3000
    assert len({s.sid for s in sessions}) == 3000
    assert all(re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", s.profile.caller_id) for s in sessions)
    c = SessionStore(seed=8, clock=FakeClock())
    c.populate(count=50)
    assert c.logins() != a.logins()[:50]


def test_traffic_counters_grow_and_rates_stay_plausible():
    clock = FakeClock()
    store = SessionStore(seed=3, clock=clock)
    store.populate(count=200)
    sessions = store.snapshot()
    before = [s.counters(clock.now) for s in sessions]
    means = []
    for step in range(1, 31):
        clock.now += 1.0
        for s in sessions:
            down_bps, up_bps, _, _ = s.rates(clock.now)
            assert 0 < down_bps <= s.profile.down_mbps * 1_000_000
            assert 0 < up_bps <= s.profile.up_mbps * 1_000_000
        means.append(sum(s.rates(clock.now)[0] for s in sessions) / len(sessions))
    after = [s.counters(clock.now) for s in sessions]
    assert all(x[0] < y[0] and x[1] < y[1] for x, y in zip(before, after))
    # Per-session means span the advertised 0.5-80 Mbps band.
    mean_mbps = [s.profile.down_bps / 1e6 for s in sessions]
    assert min(mean_mbps) >= 0.5 and max(mean_mbps) <= 80
    # Smooth: the average rate moves from second to second but never jumps wildly.
    assert len(set(means)) > 1
    assert all(0.5 < b / a < 2 for a, b in itertools.pairwise(means))


def test_scheduled_login_appears_when_due():
    clock = FakeClock()
    store = SessionStore(seed=1, clock=clock)
    store.populate(logins=[{"name": "ana", "address": "10.0.0.5", "caller_id": "aa:bb:cc:dd:ee:ff"}])
    old = store.get("ana")
    assert store.remove("ana")
    store.schedule("ana", 5)
    clock.now += 4.9
    assert store.get("ana") is None
    clock.now += 0.2
    new = store.get("ana")
    assert new is not None and new.sid != old.sid
    assert new.profile.caller_id == "AA:BB:CC:DD:EE:FF"
    # Uptime counts from when the login was due, not from when someone looked.
    assert new.login_at == pytest.approx(1_000_005.0)
