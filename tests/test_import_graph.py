"""No import circle between the modules of desk_client/, desk_server/ and routeros_sim/ (issue 8):
tools/check_imports.py over the tree, and the checker itself on a small tree with known circles."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "check_imports.py"


def _checker():
    spec = importlib.util.spec_from_file_location("check_imports", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycle_in_the_tree():
    run = subprocess.run(
        [sys.executable, str(SCRIPT)], check=False, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("ok: no import cycle"), run.stdout


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_checker_finds_load_time_circles_only(tmp_path):
    _write(tmp_path, {
        "desk_client/__init__.py": "",
        # a <-> b at module level (one relative, one absolute): a circle
        "desk_client/a.py": "from . import b\n",
        "desk_client/b.py": "import desk_client.a\n",
        # c -> d at load time, d -> c only in a function or under TYPE_CHECKING: no circle
        "desk_client/c.py": "from desk_client.d import thing\n",
        "desk_client/d.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from desk_client import c\n"
            "def f():\n    from desk_client.c import x\n"
            "thing = 1\n"
        ),
        "desk_server/__init__.py": "",
        # three modules through a package __init__, inside a class body and a try
        "desk_server/pkg/__init__.py": "from desk_server.pkg.one import ONE\n",
        "desk_server/pkg/one.py": "class K:\n    from desk_server import two\nONE = 1\n",
        "desk_server/two.py": "try:\n    from .pkg import ONE\nexcept ImportError:\n    pass\n",
        "routeros_sim/__init__.py": "",
    })
    found = _checker().cycles(tmp_path)
    groups = [group for group, _loop in found]
    assert groups == [
        ["desk_client.a", "desk_client.b"],
        ["desk_server.pkg", "desk_server.pkg.one", "desk_server.two"],
    ]
    for group, loop in found:
        assert loop[0] == loop[-1] == group[0] and set(loop) == set(group)
