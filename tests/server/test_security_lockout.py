"""Issue 15 items 2, 3 and 9: a login throttle that cannot be raced or abused, on both engines.

Before: 40 parallel logins (39 wrong, 1 right) on PostgreSQL gave 500s (StaleDataError) and more than
`max_failures` wrong passwords were checked; an unknown user's burst counted 2 failures; five wrong
passwords from anywhere locked the account for everyone; a 300 s lock was announced as "6 minutos".
"""
from __future__ import annotations

import logging
import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from desk_server.db import make_engine, make_session_factory
from desk_server.domain import auth as auth_rules
from desk_server.domain import lockout
from desk_server.models import LoginThrottle, utcnow
from tests.harness import login_headers, unlock_user_cli

MAX = 5
RULES = {"ttl_minutes": 60, "max_failures": MAX, "lock_seconds": 300}


def _parallel_logins(url: str, attempts: list[tuple[str, str]], client: str, monkeypatch):
    """All attempts at once (one session each); returns outcomes and how many passwords were checked."""
    checked = Counter()
    real_verify = auth_rules.verify_password

    def counting_verify(password_hash, password):
        ok = real_verify(password_hash, password)
        checked["right" if ok else "wrong"] += 1
        return ok
    monkeypatch.setattr(auth_rules, "verify_password", counting_verify)
    engine = make_engine(url, pool_size=len(attempts))
    factory = make_session_factory(engine)
    gate = threading.Barrier(len(attempts))
    outcomes: list[str] = []

    def attempt(username: str, password: str) -> None:
        with factory() as session:
            gate.wait()
            try:
                auth_rules.login(session, username, password, client=client, **RULES)
                outcomes.append("ok")
            except auth_rules.LoginRefused as refused:
                outcomes.append(refused.reason)
            except Exception as exc:  # noqa: BLE001 — any other exception is the bug (a 500)
                outcomes.append(f"error {exc.__class__.__name__}")

    threads = [threading.Thread(target=attempt, args=a) for a in attempts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with factory() as session:
        rows = session.execute(select(LoginThrottle.failures).where(LoginThrottle.username == attempts[0][0],
                                                                   LoginThrottle.client != auth_rules.USER_WIDE)).all()
    engine.dispose()
    return Counter(outcomes), checked, [r.failures for r in rows]


def test_forty_parallel_logins_check_at_most_max_wrong_passwords(demo_db_url, monkeypatch):
    attempts = [("tecnico", f"wrong-{i}") for i in range(39)] + [("tecnico", "demo123")]
    outcomes, checked, _ = _parallel_logins(demo_db_url, attempts, "10.0.0.7", monkeypatch)
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert sum(outcomes.values()) == 40 and outcomes["invalid"] + outcomes["locked"] + outcomes["ok"] == 40
    assert outcomes["ok"] <= 1 and checked["right"] == outcomes["ok"]
    if not outcomes["ok"]:  # the right password came after the allowance: only MAX were ever checked
        assert checked["wrong"] + checked["right"] <= MAX, checked
    else:
        # A right password forgets the failures counted before it (at most MAX - 1); tries that are
        # counted after it (still queued when it got in, as on a loaded SQLite) start a new allowance.
        assert checked["wrong"] <= 2 * MAX - 1, checked


def test_unknown_user_burst_is_counted_up_to_the_allowance(demo_db_url, monkeypatch):
    attempts = [("ninguem", f"x{i}") for i in range(40)]
    outcomes, checked, failures = _parallel_logins(demo_db_url, attempts, "10.0.0.8", monkeypatch)
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert checked["wrong"] == MAX and failures == [MAX]
    # Every try past the allowance waits; tries still being checked when the lock fell say so too.
    assert outcomes["locked"] >= 40 - MAX + 1 and outcomes["locked"] + outcomes["invalid"] == 40


def test_wrong_passwords_elsewhere_do_not_lock_the_user_out(app_for, demo_db_url, caplog):
    api = app_for(demo_db_url, login_max_failures=3, login_lock_seconds=120)
    engine = make_engine(demo_db_url, pool_size=1)
    with make_session_factory(engine)() as session, caplog.at_level(logging.WARNING, "desk_server.auth"):
        for _ in range(3):
            with pytest.raises(auth_rules.LoginRefused):
                auth_rules.login(session, "admin", "nope", client="203.0.113.9", **{**RULES, "max_failures": 3})
        # The attacker's address waits; the admin at their own desk logs in at once.
        with pytest.raises(auth_rules.LoginRefused) as refused:
            auth_rules.login(session, "admin", "demo123", client="203.0.113.9", **{**RULES, "max_failures": 3})
        assert refused.value.reason == "locked"
        assert auth_rules.login(session, "admin", "demo123", client="198.51.100.4", **RULES).user.username == "admin"
    engine.dispose()
    assert "'admin' from '203.0.113.9' waits" in caplog.text
    assert api.post("/api/v1/auth/login", json={"username": "admin", "password": "demo123"}).status_code == 200


def test_slow_down_doubles_per_wrong_password_after_the_wait_up_to_the_cap():
    assert [lockout.delay_after(f, 5, 30, 300) for f in (4, 5, 6, 7, 8, 9)] == [0, 30, 60, 120, 240, 300]
    assert lockout.delay_after(1000, 5, 30, 300) == 300


def test_admin_unlocks_by_endpoint_and_cli_and_both_are_logged(app_for, demo_db_url, tmp_path, caplog):
    api = app_for(demo_db_url, login_max_failures=2, login_lock_seconds=600)
    for _ in range(2):
        api.post("/api/v1/auth/login", json={"username": "tecnico", "password": "x"})
    assert api.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"}).status_code == 429
    users = api.get("/api/v1/users", headers=login_headers(api, "admin")).json()["items"]
    tec_id = next(u["id"] for u in users if u["username"] == "tecnico")
    # Only an admin may unlock; an unknown id is 404.
    assert api.post(f"/api/v1/users/{tec_id}/unlock", headers=login_headers(api, "supervisor")).status_code == 403
    assert api.post("/api/v1/users/999999/unlock", headers=login_headers(api, "admin")).status_code == 404
    with caplog.at_level(logging.WARNING, "desk_server.auth"):
        answer = api.post(f"/api/v1/users/{tec_id}/unlock", headers=login_headers(api, "admin"))
    assert answer.status_code == 200 and answer.json() == {"username": "tecnico", "cleared": 1}
    assert "'tecnico' unlocked by admin 'admin'" in caplog.text
    assert api.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"}).status_code == 200

    for _ in range(2):
        api.post("/api/v1/auth/login", json={"username": "Tecnico", "password": "x"})
    done = unlock_user_cli(demo_db_url, tmp_path, "TECNICO")
    assert done.returncode == 0, done.stderr
    assert "desbloqueado (1 endereço(s)" in done.stdout
    assert api.post("/api/v1/auth/login", json={"username": "tecnico", "password": "demo123"}).status_code == 200


@pytest.mark.parametrize(("seconds", "text"), [(300, "5 minutos"), (299, "5 minutos"), (301, "6 minutos"),
                                               (60, "1 minuto."), (1, "1 minuto."), (61, "2 minutos")])
def test_lock_message_minutes(seconds, text):
    assert text in lockout.lock_message(seconds)


def test_a_fresh_300_s_lock_reads_as_5_minutes_even_microseconds_later():
    now = utcnow()
    until = now + timedelta(seconds=300)
    for later in (now - timedelta(microseconds=400), now, now + timedelta(milliseconds=300)):
        assert "5 minutos" in lockout.lock_message(lockout.seconds_locked(until, later))
