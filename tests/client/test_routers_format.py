"""Plain-Python formatting of router data in the client."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_client.routers.format import ago, human_uptime, latency, mbps, parse_time


@pytest.mark.parametrize("seconds, text", [
    (None, "—"), (0, "0s"), (45, "45s"), (125, "2min 5s"), (3725, "1h 2min"),
    (3 * 86400 + 4 * 3600 + 12 * 60 + 9, "3d 4h 12min"), (15 * 86400, "15d 0h 0min"), (-3, "0s"),
])
def test_human_uptime(seconds, text):
    assert human_uptime(seconds) == text


@pytest.mark.parametrize("bps, text", [
    (None, "—"), (0, "0,00 Mbps"), (850_000, "0,85 Mbps"), (12_345_678, "12,3 Mbps"), (1_250_000_000, "1.250 Mbps"),
])
def test_mbps(bps, text):
    assert mbps(bps) == text


def test_times_and_latency():
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert ago("2026-11-22T11:57:00Z", now) == "há 3 min"
    assert ago("2026-11-22T09:00:00+00:00", now) == "há 3 h"
    assert ago("2026-11-21T11:00:00Z", now) == "há 1 dia"
    assert ago(None) == "—" and ago("lixo") == "—"
    assert parse_time("2026-11-22T12:00:00") == now
    assert latency(0.55) == "0,6 ms" and latency(35.2) == "35 ms" and latency(None) == "—"
