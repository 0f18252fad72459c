"""200 concurrent reservations against a real server process: every number unique, none lost."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from desk_server.domain.protocols import parse_protocol
from desk_server.models.tickets import Protocol

from ..harness import LiveServer

RESERVATIONS = 200


@pytest.fixture
def server(databases, backend, tmp_path):
    live = LiveServer(databases.fresh(backend, "demo"), tmp_path / "server")
    live.start()
    yield live
    live.stop()


def test_200_concurrent_reservations_are_unique(server):
    tokens = [server.token(u) for u in ("operador", "supervisor", "tecnico", "admin")]

    def reserve(i: int):
        with httpx.Client(base_url=server.url, timeout=60) as client:
            r = client.post("/api/v1/protocols", json={"channel": "phone"},
                            headers={"Authorization": f"Bearer {tokens[i % len(tokens)]}"})
            return r.status_code, r.json()

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(reserve, range(RESERVATIONS)))
    assert [code for code, _ in results] == [201] * RESERVATIONS, [b for c, b in results if c != 201][:3]
    numbers = [body["number"] for _, body in results]
    assert len(set(numbers)) == RESERVATIONS
    assert all(parse_protocol(n) == n for n in numbers)
    by_day: dict[str, list[int]] = {}
    for n in numbers:
        by_day.setdefault(n[:8], []).append(int(n[8:14]))
    for seqs in by_day.values():  # no gaps: each day's numbers are consecutive
        seqs.sort()
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))

    engine = create_engine(server.env["DESK_DATABASE_URL"], poolclass=NullPool)
    with engine.connect() as conn:
        stored = conn.execute(select(Protocol.number).where(Protocol.number.in_(numbers))).scalars().all()
    engine.dispose()
    assert sorted(stored) == sorted(numbers)
