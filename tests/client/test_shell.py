"""Client shell: version, generated code current, crash path, no server imports."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_version_prints_and_exits_zero():
    import desk_client
    import desk_server

    out = subprocess.run([sys.executable, "-m", "desk_client", "--version"], capture_output=True, text=True, check=False, timeout=30)
    assert out.returncode == 0
    assert out.stdout.strip() == f"isp-desk {desk_client.__version__}"
    assert desk_client.__version__ == desk_server.__version__


def test_generated_code_is_current():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
                         capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_client_never_imports_the_server_or_sqlalchemy():
    code = ("import pkgutil, importlib, sys, desk_client\n"
            "for m in pkgutil.walk_packages(desk_client.__path__, 'desk_client.'):\n"
            "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('desk_server', 'sqlalchemy', 'alembic', 'fastapi'))\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_uncaught_exception_is_logged_not_shown_in_tests(qtbot, client_home):
    import logging

    from desk_client import crash, logging_setup, paths

    log_file = logging_setup.configure(paths.log_dir())
    crash.set_dialogs_enabled(False)
    try:
        raise RuntimeError("boom for the crash path")
    except RuntimeError:
        crash._excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom for the crash path" in crash.seen[-1]
    assert "boom for the crash path" in log_file.read_text()


def test_previous_hard_crash_is_reported_once(tmp_path):
    from desk_client import crash

    (tmp_path / crash.FAULT_FILE_NAME).write_text("Fatal Python error: Segmentation fault\n")
    assert "Segmentation fault" in crash.previous_hard_crash(tmp_path)
    assert crash.previous_hard_crash(tmp_path) is None


def test_pt_br_is_default_and_english_catalogue_exists():
    ts = ROOT / "resources" / "translations" / "isp_desk_en.ts"
    assert ts.exists() and "Localizar Cliente" in ts.read_text()
