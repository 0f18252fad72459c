#!/usr/bin/env python3
"""Generate the client's Python from its sources: the only way generated code is made.

  ui_forms/*.ui                     → desk_client/forms/ui_*.py      (pyside6-uic)
  resources/isp_desk.qrc            → desk_client/resources_rc.py    (pyside6-rcc)
  resources/translations/*.ts       → desk_client/i18n/*.qm          (pyside6-lrelease, not committed)

  python tools/build_ui.py            regenerate everything
  python tools/build_ui.py --check    exit 1 if a committed generated file is out of date
  python tools/build_ui.py --update-ts  refresh the .ts catalogues from the sources (pyside6-lupdate)
  python tools/i18n_check.py          list unfinished catalogue entries, unmarked strings, mnemonic clashes
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_SRC = ROOT / "ui_forms"
FORMS_OUT = ROOT / "desk_client" / "forms"
QRC = ROOT / "resources" / "isp_desk.qrc"
RC_OUT = ROOT / "desk_client" / "resources_rc.py"
TS_DIR = ROOT / "resources" / "translations"
QM_OUT = ROOT / "desk_client" / "i18n"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def _run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


def _strip_header(text: str) -> str:
    # uic/rcc stamp their Qt version in a comment; a newer patch release must not fail --check.
    return "\n".join(line for line in text.splitlines() if not line.startswith("##") and "Created by" not in line)


def generate(forms_out: Path, rc_out: Path) -> list[tuple[Path, Path]]:
    pairs = []
    forms_out.mkdir(parents=True, exist_ok=True)
    for ui in sorted(FORMS_SRC.glob("*.ui")):
        target = forms_out / f"ui_{ui.stem}.py"
        _run(_tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(target))
        pairs.append((target, FORMS_OUT / target.name))
    _run(_tool("pyside6-rcc"), "--format-version", "1", "--no-zstd", str(QRC), "-o", str(rc_out))
    pairs.append((rc_out, RC_OUT))
    return pairs


def build_translations() -> None:
    QM_OUT.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        _run(_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(QM_OUT / f"{ts.stem}.qm"))


def ts_sources() -> list[str]:
    """What lupdate reads: the client's code (not the generated forms) and the .ui files."""
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "desk_client").rglob("*.py"))
            if "forms" not in p.parts] + [str(p.relative_to(ROOT)) for p in sorted(FORMS_SRC.glob("*.ui"))]


def lupdate(ts: Path, *, quiet: bool = False) -> None:
    """Refreshes one catalogue in place from the sources (tools/i18n_check.py runs it on a copy)."""
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *ts_sources(), "-ts", str(ts)], check=True,
                   cwd=ROOT, capture_output=quiet)


def update_ts() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        lupdate(ts)


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        stale = []
        for fresh, committed in generate(Path(tmp) / "forms", Path(tmp) / "resources_rc.py"):
            if not committed.exists() or _strip_header(fresh.read_text()) != _strip_header(committed.read_text()):
                stale.append(committed.relative_to(ROOT))
        forms_known = {f"ui_{ui.stem}.py" for ui in FORMS_SRC.glob("*.ui")}
        orphans = [p.relative_to(ROOT) for p in FORMS_OUT.glob("ui_*.py") if p.name not in forms_known]
    if stale or orphans:
        for path in stale:
            print(f"out of date: {path}")
        for path in orphans:
            print(f"generated file without a .ui source: {path}")
        print("run: python tools/build_ui.py")
        return 1
    print("generated code is current")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update-ts", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check()
    if args.update_ts:
        update_ts()
    generate(FORMS_OUT, RC_OUT)
    (FORMS_OUT / "__init__.py").write_text('"""Generated from ui_forms/*.ui by tools/build_ui.py — do not edit."""\n')
    build_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
