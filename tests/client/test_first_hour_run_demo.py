"""Issue 9 item 1: the run command's X11 library check never reports a present library as missing."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "lib" / "qt-x11-check.sh"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _fake_ldconfig(tmp_path: Path, libs: list[str]) -> dict:
    """A fake `ldconfig -p` whose listing is long, with the libraries first: the shape that made
    `ldconfig -p | grep -q` die of SIGPIPE under pipefail."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    listing = tmp_path / "listing.txt"
    lines = [f"\t{lib} (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/{lib}" for lib in libs]
    lines += [f"\tlibfiller{i}.so.1 (libc6,x86-64) => /usr/lib/libfiller{i}.so.1" for i in range(20000)]
    listing.write_text("\n".join(lines) + "\n")
    fake = bindir / "ldconfig"
    fake.write_text(f"#!/bin/sh\ncat '{listing}'\n")
    fake.chmod(0o755)
    return {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}"}


def _missing(env: dict, runs: int = 1) -> list[str]:
    script = (f"set -euo pipefail; . '{CHECK}'; for i in $(seq {runs}); do qt_x11_missing_libs; done")
    out = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def _all_libs() -> list[str]:
    out = subprocess.run(["bash", "-c", f". '{CHECK}'; printf '%s\\n' \"${{QT_X11_LIBS[@]}}\""],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_present_libraries_are_never_reported_missing(tmp_path):
    libs = _all_libs()
    assert "libxcb-xinerama.so.0" in libs
    assert _missing(_fake_ldconfig(tmp_path, libs), runs=30) == []


def test_a_missing_library_is_named(tmp_path):
    libs = [lib for lib in _all_libs() if lib != "libxcb-xinerama.so.0"]
    assert _missing(_fake_ldconfig(tmp_path, libs)) == ["libxcb-xinerama.so.0"]


def test_run_demo_uses_the_check():
    text = (ROOT / "scripts" / "run-demo").read_text()
    assert "qt_x11_missing_libs" in text and "| grep -q" not in text


def test_license_is_an_spdx_expression_not_a_deprecated_table():
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str)
