"""The connection pool and live queries against the RouterOS simulator with the real librouteros:
every fault mode ends in a clear state within the deadline; the pool stays bounded and leak-free."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from desk_server.routeros import commands
from desk_server.routeros.errors import RouterError

from .routers_support import service, sims, target_for_sim, wait_until  # noqa: F401

pytestmark = pytest.mark.timeout(60)


def _logins(n=5):
    return [{"name": f"cliente{i}", "address": f"100.64.0.{i + 10}", "caller_id": f"AA:BB:CC:00:00:{i:02X}"}
            for i in range(n)]


def test_live_lookup_and_status_against_the_simulator(sims):
    sim = sims(logins=_logins(), identity="RB-Teste")
    with service() as svc:
        target = target_for_sim(sim)
        live = svc.lookup(target, "cliente2")
        assert live.online and live.session.address == "100.64.0.12"
        assert live.session.caller_id == "AA:BB:CC:00:00:02"
        assert live.session.uptime_seconds is not None and live.session.ref.startswith("*")
        assert live.rx_bps is not None and live.tx_bps is not None and live.tx_bps > 0
        assert not svc.lookup(target, "ninguem").online
        status = svc.live_status(target)
        assert status.identity == "RB-Teste" and status.version.startswith("7.16") and status.sessions == 5
        assert status.cpu_load is not None and status.latency_ms >= 0


def test_numeric_and_yes_logins_are_not_mangled(sims):
    sim = sims(logins=["12345", "yes", "007"])
    with service() as svc:
        target = target_for_sim(sim)
        for login in ("12345", "yes", "007"):
            live = svc.lookup(target, login)
            assert live.online and live.session.login == login


def _expect(svc, target, code, *, within):
    started = time.monotonic()
    with pytest.raises(RouterError) as info:
        svc.lookup(target, "cliente1")
    elapsed = time.monotonic() - started
    assert info.value.code in code, info.value.message
    assert elapsed < within, elapsed
    return info.value


def test_slow_router_within_the_deadline_answers(sims):
    sim = sims(logins=_logins())
    sim.set_fault("slow", delay=0.3)
    with service() as svc:
        assert svc.lookup(target_for_sim(sim), "cliente1").online


def test_slow_router_beyond_the_socket_timeout_is_a_timeout(sims):
    sim = sims(logins=_logins())
    sim.set_fault("slow", delay=2.0)
    with service(router_io_timeout=0.5, router_live_deadline=3.0) as svc:
        error = _expect(svc, target_for_sim(sim), {"timeout"}, within=2.0)
    assert error.message.startswith("roteador não responde (tempo esgotado)")


def test_trickling_router_is_cut_at_the_overall_deadline(sims):
    # every sentence arrives within the socket timeout, but the whole answer would take too long
    sim = sims(sessions=400)
    sim.set_fault("slow", delay=0.2, per_sentence=True)
    with service(router_io_timeout=1.0, router_poll_deadline=2.0) as svc:
        started = time.monotonic()
        with pytest.raises(RouterError) as info:
            svc.run(target_for_sim(sim), commands.list_sessions, deadline=time.monotonic() + 2.0)
        assert info.value.code == "timeout"
        assert time.monotonic() - started < 3.0


def test_hung_router_answers_within_the_deadline(sims):
    sim = sims(logins=_logins())
    sim.set_fault("hang")
    with service(router_live_deadline=2.0, router_io_timeout=5.0) as svc:
        _expect(svc, target_for_sim(sim), {"timeout"}, within=3.0)
    assert wait_until(lambda: sim.active_connections == 0, 5)


def test_router_hanging_after_login_answers_within_the_deadline(sims):
    sim = sims(logins=_logins())
    with service(router_live_deadline=2.0, router_io_timeout=5.0) as svc:
        target = target_for_sim(sim)
        assert svc.lookup(target, "cliente1").online  # a pooled, logged-in connection exists
        sim.set_fault("hang")
        _expect(svc, target, {"timeout"}, within=3.0)
        sim.set_fault(None)
        assert svc.lookup(target, "cliente1").online  # the hung connection was discarded


def test_dropped_connection_is_a_clear_state_and_is_discarded(sims):
    sim = sims(logins=_logins())
    with service() as svc:
        target = target_for_sim(sim)
        assert svc.lookup(target, "cliente1").online
        sim.set_fault("drop", after=0)
        error = _expect(svc, target, {"closed", "closed_at_login", "reset"}, within=3.0)
        assert "conexão" in error.message
        sim.set_fault(None)
        assert svc.lookup(target, "cliente1").online
        pool = svc.pools.peek(target.id)
        assert pool.stats["discarded"] >= 1


@pytest.mark.parametrize("mode", ["prefix", "random"])
def test_garbage_is_a_protocol_error_or_timeout(sims, mode):
    sim = sims(logins=_logins())
    with service(router_live_deadline=2.0, router_io_timeout=1.0) as svc:
        target = target_for_sim(sim)
        assert svc.lookup(target, "cliente1").online
        sim.set_fault("garbage", mode=mode)
        codes = {"protocol"} if mode == "prefix" else {"protocol", "timeout", "closed", "reset", "trap", "fatal",
                                                        "closed_at_login"}
        error = _expect(svc, target, codes, within=3.0)
        assert error.message
        sim.set_fault(None)
        assert svc.lookup(target, "cliente1").online


def test_wrong_login_is_reported_as_bad_credentials(sims):
    sim = sims(logins=_logins())
    with service() as svc:
        error = _expect(svc, target_for_sim(sim, password="errada"), {"auth"}, within=2.0)
        assert error.message == "usuário ou senha do roteador inválidos"
        sim.set_fault("wrong_login")
        _expect(svc, target_for_sim(sim, router_id=2), {"auth"}, within=2.0)
    assert wait_until(lambda: sim.active_connections == 0, 5)


def test_refused_connection(sims):
    sim = sims(logins=_logins())
    sim.set_fault("refuse")
    with service() as svc:
        error = _expect(svc, target_for_sim(sim), {"refused"}, within=2.0)
        assert error.message.startswith("conexão recusada")
        sim.set_fault(None)
        assert svc.lookup(target_for_sim(sim), "cliente1").online


@pytest.mark.parametrize("over_limit, codes", [("close", {"closed_at_login"}), ("fatal", {"too_many"})])
def test_router_without_free_api_sessions(sims, over_limit, codes):
    sim = sims(logins=_logins())
    sim.set_fault("max_sessions", limit=0, over_limit=over_limit)
    with service() as svc:
        error = _expect(svc, target_for_sim(sim), codes, within=3.0)
        assert "limite de sessões" in error.message


def test_backoff_fails_fast_after_a_connection_failure(sims):
    sim = sims(logins=_logins())
    sim.set_fault("refuse")
    with service(router_max_backoff=30.0) as svc:
        target = target_for_sim(sim)
        _expect(svc, target, {"refused"}, within=2.0)
        sim.set_fault(None)
        error = _expect(svc, target, {"refused"}, within=0.2)  # still backing off: no new connection
        assert "nova tentativa em" in error.message
        assert svc.test(target)["ok"]  # "Testar conexão" connects anyway and ends the back-off
        assert svc.lookup(target, "cliente1").online


def test_pool_is_bounded_under_concurrent_lookups_and_does_not_leak(sims):
    sim = sims(logins=_logins(20))
    with service(router_pool_size=3, router_live_deadline=10.0) as svc:
        target = target_for_sim(sim)
        sim.set_fault("slow", delay=0.05)  # keep connections busy so lookups really overlap

        def one(i):
            return svc.lookup(target, f"cliente{i % 20}").online

        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(one, range(96)))
        assert all(results)
        assert sim.max_seen_connections == 3
        assert sim.active_connections <= 3
        stats = svc.pools.peek(target.id).stats
        assert stats["out"] == 0 and stats["idle"] == 3 and stats["opened"] == 3
    assert wait_until(lambda: sim.active_connections == 0, 5), "pool.close() must close every connection"


def test_connection_is_never_shared_between_threads(sims):
    sim = sims(logins=_logins(4))
    holders: dict[int, int] = {}
    lock = threading.Lock()
    overlaps = []
    with service(router_pool_size=2) as svc:
        target = target_for_sim(sim)

        def use(conn, deadline):
            with lock:
                if id(conn) in holders:
                    overlaps.append(id(conn))
                holders[id(conn)] = threading.get_ident()
            try:
                return commands.find_session(conn, "cliente1", deadline)
            finally:
                with lock:
                    holders.pop(id(conn), None)

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda _: svc.run(target, use), range(64)))
    assert not overlaps


def test_router_with_fewer_api_sessions_than_the_pool_still_serves_everyone(sims):
    sim = sims(logins=_logins(8), max_sessions=2)
    with service(router_pool_size=3, router_live_deadline=10.0) as svc:
        target = target_for_sim(sim)
        sim.set_fault("slow", delay=0.05)
        with ThreadPoolExecutor(max_workers=6) as pool:
            results = list(pool.map(lambda i: svc.lookup(target, f"cliente{i % 8}").online, range(36)))
        assert all(results)
        assert sim.max_seen_connections <= 2


def test_disconnect_removes_the_session(sims):
    sim = sims(logins=_logins())
    with service() as svc:
        target = target_for_sim(sim)
        removed = svc.remove(target, "cliente3")
        assert removed is not None and removed.login == "cliente3"
        assert sim.session("cliente3") is None
        assert svc.remove(target, "cliente3") is None


def test_test_connection_reports_identity_version_and_latency_or_the_error(sims):
    sim = sims(logins=_logins(), identity="RB-Norte")
    with service() as svc:
        ok = svc.test(target_for_sim(sim))
        assert ok["ok"] and ok["identity"] == "RB-Norte" and ok["version"].startswith("7.16")
        assert ok["latency_ms"] is not None and ok["sessions"] == 5
        bad = svc.test(target_for_sim(sim, password="x"))
        assert not bad["ok"] and bad["error_code"] == "auth"
        sim.set_fault("hang")
        started = time.monotonic()
        hung = svc.test(target_for_sim(sim))
        assert not hung["ok"] and hung["error_code"] == "timeout"
        assert time.monotonic() - started < 4
    assert wait_until(lambda: sim.active_connections == 0, 5)


def test_closing_the_service_cuts_calls_in_progress(sims):
    sim = sims(logins=_logins())
    sim.set_fault("hang")
    with service(router_live_deadline=10.0, router_io_timeout=10.0) as svc:
        target = target_for_sim(sim)
        outcome = {}

        def call():
            started = time.monotonic()
            try:
                svc.lookup(target, "cliente1")
            except RouterError as exc:
                outcome["error"] = exc.code
            outcome["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=call)
        thread.start()
        time.sleep(0.5)
        svc.close()  # server shutdown
        thread.join(5)
        assert not thread.is_alive() and outcome["seconds"] < 3 and outcome["error"]
