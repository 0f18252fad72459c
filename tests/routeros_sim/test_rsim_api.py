"""The simulator driven by the real librouteros client (and a raw socket client) over 127.0.0.1."""

from __future__ import annotations

import re
import time

import librouteros
import pytest
from librouteros.exceptions import FatalError, MultiTrapError, TrapError
from librouteros.login import token
from librouteros.query import And, Key, Or

from routeros_sim import RouterFarm, SimulatedRouter

pytestmark = pytest.mark.timeout(30)

USER, PASSWORD = "admin", "secret"
UPTIME_RE = re.compile(r"^(?=.)(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?$")
SUBSCRIBERS = [
    {"name": "ana.souza", "address": "100.64.1.10", "caller_id": "AA:BB:CC:00:00:01", "uptime": 100},
    {"name": "bruno.lima", "address": "100.64.1.11", "caller_id": "AA:BB:CC:00:00:02"},
    {"name": "carla.dias", "address": "100.64.1.12"},
    "diego.rocha",
    "elis.ramos",
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 5_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def router(make_router, clock):
    return make_router(identity="RB-Centro", logins=SUBSCRIBERS, clock=clock)


def connect(router: SimulatedRouter, **kwargs) -> librouteros.Api:
    kwargs.setdefault("timeout", 5)
    return librouteros.connect("127.0.0.1", USER, PASSWORD, port=router.port, **kwargs)


@pytest.fixture
def api(router):
    api = connect(router)
    yield api
    api.close()


# ---- login ------------------------------------------------------------------------------------


def test_plain_login(router):
    api = connect(router)
    assert tuple(api.path("/system/identity")) == ({"name": "RB-Centro"},)
    api.close()


def test_token_login(router):
    api = connect(router, login_method=token)
    assert tuple(api.path("/system/identity")) == ({"name": "RB-Centro"},)
    api.close()


@pytest.mark.parametrize("method", [librouteros.login.plain, token])
def test_wrong_password_is_a_trap(router, method):
    with pytest.raises(TrapError) as info:
        librouteros.connect("127.0.0.1", USER, "nope", port=router.port, timeout=5, login_method=method)
    assert info.value.message == "invalid user name or password (6)"


def test_wrong_login_answer_is_trap_then_done(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.send("/login", "=name=admin", "=password=bad")
    assert raw.read_until_done() == [["!trap", "=message=invalid user name or password (6)"], ["!done"]]


def test_commands_before_login_are_fatal(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.send("/ppp/active/print")
    assert raw.read_sentence() == ["!fatal", "not logged in"]
    with pytest.raises(EOFError):
        raw.read_sentence()


def test_quit(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.login()
    raw.send("/quit")
    assert raw.read_sentence() == ["!fatal", "session terminated on request"]


# ---- /ppp/active ----------------------------------------------------------------------------------


def test_ppp_active_full_print(api):
    rows = list(api.path("/ppp/active"))
    assert [r["name"] for r in rows] == [s if isinstance(s, str) else s["name"] for s in SUBSCRIBERS]
    ana = rows[0]
    assert set(ana) == {".id", "name", "service", "caller-id", "address", "uptime", "encoding",
                        "session-id", "limit-bytes-in", "limit-bytes-out", "radius"}
    assert ana["service"] == "pppoe"
    assert ana["address"] == "100.64.1.10"
    assert ana["caller-id"] == "AA:BB:CC:00:00:01"
    assert ana["uptime"] == "1m40s"
    assert ana["radius"] is False
    assert re.fullmatch(r"\*[0-9A-F]+", ana[".id"])
    assert re.fullmatch(r"0x81A[0-9A-F]{5}", ana["session-id"])
    for row in rows:
        assert UPTIME_RE.match(row["uptime"])
        assert re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", row["caller-id"])
    assert len({r[".id"] for r in rows}) == len(rows)


def test_uptime_advances_with_time(api, clock):
    def uptime() -> str:
        (row,) = api.path("/ppp/active").select(Key("uptime")).where(Key("name") == "ana.souza")
        return row["uptime"]

    assert uptime() == "1m40s"
    clock.now += 3600 * 24 * 8 + 3600 + 20
    assert uptime() == "1w1d1h2m"


def test_where_and_proplist(api):
    rows = list(api.path("/ppp/active").select(Key("name"), Key("address")).where(Key("name") == "bruno.lima"))
    assert rows == [{"name": "bruno.lima", "address": "100.64.1.11"}]
    others = list(api.path("/ppp/active").select(Key("name")).where(Key("name") != "bruno.lima"))
    assert len(others) == len(SUBSCRIBERS) - 1
    chosen = api.path("/ppp/active").select(Key("name")).where(Key("name").In("ana.souza", "elis.ramos"))
    assert sorted(r["name"] for r in chosen) == ["ana.souza", "elis.ramos"]
    either = api.path("/ppp/active").select(Key("name")).where(
        Or(Key("address") == "100.64.1.10", Key("address") == "100.64.1.12"))
    assert sorted(r["name"] for r in either) == ["ana.souza", "carla.dias"]
    both = api.path("/ppp/active").select(Key("name")).where(
        And(Key("service") == "pppoe", Key("caller-id") == "AA:BB:CC:00:00:02"))
    assert [r["name"] for r in both] == ["bruno.lima"]
    # librouteros sends Python False as "no"; the property prints as "false".
    assert len(list(api.path("/ppp/active").select(Key("name")).where(Key("radius") == False))) == 5


def test_raw_query_words(api):
    def names(*words):
        return sorted(r["name"] for r in api.rawCmd("/ppp/active/print", "=.proplist=name", *words))

    assert names("?name=carla.dias") == ["carla.dias"]
    assert names("?-name") == []
    assert len(names("?name")) == 5
    assert names("?<name=b") == ["ana.souza"]
    assert names("?>name=d") == ["diego.rocha", "elis.ramos"]
    assert names("?name=ana.souza", "?name=diego.rocha", "?#|!") == ["bruno.lima", "carla.dias", "elis.ramos"]


def test_count_only(api):
    assert list(api.rawCmd("/ppp/active/print", "=count-only=")) == [{"ret": 5}]


def test_bad_query_and_unknown_parameter_trap(api):
    with pytest.raises(TrapError):
        list(api.rawCmd("/ppp/active/print", "?#x"))
    with pytest.raises(TrapError, match="unknown parameter"):
        list(api.rawCmd("/ppp/active/print", "=bogus=1"))


def test_remove_active_session_via_api(api, router):
    (row,) = api.path("/ppp/active").select(Key(".id")).where(Key("name") == "carla.dias")
    api.path("/ppp/active").remove(row[".id"])
    assert router.session("carla.dias") is None
    assert not list(api.path("/ppp/active").select().where(Key("name") == "carla.dias"))
    with pytest.raises(TrapError, match="no such item"):
        api.path("/ppp/active").remove(row[".id"])


def test_remove_then_relogin_after_delay(make_router):
    router = make_router(logins=SUBSCRIBERS)
    api = connect(router)
    query = api.path("/ppp/active").select().where(Key("name") == "bruno.lima")
    (before,) = list(query)
    assert router.remove_session("bruno.lima", relogin_after=1.0)
    assert list(query) == []
    time.sleep(1.2)
    (after,) = list(query)
    assert after[".id"] != before[".id"]
    assert after["session-id"] != before["session-id"]
    assert after["caller-id"] == before["caller-id"] == "AA:BB:CC:00:00:02"
    assert after["address"] == before["address"]
    assert after["uptime"] in ("0s", "1s")
    # Its dynamic interface and queue come back too.
    assert list(api.path("/interface").select().where(Key("name") == "<pppoe-bruno.lima>"))
    api.close()


def test_schedule_login_and_add_session(router, api, clock):
    router.schedule_login("novo.cliente", delay=30, address="100.64.9.9", caller_id="aa:bb:cc:dd:ee:ff")
    query = api.path("/ppp/active").select().where(Key("name") == "novo.cliente")
    assert list(query) == []
    clock.now += 45
    (row,) = list(query)
    assert row["address"] == "100.64.9.9" and row["caller-id"] == "AA:BB:CC:DD:EE:FF"
    assert row["uptime"] == "15s"
    new_id = router.add_session("outro", address="100.64.9.10")
    assert [r[".id"] for r in api.path("/ppp/active").select().where(Key("name") == "outro")] == [new_id]
    assert router.session_count == 7


# ---- /interface, monitor-traffic, queues --------------------------------------------------------


def test_interface_print(api, clock):
    rows = {r["name"]: r for r in api.path("/interface")}
    assert {"ether1", "ether2", "ether3"} <= set(rows)
    pppoe = rows["<pppoe-ana.souza>"]
    assert pppoe["type"] == "pppoe-in" and pppoe["running"] is True and pppoe["dynamic"] is True
    assert len([n for n in rows if n.startswith("<pppoe-")]) == 5
    clock.now += 10
    again = {r["name"]: r for r in api.path("/interface")}
    for name in ("ether1", "<pppoe-ana.souza>"):
        for key in ("rx-byte", "tx-byte", "rx-packet", "tx-packet"):
            assert again[name][key] >= rows[name][key]
        assert again[name]["tx-byte"] > rows[name]["tx-byte"]


def test_monitor_traffic_once(api, clock):
    def sample():
        (row,) = api("/interface/monitor-traffic", interface="<pppoe-ana.souza>", once=True)
        return row

    first = sample()
    assert first["name"] == "<pppoe-ana.souza>"
    for key in ("rx-bits-per-second", "tx-bits-per-second", "rx-packets-per-second",
                "tx-packets-per-second"):
        assert isinstance(first[key], int) and first[key] > 0
    # tx is what the router sends to the subscriber: their download.
    assert 0 < first["tx-bits-per-second"] <= 500_000_000
    clock.now += 1
    assert sample() != first


def test_monitor_traffic_several_interfaces_and_empty_once(api):
    rows = list(api.rawCmd("/interface/monitor-traffic", "=interface=ether1,<pppoe-elis.ramos>", "=once="))
    assert [r["name"] for r in rows] == ["ether1", "<pppoe-elis.ramos>"]


def test_monitor_traffic_unknown_interface(api):
    with pytest.raises(TrapError, match="no such item"):
        list(api("/interface/monitor-traffic", interface="<pppoe-ninguem>", once=True))


def test_monitor_traffic_stream_and_cancel(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.login()
    raw.send("/interface/monitor-traffic", "=interface=<pppoe-ana.souza>", "=interval=0.05", ".tag=mt")
    for _ in range(3):
        sentence = raw.read_sentence()
        assert sentence[0] == "!re" and ".tag=mt" in sentence
        assert rawkit.attrs(sentence)["name"] == "<pppoe-ana.souza>"
    # Other commands keep working on the same connection while the stream runs.
    raw.send("/system/identity/print", ".tag=id")
    replies = raw.read_until_done(tag="id")
    assert ["!re", ".tag=id", "=name=RB-Centro"] in replies
    raw.send("/cancel", "=tag=mt", ".tag=c")
    tail = [s for s in raw.read_until_done(tag="c") if s[0] != "!re"]
    assert tail == [["!trap", ".tag=mt", "=category=2", "=message=interrupted"], ["!done", ".tag=mt"],
                    ["!done", ".tag=c"]]


def test_queue_simple(api):
    rows = list(api.path("/queue/simple").select().where(Key("name") == "<pppoe-diego.rocha>"))
    assert len(rows) == 1
    queue = rows[0]
    assert queue["target"] == "<pppoe-diego.rocha>"
    assert re.fullmatch(r"\d+M/\d+M", queue["max-limit"])
    assert len(list(api.path("/queue/simple"))) == 5


# ---- other menus ----------------------------------------------------------------------------------


def test_system_resource_and_identity(api, router):
    (res,) = api.path("/system/resource")
    assert res["version"] == "7.16.1 (stable)"
    assert UPTIME_RE.match(res["uptime"])
    assert 0 <= res["cpu-load"] <= 100
    assert 0 < res["free-memory"] < res["total-memory"]
    assert res["board-name"] and res["architecture-name"]
    api.path("/system/identity").update(name="RB-Novo")
    assert router.identity == "RB-Novo"
    assert tuple(api.path("/system/identity")) == ({"name": "RB-Novo"},)


def test_ppp_secret_print_add_remove(api):
    secrets = api.path("/ppp/secret")
    names = [s["name"] for s in secrets]
    assert sorted(names) == sorted(s if isinstance(s, str) else s["name"] for s in SUBSCRIBERS)
    new_id = secrets.add(name="novo", password="x1", service="pppoe", profile="plano-100M")
    assert re.fullmatch(r"\*[0-9A-F]+", new_id)
    (row,) = secrets.select(Key(".id"), Key("profile")).where(Key("name") == "novo")
    assert row == {".id": new_id, "profile": "plano-100M"}
    with pytest.raises(TrapError, match="already exists"):
        secrets.add(name="novo", password="x2")
    secrets.update(**{".id": new_id, "disabled": True})
    (row,) = secrets.select(Key("disabled")).where(Key("name") == "novo")
    assert row == {"disabled": True}
    secrets.remove(new_id)
    assert not list(secrets.select().where(Key("name") == "novo"))
    with pytest.raises(TrapError, match="no such item"):
        secrets.remove(new_id)


def test_unknown_menu_and_command_are_multitrap(api):
    with pytest.raises(MultiTrapError) as info:
        list(api.path("/bogus/nonexistent"))  # (/ip exists since /ip/address is served)
    messages = [t.message for t in info.value.traps]
    assert messages == ["no such command or directory (bogus)", "no such command prefix"]
    with pytest.raises(MultiTrapError) as info:
        list(api.path("/ip/nonexistent"))
    assert info.value.traps[0].message == "no such command or directory (nonexistent)"
    with pytest.raises(MultiTrapError) as info:
        list(api("/ppp/active/frobnicate"))
    assert info.value.traps[0].message == "no such command or directory (frobnicate)"
    # The connection is still usable afterwards.
    assert len(list(api.path("/ppp/active"))) == 5


# ---- raw protocol: tags and length encodings ------------------------------------------------------


def test_tag_echoed_on_every_sentence(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.send("/login", "=name=admin", "=password=secret", ".tag=L")
    assert raw.read_until_done() == [["!done", ".tag=L"]]
    raw.send("/ppp/active/print", "=.proplist=name", ".tag=p1")
    replies = raw.read_until_done()
    assert len(replies) == 6 and all(".tag=p1" in s for s in replies)
    raw.send("/nada/print", ".tag=bad")
    assert raw.read_until_done() == [
        ["!trap", ".tag=bad", "=category=0", "=message=no such command or directory (nada)"],
        ["!trap", ".tag=bad", "=message=no such command prefix"],
        ["!done", ".tag=bad"],
    ]


def test_pipelined_tagged_commands(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.login()
    raw.send("/system/identity/print", ".tag=a")
    raw.send("/ppp/active/print", "=count-only=", ".tag=b")
    replies = raw.read_until_done(tag="b")
    assert ["!done", ".tag=a"] in replies and ["!done", ".tag=b", "=ret=5"] in replies


@pytest.mark.parametrize(("size", "prefix_bytes"), [(10, 1), (300, 2), (40_000, 3), (0x200010, 4)])
def test_long_words_both_directions(router, rawkit, size, prefix_bytes):
    raw = rawkit.connect(router.port)
    raw.login()
    tag = "t" * size
    raw.send("/system/identity/print", f".tag={tag}")
    replies = raw.read_until_done()
    assert replies[-1] == ["!done", f".tag={tag}"]
    assert len(rawkit.length(len(".tag=") + size)) == prefix_bytes  # what we sent
    assert max(raw.prefix_sizes) == prefix_bytes  # what came back


def test_five_byte_length_prefix_is_accepted(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.send("/login", "=name=admin", "=password=secret", five_byte=True)
    assert raw.read_until_done() == [["!done"]]
    raw.send("/system/identity/print", five_byte=True)
    assert raw.read_until_done() == [["!re", "=name=RB-Centro"], ["!done"]]


def test_empty_sentences_are_ignored(router, rawkit):
    raw = rawkit.connect(router.port)
    raw.sock.sendall(b"\x00\x00")
    raw.login()


# ---- scale ----------------------------------------------------------------------------------------


def test_five_thousand_sessions(make_router):
    started = time.monotonic()
    router = make_router(sessions=5000, seed=42)
    api = connect(router, timeout=20)
    rows = list(api.path("/ppp/active"))
    elapsed = time.monotonic() - started
    assert len(rows) == 5000
    assert len({r[".id"] for r in rows}) == 5000
    assert len({r["name"] for r in rows}) == 5000
    assert len({r["address"] for r in rows}) == 5000
    assert all(UPTIME_RE.match(r["uptime"]) for r in rows)
    target = rows[4321]["name"]
    assert [r["name"] for r in api.path("/ppp/active").select().where(Key("name") == target)] == [target]
    assert len(list(api.path("/interface"))) == 5003
    api.close()
    assert elapsed < 15  # generous: correctness is the point, not the stopwatch


def test_farm_routers_are_distinct(rawkit):
    with RouterFarm(count=3, sessions=30, base_seed=10, password=PASSWORD) as farm:
        assert len({r.port for r in farm}) == 3
        assert len({r.identity for r in farm}) == 3
        logins = [set(r.logins) for r in farm]
        assert not (logins[0] & logins[1]) and not (logins[1] & logins[2])
        for router in farm:
            api = connect(router)
            rows = list(api.path("/ppp/active"))
            assert {r["name"] for r in rows} == set(router.logins)
            assert tuple(api.path("/system/identity")) == ({"name": router.identity},)
            api.close()


def test_fatal_reaches_librouteros_as_fatal_error(router):
    api = connect(router)
    with pytest.raises(FatalError):
        list(api("/quit"))


def test_async_librouteros_client(router):
    import asyncio

    async def scenario():
        api = await librouteros.async_connect("127.0.0.1", USER, PASSWORD, port=router.port, timeout=5)
        rows = [row async for row in api.path("/ppp/active").select(Key("name")).where(
            Key("name") == "elis.ramos")]
        await api.close()
        return rows

    assert asyncio.run(scenario()) == [{"name": "elis.ramos"}]


def test_restart_on_the_same_port(make_router):
    router = make_router(sessions=3)
    port = router.port
    router.stop()
    router.start()
    assert router.port == port
    api = connect(router)
    assert len(list(api.path("/ppp/active"))) == 3
    api.close()


def test_monitor_traffic_stream_ends_when_session_goes_away(make_router, rawkit):
    router = make_router(logins=SUBSCRIBERS)
    raw = rawkit.connect(router.port)
    raw.login()
    raw.send("/interface/monitor-traffic", "=interface=<pppoe-diego.rocha>", "=interval=0.05")
    assert raw.read_sentence()[0] == "!re"
    router.remove_session("diego.rocha")
    tail = [s for s in raw.read_until_done() if s[0] != "!re"]
    assert tail == [["!trap", "=message=no such item"], ["!done"]]


def test_monitor_traffic_duration(make_router, rawkit):
    router = make_router(sessions=2)  # real clock: the duration has to elapse
    raw = rawkit.connect(router.port)
    raw.login()
    started = time.monotonic()
    raw.send("/interface/monitor-traffic", "=interface=ether1", "=interval=0.05", "=duration=300ms")
    replies = raw.read_until_done()
    assert 0.2 < time.monotonic() - started < 2
    assert replies[-1] == ["!done"]
    assert 2 <= len(replies) - 1 <= 8 and all(s[0] == "!re" for s in replies[:-1])


def test_farm_of_twenty_routers_with_5000_sessions(rawkit):
    """The sizing target: 20 routers x 5,000 sessions served by this one process."""
    started = time.monotonic()
    with RouterFarm(count=20, sessions=5000, base_seed=100, password=PASSWORD) as farm:
        clients = []
        for router in farm:
            raw = rawkit.connect(router.port, timeout=20)
            raw.login()
            raw.send("/ppp/active/print", "=.proplist=.id,name,uptime")
            clients.append(raw)
        all_names = set()
        for raw in clients:  # all 20 prints are in flight at once
            replies = raw.read_until_done()
            rows = [rawkit.attrs(s) for s in replies[:-1]]
            assert len(rows) == 5000 and all(s[0] == "!re" for s in replies[:-1])
            all_names |= {r["name"] for r in rows}
        assert len(all_names) == 100_000
        api = connect(farm[19], timeout=20)
        assert len(list(api.path("/ppp/active"))) == 5000
        api.close()
    assert time.monotonic() - started < 60  # generous; typically a few seconds
