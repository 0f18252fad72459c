"""Issue 15 item 3, leftovers: a guess spread over many addresses slows down too, and X-Forwarded-For
counts only from a trusted proxy (DESK_TRUSTED_PROXIES), on both engines.

Before: the count was per user and address only, so an attacker with many addresses (or one that
sent a new X-Forwarded-For each time from loopback, which uvicorn believed by default) guessed on
without ever waiting.
"""
from __future__ import annotations

import logging
from types import SimpleNamespace

import httpx
import pytest
from sqlalchemy import select
from starlette.requests import Request

from desk_server.api.deps import client_address
from desk_server.db import make_engine, make_session_factory
from desk_server.domain.auth import USER_WIDE
from desk_server.models import LoginThrottle
from tests.harness import TEST_SECRET, LiveServer, login_headers, unlock_user_cli

PROXY = ("127.0.0.1", 40000)


@pytest.fixture
def proxied(app_for):
    """A TestClient whose requests come from 127.0.0.1 (the reverse proxy's address)."""
    return lambda url, **overrides: app_for(url, client=PROXY, **overrides)


def _login(api, username: str, password: str, via: str | None = None):
    headers = {"X-Forwarded-For": via} if via else {}
    return api.post("/api/v1/auth/login", json={"username": username, "password": password}, headers=headers)


def _throttle_rows(url: str, username: str) -> dict[str, int]:
    engine = make_engine(url, pool_size=1)
    with make_session_factory(engine)() as session:
        rows = session.execute(select(LoginThrottle.client, LoginThrottle.failures)
                               .where(LoginThrottle.username == username, LoginThrottle.failures > 0)).all()
    engine.dispose()
    return {row.client: row.failures for row in rows}


def _spread_guess(api, count: int, start: int = 1) -> list[int]:
    return [_login(api, "tecnico", f"guess-{i}", via=f"203.0.113.{i}, 127.0.0.1").status_code
            for i in range(start, start + count)]


def test_a_guess_from_many_addresses_slows_down_and_unlock_clears_it(proxied, demo_db_url, tmp_path, caplog):
    api = proxied(demo_db_url, login_max_failures=3, login_max_failures_per_user=6, login_user_lock_seconds=120,
                  trusted_proxies="127.0.0.1, 10.0.0.0/8")
    with caplog.at_level(logging.WARNING, "desk_server.auth"):
        # Each address stays under its own allowance of 3; the 6th wrong password from all of them
        # together makes every try of the user wait (the 6th itself already says so).
        assert _spread_guess(api, 6) == [401] * 5 + [429]
        answer = _login(api, "tecnico", "demo123", via="198.51.100.77")
    assert answer.status_code == 429, answer.text
    assert "de vários computadores" in answer.json()["detail"]
    assert 110 <= int(answer.headers["Retry-After"]) <= 120
    assert "'tecnico' from all addresses (the last from '203.0.113.6') waits 120 s after 6 wrong" in caplog.text
    rows = _throttle_rows(demo_db_url, "tecnico")
    assert rows == {**{f"203.0.113.{i}": 1 for i in range(1, 7)}, USER_WIDE: 6}
    # Slowed down, not locked for everyone: another user from the same addresses gets in.
    assert _login(api, "supervisor", "demo123", via="203.0.113.1").status_code == 200

    admin = login_headers(api, "admin")
    tec_id = next(u["id"] for u in api.get("/api/v1/users", headers=admin).json()["items"]
                  if u["username"] == "tecnico")
    with caplog.at_level(logging.WARNING, "desk_server.auth"):
        unlocked = api.post(f"/api/v1/users/{tec_id}/unlock", headers=admin)
    assert unlocked.status_code == 200 and unlocked.json() == {"username": "tecnico", "cleared": 6}
    assert "'tecnico' unlocked by admin 'admin' (6 address(es), and the count over all addresses)" in caplog.text
    assert _throttle_rows(demo_db_url, "tecnico") == {}
    assert _login(api, "tecnico", "demo123", via="198.51.100.77").status_code == 200

    # Again, freed by the command line this time.
    assert _spread_guess(api, 6, start=11) == [401] * 5 + [429]
    assert _login(api, "tecnico", "demo123", via="198.51.100.78").status_code == 429
    done = unlock_user_cli(demo_db_url, tmp_path, "tecnico")
    assert done.returncode == 0, done.stderr
    assert "desbloqueado (6 endereço(s)" in done.stdout
    assert _throttle_rows(demo_db_url, "tecnico") == {}
    assert _login(api, "tecnico", "demo123", via="198.51.100.78").status_code == 200


def test_the_per_address_allowance_still_comes_first(proxied, demo_db_url):
    api = proxied(demo_db_url, login_max_failures=2, login_max_failures_per_user=50, trusted_proxies="127.0.0.1")
    assert [_login(api, "tecnico", "x", via="203.0.113.50").status_code for _ in range(2)] == [401, 429]
    refused = _login(api, "tecnico", "demo123", via="203.0.113.50")
    assert refused.status_code == 429 and "neste computador" in refused.json()["detail"]
    # The real user at another address behind the same proxy is not affected.
    assert _login(api, "tecnico", "demo123", via="203.0.113.51").status_code == 200


@pytest.mark.parametrize("trusted", ["", "10.9.9.9"])
def test_forwarded_for_from_an_untrusted_peer_is_ignored(proxied, demo_db_url, trusted):
    api = proxied(demo_db_url, login_max_failures=2, trusted_proxies=trusted)
    assert [_login(api, "tecnico", "x", via=f"203.0.113.{i}").status_code for i in range(2)] == [401, 429]
    # A fresh address in the header does not buy a fresh allowance: all were counted for the peer.
    assert _login(api, "tecnico", "demo123", via="203.0.113.99").status_code == 429
    assert _throttle_rows(demo_db_url, "tecnico") == {"127.0.0.1": 2, USER_WIDE: 2}


def test_a_real_server_ignores_forwarded_for_from_loopback_unless_trusted(demo_db_url, tmp_path):
    """uvicorn believes X-Forwarded-For from 127.0.0.1 by default; `serve` leaves the choice to
    DESK_TRUSTED_PROXIES (empty here), so a spoofed header changes nothing."""
    server = LiveServer(demo_db_url, tmp_path / "server", {"DESK_LOGIN_MAX_FAILURES": "2", "DESK_RUN_WORKERS": "0"})
    server.start()
    try:
        statuses = [httpx.post(f"{server.url}/api/v1/auth/login", json={"username": "tecnico", "password": "x"},
                               headers={"X-Forwarded-For": f"203.0.113.{i}"}, timeout=30).status_code
                    for i in range(3)]
    finally:
        server.stop()
    assert statuses == [401, 429, 429]
    assert _throttle_rows(demo_db_url, "tecnico") == {"127.0.0.1": 2, USER_WIDE: 2}


def _address(peer: str, forwarded: list[str], trusted: str) -> str:
    from desk_server.config import Settings

    settings = Settings(secret_key=TEST_SECRET, trusted_proxies=trusted)
    scope = {"type": "http", "client": (peer, 1), "app": SimpleNamespace(state=SimpleNamespace(settings=settings)),
             "headers": [(b"x-forwarded-for", value.encode()) for value in forwarded]}
    import asyncio

    return asyncio.run(client_address(Request(scope)))


@pytest.mark.parametrize(("peer", "forwarded", "expected"), [
    ("10.0.0.5", ["203.0.113.9"], "203.0.113.9"),
    ("10.0.0.5", ["198.51.100.1, 203.0.113.9, 10.0.0.2"], "203.0.113.9"),  # the left part is the client's own word
    ("10.0.0.5", ["198.51.100.1", "203.0.113.9"], "203.0.113.9"),  # two header lines read as one list
    ("10.0.0.5", ["not-an-ip"], "10.0.0.5"),
    ("10.0.0.5", [], "10.0.0.5"),
    ("10.0.0.5", ["10.0.0.3, 10.0.0.2"], "10.0.0.3"),  # every hop ours
    ("192.0.2.1", ["203.0.113.9"], "192.0.2.1"),  # peer not trusted
    ("2001:db8::5", ["2001:db8:1::9"], "2001:db8:1::9"),
])
def test_client_address_rules(peer, forwarded, expected):
    assert _address(peer, forwarded, "10.0.0.0/8, 2001:db8::/64") == expected


def test_a_bad_trusted_proxy_setting_is_refused():
    from pydantic import ValidationError

    from desk_server.config import Settings

    with pytest.raises(ValidationError, match="DESK_TRUSTED_PROXIES"):
        Settings(secret_key=TEST_SECRET, trusted_proxies="10.0.0.0/8, proxy.local")
