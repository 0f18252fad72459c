"""`python -m routeros_sim` as a real process, reached with librouteros."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import librouteros
import pytest
from librouteros.query import Key

pytestmark = pytest.mark.timeout(30)

REPO = Path(__file__).resolve().parents[2]
LISTEN_RE = re.compile(r"^(?P<identity>\S+) listening on 127\.0\.0\.1:(?P<port>\d+) \((?P<count>\d+) sessions")


def start(*args: str) -> tuple[subprocess.Popen, list[re.Match]]:
    proc = subprocess.Popen([sys.executable, "-m", "routeros_sim", *args], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    found = []
    for line in proc.stdout:
        if line.startswith("press Ctrl+C"):
            return proc, found
        match = LISTEN_RE.match(line)
        assert match, line
        found.append(match)
    proc.kill()
    raise AssertionError(f"simulator exited early: {proc.stderr.read()}")


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_cli_single_router(stop_signal):
    proc, found = start("--port", "0", "--sessions", "25", "--identity", "RB-Demo",
                        "--username", "admin", "--password", "demo123")
    try:
        (match,) = found
        assert match["identity"] == "RB-Demo" and match["count"] == "25"
        api = librouteros.connect("127.0.0.1", "admin", "demo123", port=int(match["port"]), timeout=5)
        assert len(list(api.path("/ppp/active"))) == 25
        assert tuple(api.path("/system/identity")) == ({"name": "RB-Demo"},)
        api.close()
    finally:
        proc.send_signal(stop_signal)
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "stopped" in out


def test_cli_several_routers_with_logins_file(tmp_path):
    logins = tmp_path / "logins.txt"
    logins.write_text("# login address caller-id\nana 100.64.5.1 aa:bb:cc:dd:ee:01\nbia\n\ncaio\n")
    proc, found = start("--port", "0", "--routers", "2", "--logins-file", str(logins),
                        "--password", "p")
    try:
        assert len(found) == 2
        by_router = []
        for match in found:
            api = librouteros.connect("127.0.0.1", "admin", "p", port=int(match["port"]), timeout=5)
            by_router.append(sorted(r["name"] for r in api.path("/ppp/active").select(Key("name"))))
            if "ana" in by_router[-1]:
                (ana,) = api.path("/ppp/active").select().where(Key("name") == "ana")
                assert ana["address"] == "100.64.5.1" and ana["caller-id"] == "AA:BB:CC:DD:EE:01"
            api.close()
        assert by_router == [["ana", "caio"], ["bia"]]
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode == 0
