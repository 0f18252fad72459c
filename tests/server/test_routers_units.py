"""Plain-Python parts of the routers area: uptime parsing, MAC comparison, password encryption, errors."""
from __future__ import annotations

import pytest

from desk_server.routeros.crypto import PasswordUnreadable, decrypt_password, encrypt_password
from desk_server.routeros.errors import RouterError, classify
from desk_server.routeros.service import format_mac, normalise_mac, relogin_text
from desk_server.routeros.uptime import UptimeError, parse_uptime, parse_uptime_exact, parse_uptime_or_none


@pytest.mark.parametrize("text, seconds", [
    ("1w2d3h4m5s", 7 * 86400 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5),
    ("1m58s660ms", 118),
    ("01:22:53", 1 * 3600 + 22 * 60 + 53),
    ("00:00:07", 7),
    ("22:53", 22 * 60 + 53),
    ("1d01:22:53", 86400 + 4973),
    ("2w1d 01:22:53", 15 * 86400 + 4973),
    ("0s", 0),
    ("500ms", 0),
    ("3h", 10800),
    ("5w", 5 * 604800),
    ("4m", 240),
    ("2d", 172800),
    ("75", 75),
    (" 1h1s ", 3601),
    ("1H2M", 3720),
    (90, 90),
])
def test_uptime_parsing(text, seconds):
    assert parse_uptime(text) == seconds


def test_uptime_fractions_are_kept_by_the_exact_parser():
    assert parse_uptime_exact("1m58s660ms") == pytest.approx(118.66)
    assert parse_uptime_exact("01:22:53.250") == pytest.approx(4973.25)
    assert parse_uptime_exact("1.5s") == pytest.approx(1.5)
    assert parse_uptime_exact("1s250us") == pytest.approx(1.00025)


@pytest.mark.parametrize("junk", ["", "abc", "1x", "h", "1h-2m", "01:99:00", "1:2:3:x", None, True, -5, "1 h"])
def test_uptime_junk_is_refused_clearly(junk):
    with pytest.raises(UptimeError):
        parse_uptime(junk)
    assert parse_uptime_or_none(junk) is None


def test_uptime_matches_the_simulator_formatter():
    from routeros_sim import format_uptime

    for seconds in (0, 1, 59, 60, 3599, 3600, 86399, 86400, 604799, 604800, 1234567, 98765432):
        assert parse_uptime(format_uptime(seconds)) == seconds


@pytest.mark.parametrize("value, expected", [
    ("AA:BB:CC:DD:EE:FF", "aabbccddeeff"),
    ("aa-bb-cc-dd-ee-ff", "aabbccddeeff"),
    ("aabb.ccdd.eeff", "aabbccddeeff"),
    ("AABBCCDDEEFF", "aabbccddeeff"),
    ("100.64.1.2", None),
    ("", None),
    (None, None),
    ("AA:BB:CC:DD:EE", None),
    ("GG:BB:CC:DD:EE:FF", None),
])
def test_mac_normalisation(value, expected):
    assert normalise_mac(value) == expected


def test_mac_formatting():
    assert format_mac("aabbccddeeff") == "AA:BB:CC:DD:EE:FF"
    assert format_mac(None) is None


def test_router_password_encryption_round_trip_and_wrong_key():
    secret = "x" * 40
    token = encrypt_password(secret, "pa$$ wörd")
    assert "pa$$" not in token
    assert encrypt_password(secret, "pa$$ wörd") != token  # Fernet: random IV
    assert decrypt_password(secret, token) == "pa$$ wörd"
    with pytest.raises(PasswordUnreadable):
        decrypt_password("y" * 40, token)
    with pytest.raises(PasswordUnreadable):
        decrypt_password(secret, "not-a-token")


def test_error_classification_is_portuguese_and_specific():
    from librouteros.exceptions import ConnectionClosed, FatalError, MultiTrapError, ProtocolError, TrapError

    cases = {
        TimeoutError(): ("timeout", "roteador não responde (tempo esgotado)"),
        ConnectionRefusedError(): ("refused", "conexão recusada"),
        TrapError("invalid user name or password (6)"): ("auth", "usuário ou senha do roteador inválidos"),
        FatalError("too many connections"): ("too_many", "limite de sessões"),
        ProtocolError("bad"): ("protocol", "erro de protocolo"),
        ConnectionResetError(): ("reset", "interrompida"),
        MultiTrapError(TrapError("no such command"), TrapError("x")): ("trap", "recusou o comando"),
    }
    for exc, (code, words) in cases.items():
        error = classify(exc)
        assert error.code == code, exc
        assert words in error.message
    assert classify(ConnectionClosed("x")).code == "closed"
    assert classify(ConnectionClosed("x"), during_login=True).code == "closed_at_login"
    assert "nova tentativa em 4 s" in RouterError("timeout", retry_in=3.6).message


def test_traffic_downsampling_averages_buckets():
    from datetime import UTC, datetime, timedelta

    from desk_server.routeros.store import downsample

    t0 = datetime(2026, 11, 22, tzinfo=UTC)
    points = [{"at": t0 + timedelta(seconds=i), "rx_bps": i, "tx_bps": 2 * i, "download_bps": 2 * i,
               "upload_bps": i} for i in range(1000)]
    assert downsample(points[:10], 720) == points[:10]
    out = downsample(points, 100)
    assert len(out) == 100 and out[0]["rx_bps"] == round(sum(range(10)) / 10) and out[-1]["at"] == points[-1]["at"]


def test_relogin_texts():
    assert relogin_text("reconnected", 12.4, 30) == "cliente reconectou após 12 s"
    assert relogin_text("not_reconnected", None, 30) == "cliente não reconectou em 30 s"
