"""The poller on both databases: status, online sessions, traffic samples, leases between instances,
and a dead router never delaying the others."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import itertools
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from desk_server.db import make_engine, make_session_factory
from desk_server.models import utcnow
from desk_server.models.routers import (
    Router,
    RouterPollLease,
    RouterSession,
    RouterStatus,
    RouterTrafficSample,
)
from desk_server.routeros import store
from desk_server.routeros.crypto import encrypt_password
from desk_server.routeros.poller import RouterPoller

from .routers_support import PASSWORD, USER, _NoSettings, service, sims, wait_until  # noqa: F401

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def factory(db_url):
    engine = make_engine(db_url, pool_size=5)
    yield make_session_factory(engine)
    engine.dispose()


def add_router(factory, sim, name=None, **extra) -> int:
    with factory() as session:
        row = Router(name=name or f"RB-{sim.port}", host="127.0.0.1", port=sim.port, username=USER,
                     password_encrypted=encrypt_password(_NoSettings.resolved_secret_key, PASSWORD), **extra)
        session.add(row)
        session.commit()
        return row.id


def make_poller(factory, owner="inst-a", **overrides):
    ctx = service(factory, **overrides)
    svc = ctx.__enter__()
    poller = RouterPoller(svc, owner=owner)
    svc.poller = poller
    return poller, ctx


def test_poll_records_status_sessions_and_traffic(factory, sims):
    sim = sims(logins=[{"name": f"c{i}", "address": f"100.64.1.{i + 1}", "caller_id": f"AA:00:00:00:00:{i:02X}"}
                       for i in range(30)], identity="RB-Poll")
    rid = add_router(factory, sim)
    poller, ctx = make_poller(factory)
    try:
        report = poller.run_cycle(force=True)
        assert report.claimed == [rid] and report.results[0].ok, report.results[0].error
        with factory() as session:
            status = session.get(RouterStatus, rid)
            assert status.reachable and status.identity == "RB-Poll" and status.sessions == 30
            assert status.version.startswith("7.16") and status.cpu_load is not None and status.source == "poller"
            assert session.scalar(select(func.count()).select_from(RouterSession)
                                  .where(RouterSession.online.is_(True))) == 30
            row = session.get(RouterSession, (rid, "c3"))
            assert row.address == "100.64.1.4" and row.caller_id == "AA:00:00:00:00:03" and row.connected_at
            assert session.scalar(select(func.count()).select_from(RouterTrafficSample)) == 30
            lease = session.get(RouterPollLease, rid)
            assert lease.expires_at is None and lease.polls == 1 and lease.owner == "inst-a"

        # c3 goes away, c4 reconnects (new session), a new login appears
        sim.remove_session("c3")
        sim.add_session("c4")
        sim.add_session("novo", caller_id="AA:00:00:00:00:FF")
        time.sleep(1.1)
        report = poller.run_cycle(force=True)
        assert report.results[0].ok and report.results[0].changed == 3
        with factory() as session:
            first_ok = session.get(RouterStatus, rid).last_ok_at
            gone = session.get(RouterSession, (rid, "c3"))
            assert not gone.online and gone.last_seen < first_ok  # seen by the previous poll, not this one
            assert session.get(RouterSession, (rid, "novo")).online
            online, seen, router_id = store.last_seen(session, "c5")
            assert online and router_id == rid and seen == first_ok
            online, seen, _ = store.last_seen(session, "c3")
            assert not online and seen == gone.last_seen
            points = store.traffic_history(session, "c5", utcnow() - timedelta(hours=1), max_gap=600)
            assert len(points) == 1
            assert points[0]["download_bps"] > 0 and points[0]["upload_bps"] >= 0
            assert points[0]["download_bps"] == points[0]["tx_bps"]
    finally:
        ctx.__exit__(None, None, None)


def test_unreachable_router_is_recorded_with_its_error(factory, sims):
    sim = sims(logins=["a"])
    rid = add_router(factory, sim)
    sim.set_fault("refuse")
    poller, ctx = make_poller(factory)
    try:
        report = poller.run_cycle(force=True)
        assert not report.results[0].ok and report.results[0].error_code == "refused"
        with factory() as session:
            status = session.get(RouterStatus, rid)
            assert status.reachable is False and status.error.startswith("conexão recusada")
            assert status.error_code == "refused" and status.last_ok_at is None
            assert session.get(RouterPollLease, rid).expires_at is None  # released for the next try
    finally:
        ctx.__exit__(None, None, None)


def test_a_hung_router_does_not_delay_the_others(factory, sims):
    healthy = [sims(sessions=200, seed=i) for i in range(3)]
    hung = sims(sessions=10, seed=9)
    hung.set_fault("hang")
    ids = [add_router(factory, s) for s in healthy]
    hung_id = add_router(factory, hung)
    poller, ctx = make_poller(factory, router_poll_deadline=4.0, router_io_timeout=10.0)
    try:
        report = poller.run_cycle(force=True)
        by_id = {r.router_id: r for r in report.results}
        assert all(by_id[i].ok for i in ids)
        assert max(by_id[i].seconds for i in ids) < 2.0, [by_id[i].seconds for i in ids]
        assert not by_id[hung_id].ok and by_id[hung_id].error_code == "timeout"
        assert 3.5 < by_id[hung_id].seconds < 6.0
    finally:
        ctx.__exit__(None, None, None)


def test_background_loop_keeps_polling_healthy_routers_while_one_hangs(factory, sims):
    ok_sim = sims(sessions=50)
    hung = sims(sessions=5, seed=3)
    hung.set_fault("hang")
    ok_id = add_router(factory, ok_sim)
    add_router(factory, hung)
    poller, ctx = make_poller(factory, router_poll_interval=0.5, router_poll_deadline=30.0,
                              router_io_timeout=30.0)
    poller.tick = 0.2
    try:
        poller.start()
        # the hung router holds a thread for 30 s; the healthy one is polled again and again meanwhile
        assert wait_until(lambda: sum(1 for r in list(poller.history) if r.router_id == ok_id and r.ok) >= 4, 8)
    finally:
        ctx.__exit__(None, None, None)


def _overlaps(history):
    by_router: dict[int, list] = {}
    for result in history:
        by_router.setdefault(result.router_id, []).append((result.started, result.finished, result.owner))
    bad = []
    for router_id, spans in by_router.items():
        spans.sort()
        for (_s1, e1, o1), (s2, _e2, o2) in itertools.pairwise(spans):
            if s2 < e1:
                bad.append((router_id, o1, o2, e1 - s2))
    return bad


def test_two_instances_never_poll_the_same_router_at_once(factory, sims):
    routers = [sims(sessions=100, seed=i) for i in range(4)]
    for sim in routers:
        sim.set_fault("slow", delay=0.15)  # polls last long enough to overlap if leases were broken
    for sim in routers:
        add_router(factory, sim)
    a, ctx_a = make_poller(factory, owner="inst-a")
    b, ctx_b = make_poller(factory, owner="inst-b")
    stop = time.monotonic() + 6.0
    errors = []

    def run(poller):
        try:
            while time.monotonic() < stop:
                poller.run_cycle(force=True)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=run, args=(p,)) for p in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        history = list(a.history) + list(b.history)
        assert not errors
        assert all(r.ok for r in history), [r.error for r in history if not r.ok]
        assert len(history) >= 8
        assert {r.owner for r in history} == {"inst-a", "inst-b"}, "both instances should get work"
        assert _overlaps(history) == []
    finally:
        ctx_a.__exit__(None, None, None)
        ctx_b.__exit__(None, None, None)


def test_a_crashed_instance_lease_is_taken_over_after_it_expires(factory, sims):
    sim = sims(sessions=5)
    rid = add_router(factory, sim)
    poller, ctx = make_poller(factory, owner="survivor")
    try:
        with factory() as session:
            store.ensure_leases(session)
            session.execute(update(RouterPollLease).where(RouterPollLease.router_id == rid)
                            .values(owner="dead", expires_at=utcnow() + timedelta(seconds=60)))
            session.commit()
        assert poller.run_cycle(force=True).claimed == []
        with factory() as session:
            session.execute(update(RouterPollLease).values(expires_at=utcnow() - timedelta(seconds=1)))
            session.commit()
        report = poller.run_cycle(force=True)
        assert report.claimed == [rid] and report.results[0].ok
    finally:
        ctx.__exit__(None, None, None)


def test_due_routers_only_and_inactive_routers_are_skipped(factory, sims):
    sim = sims(sessions=5)
    rid = add_router(factory, sim)
    add_router(factory, sims(sessions=5, seed=2), active=False)
    poller, ctx = make_poller(factory, router_poll_interval=3600)
    try:
        assert poller.run_cycle().claimed == [rid]
        assert poller.run_cycle().claimed == []  # polled a moment ago
    finally:
        ctx.__exit__(None, None, None)


def test_old_samples_are_pruned(factory, sims):
    sim = sims(sessions=10)
    add_router(factory, sim)
    poller, ctx = make_poller(factory, router_traffic_retention_days=7)
    try:
        poller.run_cycle(force=True)
        with factory() as session:
            session.execute(update(RouterTrafficSample).values(at=utcnow() - timedelta(days=8)))
            session.commit()
        poller.run_cycle(force=True)
        poller.housekeeping(force=True)
        with factory() as session:
            assert session.scalar(select(func.count()).select_from(RouterTrafficSample)) == 10
    finally:
        ctx.__exit__(None, None, None)


def test_bulk_writes_of_thousands_of_sessions(factory, sims):
    sim = sims(sessions=5000, seed=4)
    rid = add_router(factory, sim)
    poller, ctx = make_poller(factory, router_poll_deadline=30.0, router_io_timeout=10.0)
    try:
        first = poller.run_cycle(force=True).results[0]
        assert first.ok and first.sessions == 5000 and first.samples == 5000
        second = poller.run_cycle(force=True).results[0]
        assert second.ok and second.changed == 0  # nothing changed: nothing rewritten
        with factory() as session:
            assert session.scalar(select(func.count()).select_from(RouterSession)
                                  .where(RouterSession.router_id == rid)) == 5000
            assert session.scalar(select(func.count()).select_from(RouterTrafficSample)) == 10000
    finally:
        ctx.__exit__(None, None, None)
